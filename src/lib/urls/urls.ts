import type { Lang } from '../locales.ts';

/**
 * The one place internal URLs are made. Pages live at `<lang>/<slug>/` below the site's root;
 * every link the site writes is relative to the page it is on, so the same build works at the
 * root of a server, in any folder of it, and (with `format: 'file'`) opened from disk.
 */
export interface PageTarget {
  lang: Lang;
  /** Per-language slug; '' for the home page. */
  slug: string;
  /** Explicit section, question, glossary or event id. */
  id?: string;
}

/**
 * How links to folders are written. `directory`: the published, clean URLs (`../bronnen/`).
 * `file`: with an explicit `index.html` (`../bronnen/index.html`), because a browser opening files
 * from disk shows a folder listing, not its index page.
 */
export type LinkFormat = 'directory' | 'file';

export const LINK_FORMATS: readonly LinkFormat[] = ['directory', 'file'];

/** Site-relative path of a page, e.g. `nl/bronnen/#ah-2669`. */
export function pagePath({ lang, slug, id }: PageTarget): string {
  const path = slug ? `${lang}/${slug}/` : `${lang}/`;
  return id ? `${path}#${id}` : path;
}

/** Joins a base ("/" or "/a/b/") with a site-relative path ("nl/x/" or "/nl/x/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * Relative form of a link. `from` and `to` are site-relative paths such as "nl/bronnen/" (folders
 * end in "/"; a file such as "404.html" or "_astro/x.css" does not). With `format: 'file'`, links
 * to folders get an explicit index.html.
 */
export function relativeUrl(from: string, to: string, format: LinkFormat = 'directory'): string {
  const [toPath, hash] = splitHash(to);
  const fromDirs = from.replace(/^\/+/, '').split('/').slice(0, -1);
  const toParts = toPath.replace(/^\/+/, '').split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) {
    common++;
  }
  const up = '../'.repeat(fromDirs.length - common);
  let rest = toParts.slice(common).join('/');
  if (format === 'file' && (rest === '' || rest.endsWith('/'))) rest += 'index.html';
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

/** Links from one page of the site to any other place in it, all relative to that page. */
export interface UrlHelper {
  /** Site-relative path of the page the links are written on (`nl/bronnen/`, `404.html`). */
  readonly here: string;
  /** The site's root as seen from this page (`../../`, or `./` at the root). */
  readonly root: string;
  /** A page, by language and slug, with an optional `#id`. */
  page(target: PageTarget): string;
  /** Any site-relative path: a page folder (`nl/zoeken/`) or a file (`favicon.svg`). */
  path(sitePath: string): string;
  /** A file the build emitted under the base (`/sub/_astro/x.css`, from a `?url` import). */
  asset(builtPath: string): string;
  /**
   * The absolute URL of a site path when the site's address is known (SITE_URL), else
   * undefined: the site never invents an address it was not given.
   */
  absolute(sitePath: string): string | undefined;
  /** The path from the server's root under the build's base (`/sub/nl/`), for the 404 page only. */
  rooted(sitePath: string): string;
}

export function createUrlHelper(here: string, format: LinkFormat = 'directory', base = '/', site?: URL): UrlHelper {
  const from = here.replace(/^\/+/, '');
  const path = (sitePath: string) => relativeUrl(from, sitePath, format);
  return {
    here: from,
    // Only ever used as a prefix for files, so no index.html is wanted here.
    root: relativeUrl(from, '', 'directory'),
    page: (target) => path(pagePath(target)),
    path,
    asset: (builtPath) => path(stripBase(builtPath, base)),
    absolute: (sitePath) => (site ? new URL(joinBase(base, sitePath), site).href : undefined),
    rooted: (sitePath) => joinBase(base, sitePath),
  };
}

/**
 * The site-relative path of a built HTML file's folder: `nl/bronnen/index.html` → `nl/bronnen/`,
 * `404.html` → `404.html`. Links in that file are written relative to it.
 */
export function sitePathOfFile(file: string): string {
  const f = file.replace(/\\/g, '/').replace(/^\/+/, '');
  return f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f === 'index.html' ? '' : f;
}

/** `LINK_FORMAT` from the environment; anything but the two formats is a clear error. */
export function parseLinkFormat(raw: string | undefined): LinkFormat {
  const value = (raw ?? '').trim() || 'directory';
  if (!(LINK_FORMATS as readonly string[]).includes(value)) {
    throw new Error(`LINK_FORMAT must be "directory" or "file", got "${value}"`);
  }
  return value as LinkFormat;
}
