import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../lib/contentRules.ts';
import { SiteMap, toSitePage } from '../lib/site.ts';
import type { GlossaryEntry, Source, TimelineEvent } from '../lib/schemas.ts';
import { compareIso } from '../lib/dates.ts';

/** Everything the pages need, read once from the collections and checked as a whole. */
export interface SiteData {
  site: SiteMap;
  entries: Map<string, CollectionEntry<'pages'>>;
  sources: Map<string, Source>;
  glossary: GlossaryEntry[];
  events: TimelineEvent[];
}

let cached: Promise<SiteData> | undefined;

export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [pageEntries, sourceEntries, glossaryEntries, eventEntries] = await Promise.all([
    getCollection('pages'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('timeline'),
  ]);
  const sources = sourceEntries.map((e) => e.data);
  const glossary = glossaryEntries.map((e) => e.data);
  const events = eventEntries
    .map((e) => ({ ...e.data, file: e.filePath ?? 'content/timeline/' }))
    .sort((a, b) => compareIso(a.date, b.date) || a.id.localeCompare(b.id));
  const lists = {
    Timeline: events.map((e) => e.id),
    GlossaryList: glossary.map((g) => g.id),
    SourceList: sources.map((s) => s.id),
  };
  const entries = new Map<string, CollectionEntry<'pages'>>();
  const bodies = new Map<string, string>();
  const pages = pageEntries.map((entry) => {
    const file = entry.filePath ?? `content/${entry.id}.mdx`;
    entries.set(file, entry);
    bodies.set(file, entry.body ?? '');
    return toSitePage({ file, body: entry.body ?? '', data: entry.data }, lists);
  });
  const problems = checkContent({ pages, bodies, sources, glossary, events });
  if (problems.length) {
    throw new Error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
  }
  return {
    site: new SiteMap(pages),
    entries,
    sources: new Map(sources.map((s) => [s.id, s])),
    glossary,
    events,
  };
}
