// Loads Pagefind's search engine (its JavaScript API, pagefind.js) once, from the site's own
// pagefind/ folder, found relative to the page (the <html data-root> the layout writes), so search
// works in whatever folder the site is. The engine then fetches its WebAssembly and the index.
// Opened from disk, the engine and the index come as classic scripts instead (./disk.ts).
import { SEARCH_RANKING } from '../../lib/search/query.ts';
import { HIGHLIGHT_PARAM, searchAvailable as canSearch, searchSource } from '../../lib/search/search.ts';
import type { ResultData } from '../../lib/search/results.ts';

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

/** True when the page was opened from disk (file://): Pagefind's files then come as classic scripts. */
export const onDisk = (): boolean => searchSource(window.location.protocol) === 'disk';

/** False only from disk in a browser without WebAssembly: search then needs a web server. */
export const searchAvailable = (): boolean => canSearch(window.location.protocol, typeof WebAssembly === 'object');

export const bundleUrl = (file: string): string => new URL(`pagefind/${file}`, siteRoot()).href;

/** The code for search from disk, a chunk of its own that a server never loads. */
export const fromDisk = () => import('./disk.ts');

/** Pagefind's own modules, fetched at runtime so they never enter the page's bundle. */
export const loadModule = (file: string): Promise<unknown> => import(/* @vite-ignore */ bundleUrl(file));

let engine: Promise<PagefindApi> | undefined;

/** The engine, loaded and started once (again after a failure, so the reader can retry). */
export function loadEngine(): Promise<PagefindApi> {
  engine ??= (async () => {
    const disk = onDisk();
    const api = disk ? await (await fromDisk()).diskEngine(bundleUrl('')) : ((await loadModule('pagefind.js')) as PagefindApi);
    // baseUrl: the index stores paths from the site's root; the site may live in any folder.
    // noWorker: the index is small, so searching on the main thread is quick and saves fetching
    // pagefind-worker.js on the first query; no page needs to allow blob: workers.
    // basePath (from disk): the prefix of the file names Pagefind asks the disk files for.
    // ranking: a page title's words count less (SEARCH_RANKING), so a lesson titled with a
    // reader's word does not outrank the explainer pages.
    await api.options({
      ...(disk ? { basePath: bundleUrl('') } : {}),
      baseUrl: siteRoot().pathname,
      highlightParam: HIGHLIGHT_PARAM,
      noWorker: true,
      excerptLength: 24,
      ranking: SEARCH_RANKING,
    });
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
