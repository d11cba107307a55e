// Lighthouse, as the issues ask: mobile (its default: a mid-range phone on a throttled network),
// performance, accessibility and best practices, on the pages the issues name. The built site is
// served from a local server that compresses text, as hosts do. Needs Chromium (Debian's package,
// or CHROME_PATH); says so and measures nothing without it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from '../support/chromium.ts';
import { serveStatic } from '../support/server.ts';

export const LIGHTHOUSE_PAGES = ['nl/', 'nl/kamervragen-2020/', 'nl/tijdlijn/', 'nl/zoeken/', 'en/', 'en/questions-2020/', 'en/timeline/', 'en/search/'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The search pages are noindex on purpose: SEO is not scored there. */
export const scored = (path: string, category: Category): boolean => category !== 'seo' || !/\/(zoeken|search)\/$/.test(path);
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  /** Audits below full marks that count towards a score, for the report. */
  misses: string[];
}

export async function measureLighthouse(dist: string, pages = LIGHTHOUSE_PAGES): Promise<LighthouseResult[] | string> {
  const chromePath = chromiumPath();
  if (!chromePath) return 'Chromium not found (install Debian\'s chromium package or set CHROME_PATH)';
  const server = await serveStatic(dist, '/', { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of pages) {
      const run = await lighthouse(`${server.origin}/${path}`, { port: chrome.port, onlyCategories: [...CATEGORIES], logLevel: 'error', output: 'json' });
      if (!run) throw new Error(`Lighthouse returned nothing for /${path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const counted = new Set(CATEGORIES.filter((c) => scored(path, c)).flatMap((c) => (categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
      const misses = Object.values(audits)
        .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      results.push({ path, scores, misses });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
