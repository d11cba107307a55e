import { describe, expect, it } from 'vitest';
import { compareIso, datetimeAttr, formatDate, parsePartialDate } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes days out in Dutch and English', () => {
    expect(formatDate('2020-02-28', 'nl')).toBe('28 februari 2020');
    expect(formatDate('2020-02-28', 'en')).toBe('28 February 2020');
    expect(formatDate('2021-10-13', 'nl')).toBe('13 oktober 2021');
    expect(formatDate('2020-03-05', 'en')).toBe('5 March 2020');
  });
  it('keeps the precision the content gives', () => {
    expect(formatDate('2020-03', 'nl')).toBe('maart 2020');
    expect(formatDate('2023-05', 'en')).toBe('May 2023');
    expect(formatDate('2021', 'nl')).toBe('2021');
  });
  it('has a short form for narrow places', () => {
    expect(formatDate('2020-03-05', 'nl', 'short')).toBe('5 mrt 2020');
    expect(formatDate('2020-03-05', 'en', 'short')).toBe('5 Mar 2020');
  });
  it('is not shifted by the time zone', () => {
    expect(formatDate('2019-11-20', 'en')).toBe('20 November 2019');
  });
});

describe('parsePartialDate', () => {
  it('rejects malformed and impossible dates with a message', () => {
    expect(parsePartialDate('2020-02-30')).toMatch(/not a real calendar date/);
    expect(parsePartialDate('28-02-2020')).toMatch(/not an ISO date/);
    expect(parsePartialDate('2020-13')).toMatch(/not a real calendar date/);
  });
  it('sorts and gives datetime attributes', () => {
    expect(compareIso('2020-03', '2020-03-05')).toBeLessThan(0);
    expect(compareIso('2021-09-28', '2021-08-27')).toBeGreaterThan(0);
    expect(datetimeAttr('2020-03')).toBe('2020-03');
  });
});
