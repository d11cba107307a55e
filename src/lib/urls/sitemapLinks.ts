import { stripBase } from './urls.ts';

/**
 * For the sitemap: a page's language versions, read from the `<link rel="alternate" hreflang>`
 * tags the page itself carries (the slugs differ per language, so they cannot be guessed from
 * the URL), and where a sitemap URL's page is in the build.
 */
export interface SitemapLink {
  lang: string;
  url: string;
}

export function hreflangLinks(html: string): SitemapLink[] {
  const links: SitemapLink[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\srel="alternate"/.test(tag)) continue;
    const lang = /\shreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (lang && url) links.push({ lang, url: url.replace(/&amp;/g, '&') });
  }
  return links;
}

/** `https://example.org/sub/nl/bronnen/` → `nl/bronnen/index.html` under the output folder. */
export function builtFileOf(url: string, base: string): string {
  return `${stripBase(new URL(url).pathname, base)}index.html`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
