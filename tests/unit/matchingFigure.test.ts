import { describe, expect, it } from 'vitest';
import { arrow, MATCHING_FIGURE, photo } from '../../src/lib/matchingFigure.ts';

describe('the matching figure\'s geometry', () => {
  it('draws a photo as its frame and one path for head and shoulders', () => {
    const p = photo(10, 20, 50);
    expect(p.frame).toEqual({ x: 10, y: 20, width: 50, height: 50 });
    expect(p.face).toMatch(/^M26 40a9 9 0 1 0 18 0a9 9 0 1 0 -18 0ZM18 66/);
  });
  it('points an arrow\'s head at its end', () => {
    const a = arrow(0, 0, 100, 0);
    expect(a.line).toBe('M0 0L100 0');
    expect(a.head).toBe('M93.9 -3.4L100 0L93.9 3.4');
  });
  it('keeps every shape inside the 320-wide panels, and marks one of the many as found', () => {
    const { pageFaces, dbFaces, a, b, one, many, found } = MATCHING_FIGURE;
    for (const p of [...pageFaces, ...dbFaces, a, b, one, ...many]) {
      expect(p.frame.x).toBeGreaterThanOrEqual(0);
      expect(p.frame.x + p.frame.width).toBeLessThanOrEqual(320);
      expect(p.frame.y + p.frame.height).toBeLessThanOrEqual(336);
    }
    expect(pageFaces).toHaveLength(6);
    expect(many).toHaveLength(15);
    expect(many[found]).toBeDefined();
  });
});

describe('the figure\'s numbers', () => {
  it('carry at most two decimals (no floating-point tails in every page\'s HTML)', () => {
    const { pageFaces, dbFaces, many } = MATCHING_FIGURE;
    for (const p of [...pageFaces, ...dbFaces, ...many]) expect(p.face).not.toMatch(/\d\.\d{3,}/);
  });
});
