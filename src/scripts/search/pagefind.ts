// Loads Pagefind's Component UI once, from the site's own pagefind/ folder, found relative to the
// page (the <html data-root> the layout writes), so search works in whatever folder the site is.
import { HIGHLIGHT_PARAM } from '../../lib/search.ts';

export interface PagefindInstance {
  triggerSearch(term: string): void;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

/** The site's root URL as seen from this page. */
export function siteRoot(): URL {
  return new URL(document.documentElement.dataset.root ?? './', window.location.href);
}

/** Files opened from disk cannot fetch the index: search needs a web server. */
export function searchAvailable(): boolean {
  return window.location.protocol !== 'file:';
}

export const bundleUrl = (file: string): string => new URL(`pagefind/${file}`, siteRoot()).href;

/** Pagefind's own modules, fetched at runtime so they never enter the page's bundle. */
export const loadModule = (file: string): Promise<unknown> => import(/* @vite-ignore */ bundleUrl(file));

/** A stylesheet link, resolved once it has loaded (or failed: search still works unstyled). */
function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

let ui: Promise<PagefindInstance> | undefined;

/** Loads the UI once and configures its default instance; `siteCss` is the site's own theme. */
export function loadUi(siteCss: string | undefined): Promise<PagefindInstance> {
  ui ??= (async () => {
    await Promise.all([
      stylesheet(bundleUrl('pagefind-component-ui.css')).then(() => (siteCss ? stylesheet(siteCss) : undefined)),
      loadModule('pagefind-component-ui.js'),
    ]);
    const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    // Must run before any pagefind-* element connects; the template is cloned in afterwards.
    // baseUrl: the index stores paths from the site's root; the site may live in any folder.
    // noWorker: the index is small, so searching on the main thread is quick (median well under
    // the 100 ms budget) and saves fetching pagefind-worker.js (~12 KB gzip) on the first query;
    // it also means no page needs to allow blob: workers.
    return components.configureInstance('default', {
      bundlePath: bundleUrl(''),
      baseUrl: siteRoot().pathname,
      highlightParam: HIGHLIGHT_PARAM,
      noWorker: true,
    });
  })();
  ui.catch(() => {
    ui = undefined; // let the reader try again
  });
  return ui;
}
