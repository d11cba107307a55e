import type { Tag } from './content/mdxTags.ts';

/**
 * A page's outline, worked out from its MDX tags (document order) and the site's data: the notes
 * its citations become, the table of contents, the pages before and after it, and the letters of
 * an A–Z index. Pure functions: no Astro, no DOM.
 */

// ---------------------------------------------------------------------------------------------
// Notes: each distinct citation (source, locator, passage) gets one number on the page.

export interface Note {
  /** 1-based, in order of first appearance on the page. */
  n: number;
  id: string;
  loc?: string;
  passage?: string;
}

export interface CiteAttrs {
  id: string;
  loc?: string;
  passage?: string;
}

/** What makes two citations the same note. */
export function noteKey(c: CiteAttrs): string {
  return [c.id, c.loc ?? '', c.passage ?? ''].join('\u0000');
}

export interface PageNotes {
  /** All notes of the page in number order. */
  all: Note[];
  /** Number of the note a citation becomes. */
  numberOf(c: CiteAttrs): number | undefined;
  /** The notes cited in a section (its own text, up to the next section's tag), in number order. */
  inSection(sectionId: string): Note[];
  /** The notes cited outside any section (shown at the end of the page). */
  outside: Note[];
}

/**
 * Numbers the page's citations. A section's notes are those cited after its <Section> tag and
 * before the next one; a section nested at the end of another (level 3) takes its own.
 */
export function pageNotes(tags: readonly Tag[]): PageNotes {
  let notes = notesCache.get(tags);
  if (!notes) notesCache.set(tags, (notes = numberNotes(tags)));
  return notes;
}

const notesCache = new WeakMap<readonly Tag[], PageNotes>();

/** The id of the section a tag opens: a <Section>'s id, a lesson part's kind. */
function sectionIdOf(tag: Tag): string | undefined {
  if (tag.name === 'Section') return tag.attrs.id || undefined;
  if (tag.name === 'LessonPart') return tag.attrs.kind || undefined;
  return undefined;
}

function numberNotes(tags: readonly Tag[]): PageNotes {
  const byKey = new Map<string, Note>();
  const bySection = new Map<string, Note[]>();
  const outside: Note[] = [];
  let current: Note[] = outside;
  for (const tag of tags) {
    const sectionId = sectionIdOf(tag);
    if (sectionId) {
      current = [];
      bySection.set(sectionId, current);
      continue;
    }
    if (tag.name !== 'Cite' || !tag.attrs.id) continue;
    const attrs: CiteAttrs = { id: tag.attrs.id, loc: tag.attrs.loc || undefined, passage: tag.attrs.passage || undefined };
    const key = noteKey(attrs);
    let note = byKey.get(key);
    if (!note) byKey.set(key, (note = { n: byKey.size + 1, ...attrs }));
    if (!current.includes(note)) current.push(note);
  }
  const sorted = (list: Note[]) => [...list].sort((a, b) => a.n - b.n);
  return {
    all: [...byKey.values()],
    numberOf: (c) => byKey.get(noteKey(c))?.n,
    inSection: (id) => sorted(bySection.get(id) ?? []),
    outside: sorted(outside),
  };
}

// ---------------------------------------------------------------------------------------------
// Table of contents

export interface TocEntry {
  id: string;
  title: string;
  level: 2 | 3;
}

/** The page's sections as written (<Section id title level>), in document order. */
export function sectionEntries(tags: readonly Tag[]): TocEntry[] {
  return tags
    .filter((t) => t.name === 'Section' && t.attrs.id && t.attrs.title)
    .map((t) => ({ id: t.attrs.id!, title: t.attrs.title!, level: t.attrs.level === '3' ? 3 : 2 }));
}

/** A page is long enough for a table of contents from this many entries. */
export const TOC_MIN_ENTRIES = 3;

// ---------------------------------------------------------------------------------------------
// A–Z index

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** The first letter an entry files under: A–Z without accents, '#' for anything else. */
export function indexLetter(label: string, lang: string): string {
  const first = label.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toLocaleUpperCase(lang);
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Entries grouped by first letter, letters in alphabetical order, entries in the order given. */
export function byLetter<T>(items: readonly T[], label: (item: T) => string, lang: string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = indexLetter(label(item), lang);
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: list }));
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

// ---------------------------------------------------------------------------------------------
// Previous and next page

/** The pages before and after `key` in navigation order. */
export function neighbours<T>(ordered: readonly T[], isCurrent: (item: T) => boolean): { prev?: T; next?: T } {
  const i = ordered.findIndex(isCurrent);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

// ---------------------------------------------------------------------------------------------
// Timeline years, for the timeline page's table of contents

/**
 * Each year with events (events already sorted by date), as contents entries linking to the
 * year on the chart (`tl-2020`, yearId in timelineView.ts): the years jump within the chart.
 */
export function yearEntries(events: readonly { id: string; date: string }[]): TocEntry[] {
  const out: TocEntry[] = [];
  for (const e of events) {
    const year = e.date.slice(0, 4);
    if (out.at(-1)?.title !== year) out.push({ id: `tl-${year}`, title: year, level: 2 });
  }
  return out;
}

/**
 * The table of contents of a page: its sections in document order, with the entries a list
 * component puts on the page where those are the page's parts (the sources, the timeline's
 * years). The glossary has its own A–Z index instead.
 */
export function pageToc(
  tags: readonly Tag[],
  lists: { sources?: readonly TocEntry[]; events?: readonly TocEntry[]; partTitle?: (kind: string) => string },
): TocEntry[] {
  const out: TocEntry[] = [];
  for (const tag of tags) {
    if (tag.name === 'LessonPart' && tag.attrs.kind && lists.partTitle) {
      out.push({ id: tag.attrs.kind, title: lists.partTitle(tag.attrs.kind), level: 2 });
    } else if (tag.name === 'Section' && tag.attrs.id && tag.attrs.title) {
      out.push({ id: tag.attrs.id, title: tag.attrs.title, level: tag.attrs.level === '3' ? 3 : 2 });
    } else if (tag.name === 'SourceList') out.push(...(lists.sources ?? []));
    else if (tag.name === 'Timeline') out.push(...(lists.events ?? []));
  }
  return out;
}
