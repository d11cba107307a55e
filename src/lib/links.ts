import type { Lang } from './locales.ts';
import type { SiteMap } from './site.ts';
import { pageUrl } from './urls.ts';

/**
 * Links to a page by translationKey (and optional section id) in a given language. Throws when
 * the target is missing, which contentRules already reports with the file and line.
 */
export function keyUrl(site: SiteMap, key: string, lang: Lang, base: string, id?: string): string {
  const page = site.page(key, lang);
  if (!page) throw new Error(`No ${lang} page with translationKey "${key}"`);
  if (id !== undefined && !page.sectionIds.includes(id)) {
    throw new Error(`Page "${key}" (${lang}) has no section "${id}"`);
  }
  return pageUrl({ lang, slug: page.slug, id }, base);
}

/** `answers-2021#catch` → ['answers-2021', 'catch']; `#q3` keeps the current page's key. */
export function parseRef(to: string, currentKey: string): { key: string; id?: string } {
  const [key, id] = to.split('#') as [string, string | undefined];
  return { key: key || currentKey, id: id || undefined };
}
