// Loads Pagefind's search engine (its JavaScript API, pagefind.js) once, from the site's own
// pagefind/ folder, found relative to the page (the <html data-root> the layout writes), so search
// works in whatever folder the site is. The engine then fetches its WebAssembly and the index.
import { HIGHLIGHT_PARAM, searchAvailable as canSearch, SEARCH_RANKING } from '../../lib/search.ts';
import type { ResultData } from '../../lib/searchResults.ts';

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter, per value: how many results remain with that value. */
  filters?: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
}

/** The site's root URL as seen from this page. */
export function siteRoot(): URL {
  return new URL(document.documentElement.dataset.root ?? './', window.location.href);
}

/** False when the page was opened from disk (file://): search then needs a web server. */
export const searchAvailable = (): boolean => canSearch(window.location.protocol);

export const bundleUrl = (file: string): string => new URL(`pagefind/${file}`, siteRoot()).href;

/** Pagefind's own modules, fetched at runtime so they never enter the page's bundle. */
export const loadModule = (file: string): Promise<unknown> => import(/* @vite-ignore */ bundleUrl(file));

let engine: Promise<PagefindApi> | undefined;

/** The engine, loaded and started once (again after a failure, so the reader can retry). */
export function loadEngine(): Promise<PagefindApi> {
  engine ??= (async () => {
    const api = (await loadModule('pagefind.js')) as PagefindApi;
    // baseUrl: the index stores paths from the site's root; the site may live in any folder.
    // noWorker: the index is small, so searching on the main thread is quick and saves fetching
    // pagefind-worker.js on the first query; no page needs to allow blob: workers.
    // ranking: a page title's words count less (SEARCH_RANKING), so a lesson titled with a
    // reader's word does not outrank the explainer pages.
    await api.options({ baseUrl: siteRoot().pathname, highlightParam: HIGHLIGHT_PARAM, noWorker: true, excerptLength: 24, ranking: SEARCH_RANKING });
    await api.init();
    // Loads the (small) filter index, so each search also says how many results each kind has.
    await api.filters();
    return api;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
