import { describe, expect, inject, it } from 'vitest';
import { guardedPage, servedSite } from '../support/browser.ts';

// No layout shift (Lighthouse's CLS, which cost the search pages their Performance score): the
// page is loaded with its scripts and stylesheets arriving late, as on a slow phone, so that the
// first paint happens before the scripts change anything, and every shift is summed.
const dist = inject('dist');
const PAGES = ['nl/zoeken/', 'en/search/', 'nl/', 'en/questions-2020/'];

describe('no layout shift while a page loads', () => {
  const served = servedSite(dist, '/');
  it.each(PAGES.flatMap((path) => [320, 1280].map((width) => [path, width] as const)))('/%s at %i px', async (path, width) => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width, height: 800 } });
    // Scripts and lazy stylesheets come 300 ms late; the page's own HTML and first stylesheet do not.
    await g.context.route(/\.(m?js)(\?.*)?$|search.*\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await g.page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
          if (!e.hadRecentInput) w.shifts.push({ value: e.value, nodes: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? String(s.node?.nodeName)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await g.page.goto(`${served.site}${path}`, { waitUntil: 'load' });
    // The search page has swapped in its form once the input exists; other pages once loaded.
    if (/zoeken|search/.test(path)) await g.page.locator('[data-search-input]').waitFor();
    // Two frames after the last change, so a shift it caused has been reported.
    await g.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await g.page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
    expect(shifts).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});
