import type { ResultData } from './results.ts';

/**
 * Search from disk (file://), for the copy `npm run package` makes. A page opened from disk may not
 * fetch() other files, but it may load classic <script src> files. So the package also writes
 * Pagefind's files (the same index: entry, metadata, WebAssembly, index chunks, filters and
 * fragments) as classic scripts, one per language, that put them in one global object; Pagefind's
 * engine itself is made a classic script whose `fetch` is a small function answering from that
 * object (src/build/diskSearch.ts writes them, src/scripts/search/disk.ts loads them). Pure: the
 * file names and formats both sides share, and how result links open from disk.
 */

/** Where the disk files live: a folder inside Pagefind's own `pagefind/` folder. */
export const DISK_FOLDER = 'disk';
/** The global object the disk scripts fill in (`self.clearviewDiskSearch`). */
export const DISK_GLOBAL = 'clearviewDiskSearch';
/** Pagefind's engine (pagefind.js) as a classic script. */
export const DISK_ENGINE_FILE = 'pagefind.js';
/** Pagefind's highlighter (pagefind-highlight.js) as a classic script; it sets the global PagefindHighlight. */
export const DISK_HIGHLIGHT_FILE = 'highlight.js';

/** A language as the disk file names carry it: Pagefind's language key, e.g. `nl`. */
const LANG_KEY = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/** The language key of `<html lang>` for the disk files (`nl-NL` → `nl`), or null if it is not one. */
export function diskLang(htmlLang: string): string | null {
  const key = htmlLang.trim().toLowerCase().split('-')[0] ?? '';
  return LANG_KEY.test(key) ? key : null;
}

/** One language's Pagefind files: the index's text files as text, the binary ones in base64. */
export const diskDataFile = (lang: string) => `${lang}.js`;
/** The search page's dialog <template> for one language (the dialog of every other page). */
export const diskDialogFile = (lang: string) => `${lang}.dialog.js`;

/**
 * Pagefind's files of one language. `text`: files that are UTF-8 text once unpacked (the entry
 * JSON, and fragments stored unpacked, starting with Pagefind's `pagefind_dcd` signature);
 * `base64`: the rest, exactly the bytes Pagefind wrote (gzip). Keys are paths inside `pagefind/`.
 */
export interface DiskData {
  text: Record<string, string>;
  base64: Record<string, string>;
}

/** What the disk scripts put in `self.clearviewDiskSearch`. */
export interface DiskGlobal {
  data?: Record<string, DiskData>;
  dialogs?: Record<string, string>;
  /** Answers Pagefind's loads; set by the site before the engine script runs. */
  fetch?: (input: unknown) => Promise<Response>;
  /** Pagefind's JavaScript API, once its classic script has run. */
  engine?: unknown;
}

/**
 * The file a Pagefind load asks for, as a key of DiskData: its path inside `folder` (the URL of
 * the pagefind/ folder), without the query Pagefind adds to the entry file (`?ts=…`). Pagefind
 * may ask by full URL or by path (it drops `location.origin`, which is `file://` from disk).
 * Null when the URL is not in the folder.
 */
export function diskKey(url: string, folder: string): string | null {
  let target: URL;
  try {
    target = new URL(url, folder);
  } catch {
    return null;
  }
  target.search = target.hash = '';
  const base = new URL(folder);
  base.search = base.hash = '';
  const key = target.href.startsWith(base.href) ? target.href.slice(base.href.length) : '';
  return key ? decodeURIComponent(key) : null;
}

/**
 * A result link that opens from disk: a folder (`…/nl/antwoorden-2021/?highlight=x#catch`) gets
 * its `index.html`, since a browser shows a folder listing for a folder on disk. Query and hash stay.
 */
export function withIndexHtml(url: string): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  return path.endsWith('/') ? `${path}index.html${rest}` : url;
}

/** A result's links (page and sections) made to open from disk. */
export function diskResultData(data: ResultData): ResultData {
  return {
    ...data,
    url: withIndexHtml(data.url),
    sub_results: data.sub_results?.map((sub) => ({ ...sub, url: withIndexHtml(sub.url) })),
  };
}

const json = (value: unknown) => JSON.stringify(value);
const global = `(self.${DISK_GLOBAL} ||= {})`;

/** The classic script that registers one language's Pagefind files. */
export function dataScript(lang: string, data: DiskData): string {
  return `${global}.data = Object.assign(${global}.data || {}, { ${json(lang)}: ${json(data)} });\n`;
}

/** The classic script that registers one language's dialog template (the search page's markup). */
export function dialogScript(lang: string, html: string): string {
  return `${global}.dialogs = Object.assign(${global}.dialogs || {}, { ${json(lang)}: ${json(html)} });\n`;
}

/**
 * Pagefind's engine, already turned into a classic script that assigns its API to `var
 * pagefindEngine`, wrapped so that its `fetch` is the disk one: a local name inside the wrapper,
 * so the page's own fetch() is never replaced.
 */
export function engineScript(classicEngine: string): string {
  return [
    '(function (disk) {',
    '  var fetch = function (input) { return disk.fetch(input); };',
    classicEngine,
    '  disk.engine = pagefindEngine;',
    `})(${global});`,
    '',
  ].join('\n');
}
