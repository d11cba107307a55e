import { LANGUAGES, type Lang } from '../locales.ts';
import type { PAGE_KINDS } from '../content/schemas.ts';
import { pagePath } from '../urls/urls.ts';

/**
 * Search: where its page lives, where Pagefind's bundle lives, when it is offered and which keys
 * open it (what a search asks is query.ts). Pure, so the client loader and the pages agree and
 * the rules are tested.
 */

/** The search page's slug per language: `/nl/zoeken/`, `/en/search/`. Never indexed. */
export function searchSlug(lang: Lang): string {
  return LANGUAGES[lang].searchSlug;
}

/** Query parameter Pagefind adds to result links; the opened page highlights those words. */
export const HIGHLIGHT_PARAM = 'highlight';

export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Where search reads Pagefind's files: from the server with fetch(), or, on a page opened from
 * disk (file://, the copy `npm run package` makes), from classic scripts (lib/search/disk.ts).
 */
export function searchSource(protocol: string): 'server' | 'disk' {
  return protocol === 'file:' ? 'disk' : 'server';
}

/**
 * Whether search is offered. On a server always (a failure to load says so). From disk only in a
 * browser with WebAssembly, which Pagefind's engine is: without it the search page says at once
 * that search needs a web server and lists every page.
 */
export function searchAvailable(protocol: string, hasWebAssembly: boolean): boolean {
  return searchSource(protocol) === 'server' || hasWebAssembly;
}

/** Site-relative path of the search page, e.g. `nl/zoeken/`; the URL helper makes the link. */
export function searchPagePath(lang: Lang): string {
  return pagePath({ lang, slug: searchSlug(lang) });
}

/** True when the URL asks for highlighted search words (a Pagefind result link was followed). */
export function wantsHighlight(search: string): boolean {
  return new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).some((v) => v.trim() !== '');
}

/** The parts of a keydown event that decide whether it opens search. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** Focus is in a text field, select or contenteditable: `/` types there instead. */
  inEditable: boolean;
}

/**
 * `/` (outside text fields) and Ctrl+K or Cmd+K (anywhere) open search. `/` may need Shift on
 * some keyboard layouts (Dutch: Shift+7), so Shift is not checked; Alt combinations are left alone.
 */
export function isSearchShortcut(e: KeyInput): boolean {
  if (e.isComposing || e.altKey) return false;
  if (e.key === '/') return !e.ctrlKey && !e.metaKey && !e.inEditable;
  return e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !(e.ctrlKey && e.metaKey);
}

/**
 * A `data-pagefind-filter` value: `name:value`. Each language has its own index, so both are in
 * the reader's language (Pagefind's filter pane shows the name as the group's legend). Pagefind
 * reads the name up to the first `:` and splits lists on `,`, so neither may appear in the name
 * and the value may not contain a comma.
 */
export function pagefindFilter(name: string, value: string): string {
  if (!name.trim() || /[:,[\]]/.test(name)) throw new Error(`Pagefind filter name "${name}" must be non-empty, without ":", ",", "[" or "]"`);
  if (!value.trim() || value.includes(',')) throw new Error(`Pagefind filter value "${value}" must be non-empty, without ","`);
  return `${name}:${value}`;
}

/** Interface-string key of each kind's filter label, e.g. "Vragen en antwoorden". */
export function kindLabelKey(kind: PageKind): `search.kind.${PageKind}` {
  return `search.kind.${kind}`;
}
