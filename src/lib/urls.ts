import type { Lang } from './locales.ts';

/**
 * The one place internal URLs are made. A page lives at `<base><lang>/<slug>/`; the home page of
 * a language at `<base><lang>/`. Section ids become `#id`. Everything ends in a slash so the same
 * output works on any static server.
 */
export interface PageTarget {
  lang: Lang;
  /** Per-language slug; '' for the home page. */
  slug: string;
  /** Explicit section, question, glossary or event id. */
  id?: string;
}

export function pagePath({ lang, slug, id }: PageTarget): string {
  const path = slug ? `${lang}/${slug}/` : `${lang}/`;
  return id ? `${path}#${id}` : path;
}

/** Absolute URL path under the site's base, e.g. `/sub/nl/bronnen/#ah-2669`. */
export function pageUrl(target: PageTarget, base: string): string {
  return joinBase(base, pagePath(target));
}

/** Joins a base ("/" or "/a/b/") with a site-relative path ("nl/x/" or "/nl/x/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * Relative form of a link, so one build can also work from any folder or from file://.
 * `from` and `to` are site-relative paths such as "nl/bronnen/" (directories end in "/").
 * With `fileIndex`, directory links get an explicit index.html, which file:// needs.
 */
export function relativeUrl(from: string, to: string, fileIndex = false): string {
  const [toPath, hash] = splitHash(to);
  const fromDirs = from.replace(/^\/+/, '').split('/').slice(0, -1);
  const toParts = toPath.replace(/^\/+/, '').split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) {
    common++;
  }
  const up = '../'.repeat(fromDirs.length - common);
  let rest = toParts.slice(common).join('/');
  if (fileIndex && (rest === '' || rest.endsWith('/'))) rest += 'index.html';
  const rel = up + rest;
  const path = rel === '' ? './' : rel;
  return hash === undefined ? path : `${path}#${hash}`;
}

function splitHash(url: string): [string, string | undefined] {
  const i = url.indexOf('#');
  return i === -1 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
}

/** Site-relative path of a built page from its URL pathname, without the base. */
export function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(b)) return pathname.slice(b.length);
  if (`${pathname}/` === b) return '';
  return pathname.replace(/^\/+/, '');
}
