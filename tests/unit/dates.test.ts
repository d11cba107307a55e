import { describe, expect, it } from 'vitest';
import { compareDates, endOf, formatDate, mustParseDate, parsePartialDate, sortByDate } from '../../src/lib/dates.ts';
import { eventSchema } from '../../src/lib/content/schemas.ts';

describe('formatDate (Intl.DateTimeFormat, nl-NL and en-GB, in UTC)', () => {
  it('writes days out in Dutch and English', () => {
    expect(formatDate('2020-02-28', 'nl')).toBe('28 februari 2020');
    expect(formatDate('2020-02-28', 'en')).toBe('28 February 2020');
    expect(formatDate('2021-10-13', 'nl')).toBe('13 oktober 2021');
    expect(formatDate('2020-03-05', 'en')).toBe('5 March 2020');
  });
  it('keeps the precision the content gives', () => {
    expect(formatDate('2020-03', 'nl')).toBe('maart 2020');
    expect(formatDate('2020-03', 'en')).toBe('March 2020');
    expect(formatDate('2023-05', 'en')).toBe('May 2023');
    expect(formatDate('2016-12', 'nl')).toBe('december 2016');
    expect(formatDate('2021', 'nl')).toBe('2021');
  });
  it('takes the parsed value as well as the string', () => {
    expect(formatDate(mustParseDate('2024-09-03'), 'nl')).toBe('3 september 2024');
  });
  it('is not shifted by the time zone', () => {
    expect(formatDate('2019-11-20', 'en')).toBe('20 November 2019');
    expect(formatDate('2020-01-01', 'en')).toBe('1 January 2020');
    expect(formatDate('2019-12-31', 'nl')).toBe('31 december 2019');
  });
});

describe('parsePartialDate', () => {
  it('rejects malformed and impossible dates with a message', () => {
    expect(parsePartialDate('2020-02-30')).toMatch(/not a real calendar date/);
    expect(parsePartialDate('28-02-2020')).toMatch(/not an ISO date/);
    expect(parsePartialDate('2020-13')).toMatch(/not a real calendar date/);
  });
  it('gives the precision and the first day covered', () => {
    expect(mustParseDate('2020-03')).toEqual({ iso: '2020-03', precision: 'month', date: new Date(Date.UTC(2020, 2, 1)) });
    expect(mustParseDate('2021').precision).toBe('year');
    expect(mustParseDate('2021-10-13').precision).toBe('day');
  });
});

describe('date order', () => {
  const d = mustParseDate;
  it('puts a month-only date after every dated event of that month, and before the next month', () => {
    expect(compareDates(d('2020-03'), d('2020-03-05'))).toBeGreaterThan(0);
    expect(compareDates(d('2020-03'), d('2020-03-31'))).toBeGreaterThan(0);
    expect(compareDates(d('2020-03'), d('2020-04-01'))).toBeLessThan(0);
    expect(compareDates(d('2020-02-29'), d('2020-03'))).toBeLessThan(0);
    expect(compareDates(d('2021'), d('2021-12-31'))).toBeGreaterThan(0);
    expect(compareDates(d('2021'), d('2022-01'))).toBeLessThan(0);
    expect(compareDates(d('2021-09-28'), d('2021-08-27'))).toBeGreaterThan(0);
    expect(endOf(d('2020-12'))).toBe(Date.UTC(2021, 0, 1));
  });

  it('sorts events by date, month-only last in its month, then by id', () => {
    const ev = (id: string, date: string) => ({ id, date: d(date) });
    const sorted = sortByDate([ev('april', '2020-04-20'), ev('month', '2020-03'), ev('b', '2020-03-26'), ev('a', '2020-03-26'), ev('early', '2020-03-05')]);
    expect(sorted.map((e) => e.id)).toEqual(['early', 'a', 'b', 'month', 'april']);
  });

  it('the event schema parses the date once, into a value', () => {
    const parsed = eventSchema.parse({
      id: 'x', date: '2020-03', category: 'law', title: { nl: 't', en: 't' }, summary: { nl: 's', en: 's' }, sources: ['a'],
    });
    expect(parsed.date).toEqual(d('2020-03'));
    expect(eventSchema.safeParse({ id: 'x', date: '2020-02-30', category: 'law', title: { nl: 't', en: 't' }, summary: { nl: 's', en: 's' }, sources: ['a'] }).success).toBe(false);
  });
});
