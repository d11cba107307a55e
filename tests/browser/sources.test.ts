import { describe, expect, inject, it } from 'vitest';
import { axeViolations, closeClean, guardedPage, type GuardedPage, servedSite } from '../support/browser.ts';

// Issue 22 item 3: the sources page is a reference a reader can scan. Its group filter works
// without JavaScript (links to the groups; CSS :target shows only the chosen group), a deep link
// to one source shows the whole list, and the page stays short on a phone.
const dist = inject('dist');
const PAGES = { nl: 'nl/bronnen/', en: 'en/sources/' } as const;
const GROUPS = ['official-record', 'regulators-courts', 'news-other'];
/** Issue 22: at 390 px the sources page was 32,813 px tall; at most 24,600 px (25 % shorter). */
const MAX_HEIGHT_390 = 24_600;

const visibleGroups = (g: GuardedPage) =>
  g.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.source-group')].filter((s) => s.offsetHeight > 0).map((s) => s.querySelector('h2')!.id));

describe('the sources page in Chromium', () => {
  const served = servedSite(dist, inject('folder'));

  it.each(Object.entries(PAGES))('%s: at 390 px it stays within its height budget, with and without JavaScript', async (_lang, path) => {
    for (const siteScripts of [true, false]) {
      const g = await guardedPage(served.browser, served.server.origin, { siteScripts, viewport: { width: 390, height: 844 } });
      await g.page.goto(`${served.site}${path}`);
      const height = await g.page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${path} (JS ${siteScripts ? 'on' : 'off'})`).toBeLessThanOrEqual(MAX_HEIGHT_390);
      // And nothing was dropped to get there: all three groups and every entry are on the page.
      expect(await visibleGroups(g)).toEqual(GROUPS);
      expect(await g.page.locator('.source h3[id]').count()).toBeGreaterThanOrEqual(35);
      await closeClean(g);
    }
  });

  it('without JavaScript a group link shows only that group, "all sources" shows every group again', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: false, viewport: { width: 390, height: 844 } });
    const { page } = g;
    await page.goto(`${served.site}${PAGES.nl}`);
    await page.locator('.source-filter a[href="#regulators-courts"]').click();
    await expect.poll(() => visibleGroups(g)).toEqual(['regulators-courts']);
    expect(await page.locator('#regulators-courts').isVisible()).toBe(true);
    await page.locator('.source-filter a[href="#news-other"]').click();
    await expect.poll(() => visibleGroups(g)).toEqual(['news-other']);
    await page.locator('.source-filter a[href="#all-sources"]').click();
    await expect.poll(() => visibleGroups(g)).toEqual(GROUPS);
    await closeClean(g);
  });

  it('a teacher\'s deep link to one source (#ah-2669) shows that entry and the whole list', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: false, viewport: { width: 390, height: 844 } });
    await g.page.goto(`${served.site}${PAGES.nl}#ah-2669`);
    expect(await visibleGroups(g)).toEqual(GROUPS);
    expect(await g.page.locator('#ah-2669').isVisible()).toBe(true);
    // The page scrolled to the entry: its heading is in the viewport.
    // (Polled: on a busy machine the browser scrolls to the fragment once layout has settled.)
    await expect.poll(() => g.page.evaluate(() => { const r = document.getElementById('ah-2669')!.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await closeClean(g);
  });

  it.each(['light', 'dark'] as const)('a filtered list has no axe violations and no sideways scroll at 320 px (%s)', async (colorScheme) => {
    const g = await guardedPage(served.browser, served.server.origin, { colorScheme, viewport: { width: 320, height: 700 } });
    await g.page.goto(`${served.site}${PAGES.en}#official-record`);
    expect(await visibleGroups(g)).toEqual(['official-record']);
    expect(await g.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(g.page), colorScheme).toEqual([]);
    await closeClean(g);
  });
});
