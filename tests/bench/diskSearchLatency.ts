// Search from disk (issue 25), measured in Chromium on the archive of `npm run package`, unpacked
// and opened from file:// (no flags):
// - first query: from pressing "/" on a content page to the first results shown, the query typed
//   the moment the field is there: the dialog, the engine and one language's index all load from
//   disk on the way (target <= 1 s);
// - later queries: ms from the last keystroke to results shown, median and slowest of 20 queries
//   (target <= 100 ms).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { runScript } from '../support/build.ts';
import { chromiumPath } from '../support/chromium.ts';
import { FIRST_QUERY, median, QUERIES, START_PAGE, timedQuery } from './searchLatency.ts';

export interface DiskSearchMeasurement {
  /** From pressing "/" to the first query's results. */
  firstMs: number;
  medianMs: number;
  maxMs: number;
  samples: number[];
  /** The archive's size in bytes. */
  zipBytes: number;
}

export async function measureDiskSearch(browser: Browser, site: string): Promise<Omit<DiskSearchMeasurement, 'zipBytes'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(join(site, START_PAGE, 'index.html')).href, { waitUntil: 'load' });
    // All in the page, so the browser's remote control adds no time: "/" is pressed, and the query
    // is put in the field the moment the field is there; the clock stops when its results show.
    const firstMs = await page.evaluate(
      (term) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          let typed = false;
          const observer = new MutationObserver(() => {
            const input = document.querySelector<HTMLInputElement>('dialog[open] [data-search-input]');
            if (input && !typed) {
              typed = true;
              // In the next task: the field is wired once the microtasks that put it there are done.
              setTimeout(() => {
                input.value = term;
                input.dispatchEvent(new Event('input', { bubbles: true }));
              });
            }
            const status = document.querySelector('dialog [data-search-status]')?.textContent ?? '';
            if (status.includes(term) && document.querySelector('dialog .search-result-title')) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
        }),
      FIRST_QUERY,
    );
    const samples: number[] = [];
    for (const term of QUERIES) samples.push(await timedQuery(page, term));
    return { firstMs, medianMs: median(samples), maxMs: Math.max(...samples), samples };
  } finally {
    await context.close();
  }
}

/** Makes the archive (`npm run package`), unpacks it, measures in Debian's Chromium and cleans up. */
export async function measureDiskSearchOnPackage(): Promise<DiskSearchMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'clearview-bench-disk-'));
  try {
    const zip = join(dir, 'clearview-ai.zip');
    const packaged = await runScript('package', [zip], { BASE_PATH: '', SITE_URL: '' });
    if (packaged.status !== 0) throw new Error(`npm run package failed:\n${packaged.output}`);
    for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const browser = await launch(chromiumPath() ?? '/usr/bin/chromium');
    try {
      return { ...(await measureDiskSearch(browser, join(dir, 'clearview-ai', 'site'))), zipBytes: statSync(zip).size };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
