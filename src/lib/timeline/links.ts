import type { SiteLinks } from '../urls/links.ts';
import type { Lang } from '../locales.ts';
import type { TimelineEvent } from '../content/schemas.ts';
import type { SiteMap, SitePage } from '../site.ts';

/**
 * The two directions between the timeline and the pages: an event's `links` name the sections
 * that tell more about it, and those sections list the events that point at them.
 */

type Linked = Pick<TimelineEvent, 'id' | 'links'>;

const sectionKey = (page: string, section: string) => `${page}#${section}`;

/** Reverse index: `questions-2020#q6` → the events linking there, in the order given (the loader's date order). */
export function timelineBacklinks<E extends Linked>(events: readonly E[]): Map<string, E[]> {
  const index = new Map<string, E[]>();
  for (const event of events) {
    for (const link of event.links ?? []) {
      const key = sectionKey(link.page, link.section);
      const list = index.get(key) ?? [];
      if (!list.includes(event)) list.push(event);
      index.set(key, list);
    }
  }
  return index;
}

const cache = new WeakMap<readonly Linked[], Map<string, Linked[]>>();

/** The events that link to one section of one page (by translationKey), in the order given. */
export function eventsForSection<E extends Linked>(events: readonly E[], pageKey: string, sectionId: string): E[] {
  let index = cache.get(events);
  if (!index) {
    index = timelineBacklinks(events);
    cache.set(events, index);
  }
  return (index.get(sectionKey(pageKey, sectionId)) ?? []) as E[];
}

/** A section's title as the page's author wrote it in `<Section id="…" title="…">`. */
export function sectionTitle(page: SitePage, id: string): string | undefined {
  return page.tags.find((tag) => tag.name === 'Section' && tag.attrs.id === id)?.attrs.title;
}

export interface MoreLink {
  href: string;
  /** Section title with the page's menu name, e.g. "Vraag 6: … (Kamervragen 2020)". */
  label: string;
}

/** Where an event's story is told on the site, in the reader's language. */
export function moreLinks(site: SiteMap, event: Pick<TimelineEvent, 'links'>, lang: Lang, url: Pick<SiteLinks, 'page'>): MoreLink[] {
  return (event.links ?? []).map((link) => {
    const page = site.page(link.page, lang);
    if (!page) throw new Error(`No ${lang} page with translationKey "${link.page}"`);
    const title = sectionTitle(page, link.section) ?? link.section;
    return { href: url.page(link.page, link.section), label: `${title} (${page.data.navTitle})` };
  });
}
