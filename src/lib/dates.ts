import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import type { Lang } from './locales.ts';

/** How exact a date is: the facts give some events only to the month or the year. */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** ISO string as written in content: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: Precision;
  /** UTC midnight of the first day the date covers, for sorting and scales. */
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

const nlLocale: TimeLocaleDefinition = {
  dateTime: '%a %e %B %Y %X',
  date: '%d-%m-%Y',
  time: '%H:%M:%S',
  periods: ['', ''],
  days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

const enLocale: TimeLocaleDefinition = {
  dateTime: '%a %e %B %Y %X',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export const TIME_LOCALES: Record<Lang, TimeLocaleDefinition> = { nl: nlLocale, en: enLocale };

/** Both languages write day-month-year ("28 februari 2020", "28 February 2020"). */
const PATTERNS: Record<Precision, string> = { day: '%-d %B %Y', month: '%B %Y', year: '%Y' };
const SHORT_PATTERNS: Record<Precision, string> = { day: '%-d %b %Y', month: '%b %Y', year: '%Y' };

const formatters = new Map<string, (d: Date) => string>();
function formatter(lang: Lang, pattern: string): (d: Date) => string {
  const key = `${lang}|${pattern}`;
  let f = formatters.get(key);
  if (!f) {
    f = timeFormatLocale(TIME_LOCALES[lang]).utcFormat(pattern);
    formatters.set(key, f);
  }
  return f;
}

/** Written-out date for prose and lists, at the precision the content gives. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const d = mustParseDate(iso);
  const pattern = (style === 'long' ? PATTERNS : SHORT_PATTERNS)[d.precision];
  return formatter(lang, pattern)(d.date);
}

/** A d3 UTC formatter in the reader's language, for axis ticks. */
export function utcFormatFor(lang: Lang, pattern: string): (d: Date) => string {
  return formatter(lang, pattern);
}

/** Value for `<time datetime>`: the ISO string at its own precision is valid HTML. */
export function datetimeAttr(iso: string): string {
  return mustParseDate(iso).iso;
}

export function compareIso(a: string, b: string): number {
  const da = mustParseDate(a).date.getTime();
  const db = mustParseDate(b).date.getTime();
  return da - db;
}
