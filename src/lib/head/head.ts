import { createHash } from 'node:crypto';
import { LOCALES, type Lang } from '../locales.ts';

/**
 * The Content-Security-Policy, one source for the meta tag in every page and the headers in the
 * server configs (serverConfig.ts). No 'unsafe-inline' anywhere: scripts and styles are files.
 * Only pages that can run search get 'wasm-unsafe-eval' (Pagefind's engine is WebAssembly);
 * search runs on the main thread, so no page needs blob: workers. `hashes` are the sha256
 * sources of the few inline blocks a page may carry (only the 404 page, which cannot know where
 * its files are).
 */
export interface CspOptions {
  search: boolean;
  scriptHashes?: readonly string[];
  styleHashes?: readonly string[];
}

export function csp({ search, scriptHashes = [], styleHashes = [] }: CspOptions): string {
  const quoted = (hashes: readonly string[]) => hashes.map((h) => ` '${h}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${search ? " 'wasm-unsafe-eval'" : ''}${quoted(scriptHashes)}`,
    `style-src 'self'${quoted(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Directives only an HTTP header can carry (a meta tag ignores them): for the server configs.
 * No page may be framed by another site, except the timeline's embed pages (EMBED_DIRECTIVES).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/** The embed pages (src/pages/[lang]/[slug]/embed.astro): any site may frame them. */
export const EMBED_DIRECTIVES: string[] = [];

export interface Alternate {
  hreflang: string;
  href: string;
}

/** hreflang alternates: one per language plus x-default (the language chooser at the root). */
export function alternates(urls: Partial<Record<Lang, string>>, rootUrl: string): Alternate[] {
  const list: Alternate[] = [];
  for (const lang of LOCALES) {
    const href = urls[lang];
    if (href) list.push({ hreflang: lang, href });
  }
  list.push({ hreflang: 'x-default', href: rootUrl });
  return list;
}

/**
 * hreflang alternates for a page whose site path in each language is `paths`, written only when
 * the site's address is known (`absolute` gives a URL): search engines read only fully qualified
 * alternates, so without SITE_URL there are none (the language switch still links the pages).
 */
export function absoluteAlternates(paths: Partial<Record<Lang, string>>, absolute: (sitePath: string) => string | undefined): Alternate[] {
  const root = absolute('');
  if (!root) return [];
  return alternates(Object.fromEntries(Object.entries(paths).map(([l, p]) => [l, absolute(p!)])) as Partial<Record<Lang, string>>, root);
}

export function documentTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} | ${siteName}`;
}

/** A CSP hash source for an inline block: `sha256-…`. */
export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
