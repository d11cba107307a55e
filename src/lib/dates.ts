import { LANGUAGES, type Lang } from './locales.ts';

/** How exact a date is: the facts give some events only to the month or the year. */
export type Precision = 'day' | 'month' | 'year';

/** A date as precise as its source, parsed once (by the schema) and passed around as a value. */
export interface PartialDate {
  /** ISO string as written in content: YYYY, YYYY-MM or YYYY-MM-DD; also the `<time datetime>`. */
  iso: string;
  precision: Precision;
  /** UTC midnight of the first day the date covers, for scales. */
  date: Date;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns an error message instead of guessing. */
export function parsePartialDate(iso: string): PartialDate | string {
  const m = ISO.exec(iso);
  if (!m) return `"${iso}" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)`;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `"${iso}" is not a real calendar date`;
  }
  const precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  return { iso, precision, date };
}

export function mustParseDate(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/**
 * The last moment a date covers (exclusive end): the next day, month or year. A date known only
 * to the month happened some time in that month, so in order it comes after every dated event of
 * that month (and a year-only date after every event of that year).
 */
export function endOf(d: PartialDate): number {
  const y = d.date.getUTCFullYear();
  const m = d.date.getUTCMonth();
  if (d.precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (d.precision === 'month') return Date.UTC(y, m + 1, 1);
  return Date.UTC(y, m, d.date.getUTCDate() + 1);
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Date order: by the end of what each date covers, so "March 2020" follows "26 March 2020", and
 * follows "31 March 2020" too (the less precise date last).
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return endOf(a) - endOf(b) || RANK[a.precision] - RANK[b.precision];
}

/** Events in the one order every list and chart shows: by date (see compareDates), then id. */
export function sortByDate<E extends { id: string; date: PartialDate }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Written-out date at the precision the content gives, by the platform's own locale data:
 * "28 februari 2020" / "28 February 2020", "maart 2020" / "March 2020", "2021".
 */
export function formatDate(value: PartialDate | string, lang: Lang): string {
  const d = typeof value === 'string' ? mustParseDate(value) : value;
  const key = `${lang}|${d.precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LANGUAGES[lang].intl, OPTIONS[d.precision]);
    formatters.set(key, f);
  }
  return f.format(d.date);
}
