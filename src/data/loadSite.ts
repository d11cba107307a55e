import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../lib/content/rules.ts';
import { interfaceProblems } from '../lib/i18n.ts';
import { SiteMap, toSitePage, type SiteData } from '../lib/site.ts';
import { sortByDate } from '../lib/dates.ts';
import { pageDates } from '../lib/content/pageDates.ts';
import { SOURCE_GROUPS } from '../lib/content/schemas.ts';
import { buildDay, readGitDates } from '../build/gitDates.ts';

/** The site's data plus the MDX entries the page route renders. */
export interface LoadedSite extends SiteData {
  entries: ReadonlyMap<string, CollectionEntry<'pages'>>;
}

let cached: Promise<LoadedSite> | undefined;

/** Reads the collections once per build; the middleware and the routes share the result. */
export function loadSite(): Promise<LoadedSite> {
  cached ??= load();
  return cached;
}

async function load(): Promise<LoadedSite> {
  const [pageEntries, sourceEntries, glossaryEntries, eventEntries] = await Promise.all([
    getCollection('pages'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('timeline'),
  ]);
  const sources = sourceEntries.map((e) => e.data);
  const glossary = glossaryEntries.map((e) => e.data);
  // Sorted here, once: every list and chart shows the events in this order.
  const events = sortByDate(eventEntries.map((e) => ({ ...e.data, file: e.filePath ?? 'content/timeline/' })));
  const lists = {
    events: events.map((e) => e.id),
    glossary: glossary.map((g) => g.id),
    // The sources page's group headings are anchors too (#official-record).
    sources: [...SOURCE_GROUPS, ...sources.map((s) => s.id)],
  };
  const entries = new Map<string, CollectionEntry<'pages'>>();
  const written = pageEntries.map((entry) => {
    const file = entry.filePath ?? `content/${entry.id}.mdx`;
    entries.set(file, entry);
    return { page: toSitePage({ file, body: entry.body ?? '', data: { ...entry.data, updated: '' } }, lists), override: entry.data.updated };
  });
  // Each page's "updated" date from the history of its files: one git call for all of content/.
  const { dates, note } = pageDates(
    written.map(({ page, override }) => ({ file: page.file, tags: page.tags, override })),
    readGitDates(process.env.CONTENT_DIR || 'content'),
    buildDay(),
  );
  if (note) console.log(note);
  const pages = written.map(({ page }) => ({ ...page, data: { ...page.data, updated: dates.get(page.file)! } }));
  const problems = [...interfaceProblems(), ...checkContent({ pages, sources, glossary, events })];
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
