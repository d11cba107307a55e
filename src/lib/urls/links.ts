import type { Lang } from '../locales.ts';
import type { SiteMap } from '../site.ts';
import { createUrlHelper, type LinkFormat, type UrlHelper } from './urls.ts';

/**
 * Links from one page to the rest of the site, by translationKey rather than by slug, so content
 * never spells out a URL. Every link is relative to the page (see urls.ts). A missing target
 * throws; contentRules already reports it with file and line before anything renders.
 */
export interface SiteLinks extends Omit<UrlHelper, 'page'> {
  /** A page (and section) by translationKey, in the page's language unless another is given. */
  page(key: string, id?: string, lang?: Lang): string;
  /** An entry of the sources page. */
  source(id: string): string;
  /** An entry of the glossary. */
  term(id: string): string;
  /** An event of the timeline. */
  event(id: string): string;
}

export interface LinkOptions {
  format?: LinkFormat;
  base?: string;
  /** The site's address (SITE_URL), for canonical and hreflang links only. */
  origin?: URL;
}

export function createLinks(site: SiteMap, lang: Lang, here: string, options: LinkOptions = {}): SiteLinks {
  const urls = createUrlHelper(here, options.format, options.base, options.origin);
  const page = (key: string, id?: string, inLang: Lang = lang): string => {
    const target = site.page(key, inLang);
    if (!target) throw new Error(`No ${inLang} page with translationKey "${key}"`);
    if (id !== undefined && !target.sectionIds.includes(id)) {
      throw new Error(`Page "${key}" (${inLang}) has no section "${id}"`);
    }
    return urls.page({ lang: inLang, slug: target.slug, id });
  };
  return {
    here: urls.here,
    root: urls.root,
    path: urls.path,
    asset: urls.asset,
    absolute: urls.absolute,
    rooted: urls.rooted,
    page,
    source: (id) => page('sources', id),
    term: (id) => page('glossary', id),
    event: (id) => page('timeline', id),
  };
}

/** `answers-2021#catch` → ['answers-2021', 'catch']; `#q3` keeps the current page's key. */
export function parseRef(to: string, currentKey: string): { key: string; id?: string } {
  const [key, id] = to.split('#') as [string, string | undefined];
  return { key: key || currentKey, id: id || undefined };
}
