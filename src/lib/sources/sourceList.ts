import type { Lang } from '../locales.ts';
import { isMdxComponent, ruleFor } from '../content/mdxComponents.ts';
import type { Tag } from '../content/mdxTags.ts';
import type { TocEntry } from '../outline.ts';
import { SOURCE_GROUPS, type Source, type SourceGroup } from '../content/schemas.ts';

/**
 * The sources page as a reference a reader can scan: the sources in three groups (the official
 * record, regulators and courts, news and other), each group in date order (undated last), and
 * for each source the pages of one language that cite it.
 */
export interface GroupedSources {
  id: SourceGroup;
  sources: Source[];
}

/** Oldest first; a year-only date ("2020") before that year's days; undated sources last. */
function byDate(a: Source, b: Source): number {
  if (a.date !== b.date) return a.date === undefined ? 1 : b.date === undefined ? -1 : a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every group in page order, each with its sources by date; a group without sources is left out. */
export function groupSources(sources: Iterable<Source>): GroupedSources[] {
  const all = [...sources];
  return SOURCE_GROUPS.map((id) => ({ id, sources: all.filter((s) => s.group === id).sort(byDate) })).filter((g) => g.sources.length);
}

/** The page's contents: each group, then its sources by their label. */
export function sourceTocEntries(sources: Iterable<Source>, lang: Lang, groupTitle: (id: SourceGroup) => string): TocEntry[] {
  return groupSources(sources).flatMap((g) => [
    { id: g.id, title: groupTitle(g.id), level: 2 as const },
    ...g.sources.map((s) => ({ id: s.id, title: s.label[lang], level: 3 as const })),
  ]);
}

export interface CitingPage<P> {
  page: P;
  /** Claims (<Cite>, <Quote>, <Doc>) on the page, plus items of its list (timeline events, glossary entries) that cite the source. */
  count: number;
}

/**
 * Where the site cites each source: per source id, the pages (of one language, in the order
 * given) with how often each cites it. A page that renders the timeline or the glossary also
 * counts the events or entries there that list the source.
 */
export function citedOn<P extends { tags: readonly Tag[] }>(
  pages: readonly P[],
  lists: { events: readonly { sources: readonly string[] }[]; glossary: readonly { sources?: readonly string[] }[] },
): Map<string, CitingPage<P>[]> {
  const out = new Map<string, CitingPage<P>[]>();
  for (const page of pages) {
    const counts = new Map<string, number>();
    const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const tag of page.tags) {
      if (!isMdxComponent(tag.name)) continue;
      const rule = ruleFor(tag.name);
      const id = rule.sourceId ? tag.attrs[rule.sourceId] : undefined;
      if (id) add(id);
      if (rule.listsIds === 'events') for (const e of lists.events) new Set(e.sources).forEach(add);
      if (rule.listsIds === 'glossary') for (const g of lists.glossary) new Set(g.sources ?? []).forEach(add);
    }
    for (const [id, count] of counts) {
      const list = out.get(id) ?? [];
      list.push({ page, count });
      out.set(id, list);
    }
  }
  return out;
}

/** A short name for a link to the document: its host without "www." ("zoek.officielebekendmakingen.nl"). */
export function linkHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
