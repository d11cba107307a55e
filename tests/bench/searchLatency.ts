// Search budget (issue 5), measured in Chromium on a served build:
// - time from the last keystroke to results shown, median of 20 queries typed after a first
//   query has loaded the UI, the engine and the index (target <= 100 ms);
// - bytes fetched for that first query: everything search asks for from opening it to the first
//   results settling (target <= 150 KB). Counted as a gzip-serving static server sends them, like
//   pageWeight.ts counts a page's first load; the raw bytes this plain test server sent are
//   reported too.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { chromiumPath } from '../support/chromium.ts';
import { serveStatic } from '../support/server.ts';

export interface SearchMeasurement {
  medianMs: number;
  /** Bytes for the first query, gzip-equivalent (files Pagefind already compressed count as is). */
  firstQueryBytes: number;
  samples: number[];
  /** Bytes for the first query exactly as the server sent them (this test server never gzips). */
  firstQueryRawBytes: number;
  firstQueryFiles: Transfer[];
}

/** The Dutch page the reader searches from, and the words a reader might look for. */
export const START_PAGE = 'nl/antwoorden-2021/';
export const FIRST_QUERY = 'catch';
export const QUERIES = [
  'politie', 'gezichtsherkenning', 'minister', 'privacy', 'boete', 'europa', 'clearview', 'database',
  'foto', 'toezichthouder', 'avg', 'verbod', 'klacht', 'dekker', 'grapperhaus', 'buitenweg', 'nos',
  'kamervragen', 'biometrische', 'italië',
];

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Types `term` into the open search and returns ms from its last keydown to results shown (the
 * page keeps that moment, performance.now(), as `__bench.shownAt`).
 */
export async function timedQuery(page: Page, term: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { lastKey: number; before: Set<Element> } };
    const input = document.querySelector<HTMLInputElement>('dialog [data-search-input]')!;
    w.__bench = { lastKey: 0, before: new Set(document.querySelectorAll('dialog .search-result-title')) };
    if (!input.dataset.benchTimed) {
      input.dataset.benchTimed = 'true';
      input.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), { capture: true });
    }
    input.select();
  });
  const done = page.evaluate(
    (t) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __bench: { lastKey: number; before: Set<Element> } };
        // Shown: the status names this term and a result title that was not there before is in
        // the document (a result is drawn once its data has loaded).
        const shown = () => {
          const summary = document.querySelector('dialog [data-search-status]')?.textContent ?? '';
          const links = [...document.querySelectorAll('dialog .search-result-title')];
          return summary.includes(t) && links.some((a) => !w.__bench.before.has(a) && a.textContent!.trim() !== '');
        };
        const observer = new MutationObserver(() => {
          if (w.__bench.lastKey && shown()) {
            observer.disconnect();
            (w.__bench as { shownAt?: number }).shownAt = performance.now();
            resolve(performance.now() - w.__bench.lastKey);
          }
        });
        observer.observe(document.querySelector('dialog[data-search-dialog]')!, { subtree: true, childList: true, characterData: true });
      }),
    term,
  );
  await page.keyboard.type(term);
  return done;
}

/** One response as a gzip-serving static server would send it (Pagefind's own gzip counts as is). */
export interface Transfer {
  path: string;
  bytes: number;
  rawBytes: number;
}

/**
 * Records every response the page receives from now on; `settle()` waits until nothing has
 * arrived for 500 ms, stops recording and returns the files, largest first.
 */
export function recordTransfers(page: Page): { settle(): Promise<Transfer[]> } {
  const files: Transfer[] = [];
  const pending: Promise<void>[] = [];
  let last = Date.now();
  const onFinished = (request: import('playwright-core').Request) => {
    last = Date.now();
    pending.push(
      (async () => {
        const response = await request.response();
        const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
        files.push({ path: new URL(request.url()).pathname, bytes: Math.min(gzipSync(body, { level: 9 }).length, body.length), rawBytes: body.length });
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    async settle() {
      while (Date.now() - last < 500) await page.waitForTimeout(100);
      await Promise.all(pending);
      page.off('requestfinished', onFinished);
      return files.sort((a, b) => b.bytes - a.bytes);
    },
  };
}

export const totalBytes = (files: Transfer[]) => files.reduce((n, f) => n + f.bytes, 0);

export async function measureSearch(browser: Browser, siteUrl: string): Promise<SearchMeasurement> {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(`${base}${START_PAGE}`, { waitUntil: 'load' });
    await page.waitForTimeout(200);

    // First query: open search with "/", type, wait for results and for fetching to settle.
    const transfers = recordTransfers(page);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog [data-search-input]', { state: 'visible' });
    await timedQuery(page, FIRST_QUERY);
    const files = await transfers.settle();

    const samples: number[] = [];
    for (const term of QUERIES) samples.push(await timedQuery(page, term));
    return {
      medianMs: median(samples),
      firstQueryBytes: totalBytes(files),
      samples,
      firstQueryRawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
      firstQueryFiles: files,
    };
  } finally {
    await context.close();
  }
}

/** The search pages, as a reader's first visit loads them (no ?q=): everything fetched, gzip. */
export const SEARCH_PAGES = ['nl/zoeken/', 'en/search/'] as const;

export async function measureSearchPages(browser: Browser, siteUrl: string): Promise<{ path: string; bytes: number; files: Transfer[] }[]> {
  const out = [];
  for (const path of SEARCH_PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      const transfers = recordTransfers(page);
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      const files = await transfers.settle();
      out.push({ path, bytes: totalBytes(files), files });
    } finally {
      await context.close();
    }
  }
  return out;
}

/** Serves a built dist/ at the root, measures in Debian's Chromium, and cleans up. */
export async function measureSearchOnBuild(dist: string): Promise<SearchMeasurement & { pages: { path: string; bytes: number }[] }> {
  const server = await serveStatic(dist, '/');
  const browser = await launch(chromiumPath() ?? '/usr/bin/chromium');
  try {
    const pages = await measureSearchPages(browser, `${server.origin}/`);
    return { ...(await measureSearch(browser, `${server.origin}/`)), pages };
  } finally {
    await browser.close();
    await server.close();
  }
}
