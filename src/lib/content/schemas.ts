import { z } from 'zod';
import { LOCALES, type Lang } from '../locales.ts';
import { parsePartialDate, type PartialDate } from '../dates.ts';

import { ID_PATTERN } from './ids.ts';

/** Ids are a public interface (see ids.ts). */
export const idSchema = z.string().regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and hyphens');

const isoDate = z.string().superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

/** An event's date, parsed here once: later code gets { iso, precision, date }, never a string. */
const eventDate = z.string().transform((value, ctx): PartialDate => {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const text = z.string().trim().min(1, 'must not be empty');
/**
 * A field in every language of the site (src/lib/locales.ts): a missing translation is an error,
 * never a fallback.
 */
function inEveryLanguage<T extends z.ZodType>(field: T) {
  const shape = Object.fromEntries(LOCALES.map((l) => [l, field])) as Record<Lang, T>;
  return z.object(shape, { error: `needs ${LOCALES.map((l) => `"${l}"`).join(' and ')}` });
}
/** A string in both languages: a missing translation is an error, never a fallback. */
export const bilingual = inEveryLanguage(text);

export const PAGE_KINDS = ['background', 'questions', 'timeline', 'glossary', 'meta', 'lesson'] as const;

/** School stages and tracks a lesson fits (Dutch secondary school), shown translated. */
export const LESSON_STAGES = ['onderbouw', 'bovenbouw'] as const;
export const LESSON_TRACKS = ['vmbo-t', 'havo', 'vwo'] as const;
export const LESSON_SUBJECTS = ['maatschappijleer', 'burgerschap', 'mediawijsheid'] as const;

/** What a lesson page says about itself in its front matter; the teachers page lists it. */
export const lessonMetaSchema = z.object({
  number: z.number().int().positive(),
  stages: z.array(z.enum(LESSON_STAGES)).min(1, 'must name at least one stage'),
  tracks: z.array(z.enum(LESSON_TRACKS)).min(1, 'must name at least one track'),
  subjects: z.array(z.enum(LESSON_SUBJECTS)).min(1, 'must name at least one subject'),
  minutes: z.literal(50, 'a lesson fills one 50-minute period'),
  topic: text.max(160, 'must be at most 160 characters'),
});
export type LessonMeta = z.output<typeof lessonMetaSchema>;

/** A day (YYYY-MM-DD); YAML may hand over an unquoted date as a Date. */
const day = z.union([z.date(), z.string()], { error: 'must be a date (YYYY-MM-DD)' }).transform((v, ctx) => {
  const iso = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  const parsed = parsePartialDate(iso);
  if (typeof parsed === 'string' || parsed.precision !== 'day') {
    ctx.addIssue({ code: 'custom', message: `"${iso}" must be a day (YYYY-MM-DD)` });
    return z.NEVER;
  }
  return iso;
});

/**
 * A correction of substance shown at the page's end (see corrections.ts): its date and, in the
 * file's language, what was wrong and what is right. The other language's file holds its twin.
 */
export const correctionSchema = z.object({ date: day, text }, { error: 'each correction needs a "date" and a "text"' });
export type Correction = z.output<typeof correctionSchema>;

export const pageSchema = z.object({
  translationKey: idSchema,
  title: text,
  navTitle: text,
  description: text.max(200, 'must be at most 200 characters'),
  kind: z.enum(PAGE_KINDS),
  order: z.number().int().positive(),
  /**
   * The translationKey of the page this one sits under (lessons under the teachers page). Pages
   * with a parent stay out of the main menu; their parent lists them.
   */
  parent: idSchema.optional(),
  /** Required for kind "lesson" (checked in lessonRules.ts). */
  lesson: lessonMetaSchema.optional(),
  sources: z.array(idSchema).min(1, 'must list at least one source id'),
  /** Corrections of substance, listed at the page's end; typo and wording fixes are not listed. */
  corrections: z.array(correctionSchema).optional(),
  /**
   * Optional override of the page's "updated" date, which comes from the git history of its files
   * (src/lib/content/pageDates.ts): for a correction that should show a later date. Wins only when later.
   */
  updated: day.optional(),
});
/** The front matter as written; `updated` is only an override. */
export type PageFrontmatter = z.output<typeof pageSchema>;
/** A page's data as the site uses it: `updated` is the page's real date (src/lib/content/pageDates.ts). */
export type PageData = Omit<PageFrontmatter, 'updated'> & { updated: string };

export const SOURCE_LANGUAGES = ['nl', 'en', 'fr', 'it', 'el', 'de'] as const;

/**
 * The sources page's groups, in order: the official record (parliamentary papers and the law),
 * regulators and courts, then news and other sources. The ids are anchors (#official-record).
 */
export const SOURCE_GROUPS = ['official-record', 'regulators-courts', 'news-other'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** Text that is the same in both languages (a name) or written for each language. */
export const nameOrBilingual = z.union([text, bilingual], { error: 'must be a string or { nl, en }' });

export const sourceSchema = z.object({
  id: idSchema,
  /**
   * The source's real title, exactly as published (../shared/facts/titles.md), in its own
   * `language` (or `titleLanguage`). Left out when no checked title exists: no title line then.
   */
  title: text.optional(),
  /** The title's language where it differs from the source's (the English version's title). */
  titleLanguage: z.enum(SOURCE_LANGUAGES).optional(),
  /** Where the sources page lists it: see SOURCE_GROUPS. */
  group: z.enum(SOURCE_GROUPS),
  /** What the source is, in both languages (the reader's language, never a calque). */
  description: bilingual,
  publisher: nameOrBilingual,
  reference: nameOrBilingual.optional(),
  /** Optional: some sources' dates are not checked, and none is guessed. */
  date: isoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  language: z.enum(SOURCE_LANGUAGES),
  label: bilingual,
  use: bilingual,
});
export type Source = z.output<typeof sourceSchema>;

export const glossarySchema = z.object({
  id: idSchema,
  term: bilingual,
  /**
   * The name in its own language when it is long or foreign (CNIL's French name, the Dutch word
   * behind an English term): shown under the term, marked with its language, on pages of another
   * language only, so the term heading stays short.
   */
  original: z.object({ text, lang: z.enum(SOURCE_LANGUAGES) }, { error: 'needs "text" and "lang"' }).optional(),
  definition: bilingual,
  see: z.array(idSchema).optional(),
  sources: z.array(idSchema).optional(),
});
export type GlossaryEntry = z.output<typeof glossarySchema>;

/**
 * Who acts, one lane and one shape per kind of actor: the press, civil-society organisations
 * (complaints are theirs), companies, then the state: parliament, government (ministers and
 * police), regulators (data protection authorities), and courts and the law itself.
 */
export const CATEGORIES = ['media', 'organisations', 'company', 'parliament', 'government', 'regulators', 'law'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One line on the chart; a longer text belongs in the summary. */
const oneLine = text.max(80, 'must be one short line (at most 80 characters)');

export const eventSchema = z.object({
  /** Public anchor (#id): never renamed, teachers link to it. */
  id: idSchema,
  date: eventDate,
  category: z.enum(CATEGORIES),
  title: bilingual,
  /** Used on the chart where the full title would need more than three lines; never cut short. */
  short: inEveryLanguage(oneLine).optional(),
  summary: bilingual,
  /** A turning point of the story: a one-line note drawn on the chart beside the event. */
  turningPoint: inEveryLanguage(oneLine).optional(),
  sources: z.array(idSchema).min(1, 'must list at least one source id'),
  links: z.array(z.object({ page: idSchema, section: idSchema })).optional(),
});
export type TimelineEvent = z.output<typeof eventSchema>;
