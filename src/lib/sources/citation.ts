import { LANGUAGES, type Lang } from '../locales.ts';

/**
 * "Cite this": one APA 7 reference for a page or a section of this site, in the page's language.
 * The site's editors are the group author, so the site's name is not repeated after the title
 * (APA 7, 9.16 and 10.16). The author never starts with the site's bare name: "Clearview AI in
 * Nederland." at the head of a reference reads as if the company wrote the page. The date is the
 * page's last update; the retrieval date is included because the pages change over time. Without
 * an access date or URL the reference says where to fill them in.
 */
export interface CitationInput {
  lang: Lang;
  siteName: string;
  /** Page title. */
  title: string;
  /** Section heading, when citing one section. */
  section?: string;
  /** Last update of the page, YYYY-MM-DD. */
  updated: string;
  /** Day the reader looked at the page, YYYY-MM-DD; unknown at build time. */
  accessed?: string;
  /** Full URL (with #id for a section); unknown at build time without SITE_URL. */
  url?: string;
}

export interface CitationParts {
  author: string;
  date: string;
  /** Italic in APA; plain in copied text. */
  title: string;
  retrieved: string;
}

/** A month's name in the language's own spelling, from the platform's locale data (the language table's Intl tag). */
function monthName(lang: Lang, month: number): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].intl, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** The group author: the editors of the website, named with the site's name. */
const AUTHOR: Record<Lang, (siteName: string) => string> = {
  nl: (name) => `Redactie van de website ${name}`,
  en: (name) => `Editors of the website ${name}`,
};

/** Placeholders a reader fills in by hand when the page could not (no JavaScript). */
export const CITATION_PLACEHOLDERS: Record<Lang, { date: string; url: string }> = {
  nl: { date: '[datum]', url: '[adres van deze pagina]' },
  en: { date: '[date]', url: '[address of this page]' },
};

function ymd(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`citation: "${iso}" must be a day (YYYY-MM-DD)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw new Error(`citation: "${iso}" is not a date`);
  return [y, mo, d];
}

/** "2026, 23 november" (nl) or "2026, November 23" (en): the date in the reference's parentheses. */
function referenceDate(iso: string, lang: Lang): string {
  const [y, m, d] = ymd(iso);
  const month = monthName(lang, m);
  return lang === 'nl' ? `${y}, ${d} ${month}` : `${y}, ${month} ${d}`;
}

/** "1 december 2026" (nl) or "December 1, 2026" (en): the retrieval date. */
function retrievalDate(iso: string, lang: Lang): string {
  const [y, m, d] = ymd(iso);
  const month = monthName(lang, m);
  return lang === 'nl' ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`;
}

/** A title ends with a full stop unless it already ends with ? or ! (APA 7). */
function closed(text: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/**
 * A page title and a section heading as one title. A colon joins them only when neither has one
 * and the page title does not end in "?" or "!" (never "…: …: Leerdoelen" or "…?: …"): after a
 * question mark a space is enough, and where a colon is already taken a dash joins them.
 */
export function joinTitles(title: string, section?: string): string {
  const page = title.trim();
  const part = section?.trim();
  if (!part) return page;
  if (/[?!]$/.test(page)) return `${page} ${part}`;
  if (page.includes(':') || part.includes(':')) return `${page} – ${part}`;
  return `${page}: ${part}`;
}

export function citationParts(input: CitationInput): CitationParts {
  const { lang } = input;
  const hole = CITATION_PLACEHOLDERS[lang];
  const title = joinTitles(input.title, input.section);
  const accessed = input.accessed ? retrievalDate(input.accessed, lang) : hole.date;
  const url = input.url?.trim() || hole.url;
  return {
    author: closed(AUTHOR[lang](input.siteName.trim())),
    date: `(${referenceDate(input.updated, lang)}).`,
    title: closed(title),
    retrieved: lang === 'nl' ? `Geraadpleegd op ${accessed}, van ${url}` : `Retrieved ${accessed}, from ${url}`,
  };
}

/** The whole reference as one line of plain text, ready to copy. */
export function citation(input: CitationInput): string {
  const p = citationParts(input);
  return `${p.author} ${p.date} ${p.title} ${p.retrieved}`;
}

/** Today's date as YYYY-MM-DD in the reader's own time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
