import { describe, expect, it } from 'vitest';
import { placeOnPage, READING_LINE } from '../../src/lib/placeOnPage.ts';

describe('the place the language switch carries', () => {
  const headings = [
    { id: 'overview', top: -1800 },
    { id: 'q1', top: -600 },
    { id: 'q2', top: 120 },
    { id: 'q3', top: 700 },
  ];
  it('is the last heading at or above the reading line', () => {
    expect(placeOnPage(headings, 1000, 2400)).toBe('q2');
    expect(placeOnPage(headings, 300, 2400)).toBe('q1');
    expect(placeOnPage(headings.map((h) => ({ ...h, top: h.top - 500 })), 1000, 2900)).toBe('q3');
  });
  it('is nothing at the top of the page or before the first heading', () => {
    expect(placeOnPage(headings, 1000, 0)).toBeUndefined();
    expect(placeOnPage([{ id: 'q1', top: 1000 * READING_LINE + 1 }], 1000, 50)).toBeUndefined();
  });
  it('never carries something that is not an id', () => {
    expect(placeOnPage([{ id: 'q1', top: -10 }, { id: 'x"><img', top: 0 }], 1000, 500)).toBe('q1');
  });
});
