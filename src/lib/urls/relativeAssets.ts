import { relativeUrl } from './urls.ts';

/**
 * Astro writes the files it bundles (stylesheets, scripts) as `<base>_astro/…`, from the server's
 * root. These rewrite them relative to the page or stylesheet, as the site's own links already
 * are (urls.ts), so one build works in any folder and from disk.
 */
function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `href`/`src` attributes of an HTML file at `sitePath` (`nl/bronnen/`) that point into `_astro/`. */
export function relativizeHtml(html: string, sitePath: string, base: string): string {
  const re = new RegExp(`(\\s(?:href|src)=")${escapeRe(base)}(_astro/[^"]*)"`, 'g');
  return html.replace(re, (_m, attr: string, path: string) => `${attr}${relativeUrl(sitePath, path)}"`);
}

/** `url(<base>_astro/…)` in a stylesheet that itself lives in `_astro/`. */
export function relativizeCss(css: string, base: string): string {
  const re = new RegExp(`url\\((["']?)${escapeRe(base)}_astro/`, 'g');
  return css.replace(re, (_m, quote: string) => `url(${quote}./`);
}
