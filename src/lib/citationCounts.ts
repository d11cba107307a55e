import type { Tag } from './mdxTags.ts';

/** How often a source is cited: claims on the pages (<Cite>, <Quote>) and timeline events. */
export interface CitationCount {
  claims: number;
  events: number;
}

/**
 * Counts, per source id, the claims that cite it on the given pages (one language's pages, so
 * twins are not counted twice) and the timeline events that list it.
 */
export function countCitations(
  pages: readonly { tags: readonly Tag[] }[],
  events: readonly { sources: readonly string[] }[],
): Map<string, CitationCount> {
  const counts = new Map<string, CitationCount>();
  const entry = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { claims: 0, events: 0 }));
    return c;
  };
  for (const page of pages) {
    for (const tag of page.tags) {
      const id = tag.name === 'Cite' ? tag.attrs.id : tag.name === 'Quote' ? tag.attrs.source : undefined;
      if (id) entry(id).claims += 1;
    }
  }
  for (const event of events) for (const id of new Set(event.sources)) entry(id).events += 1;
  return counts;
}
