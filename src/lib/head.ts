import { LOCALES, type Lang } from './locales.ts';

/**
 * Content-Security-Policy for every page. No 'unsafe-inline' anywhere: all scripts and styles are
 * files. Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker from a blob URL.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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

/** Absolute URL when the site's origin is known (SITE_URL), else the root-relative path. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

export function documentTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} | ${siteName}`;
}
