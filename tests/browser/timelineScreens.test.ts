import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentEvents } from '../support/contentPages.ts';
import { axeViolations, closeClean, guardedPage, servedSite } from '../support/browser.ts';

// Issue 23 in Chromium: the chart on the first screen of a phone, months, details in place, a
// filter without holes, the overview on a desktop screen, the embed view in another site's frame.
// One page load per test, a few seconds each.

const events = contentEvents();
const ids = events.map((e) => e.id);
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 700, height: 900 };
const WIDE = { width: 1280, height: 800 };
const mark = (id: string) => `[data-tl-chart] a[href="#${id}"]`;

describe('the timeline, chart first', () => {
  const served = servedSite(inject('dist'), inject('folder'));
  const open = async (viewport: { width: number; height: number }, path: string, colorScheme: 'light' | 'dark' = 'light') => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport, colorScheme });
    await g.page.goto(`${served.site}${path}`);
    await g.page.waitForFunction(() => document.querySelector('[data-timeline]')?.classList.contains('tl-enhanced'));
    return g;
  };
  const rect = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect, selector);
  /** The visible events' boxes, top to bottom, and the largest gap between two in a row. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      // Relative to the chart, so that what happens above it (the count appearing) does not count.
      const top = document.querySelector('[data-tl-chart]')!.getBoundingClientRect().top;
      const at = (r: DOMRect) => ({ top: Math.round(r.top - top), bottom: Math.round(r.bottom - top), left: Math.round(r.left), right: Math.round(r.right) });
      const boxes = [...document.querySelectorAll('[data-tl-chart] a')].filter((a) => getComputedStyle(a).display !== 'none').map((a) => at(a.getBoundingClientRect()));
      let gap = 0;
      for (let i = 1; i < boxes.length; i++) gap = Math.max(gap, boxes[i]!.top - boxes[i - 1]!.bottom);
      const labels = [...document.querySelectorAll('.tl-tick:not(.tl-off) text')].map((t) => ({ text: t.textContent!, box: at(t.getBoundingClientRect()) }));
      return { count: boxes.length, gap, labels, height: document.querySelector('[data-tl-chart]')!.getBoundingClientRect().height };
    });

  it.each([
    ['nl/tijdlijn/', ['jan', 'feb', 'mrt']],
    ['en/timeline/', ['Jan', 'Feb', 'Mar']],
  ])('%s at 390×844: the chart starts on the first screen, months named in 2020', async (path, months) => {
    const g = await open(PHONE, path);
    const chart = await rect(g.page, '[data-tl-chart]');
    expect(chart.top).toBeGreaterThan(0);
    expect(chart.top).toBeLessThanOrEqual(640);
    // The column key sits right above it, and the first events are on the same screen.
    expect((await rect(g.page, '.tl-key')).bottom).toBeLessThanOrEqual(chart.top + 1);
    expect((await rect(g.page, mark(ids[0]!))).bottom).toBeLessThan(PHONE.height);
    const named = (await layout(g.page)).labels.map((l) => l.text);
    for (const m of months) expect(named, m).toContain(m);
    expect(await g.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await closeClean(g);
  });

  it('a filter closes the gaps: hidden events give up their rows, the axis follows, the count says how many', async () => {
    const g = await open(PHONE, 'en/timeline/');
    const { page } = g;
    const before = await layout(page);
    expect(before.count).toBe(ids.length);
    await page.click('details.tl-tools > summary');
    await page.click('label.tl-chip[data-category="media"]');
    await page.click('label.tl-chip[data-category="company"]');
    const hidden = events.filter((e) => ['media', 'company'].includes(e.category)).length;
    expect(await page.locator('[data-tl-status]').innerText()).toBe(`${ids.length - hidden} of ${ids.length} events shown`);
    // The chart is stacked again by a module loaded at the first filter change: on a busy machine
    // it arrives after the click returns, so wait for the chart to shrink before measuring.
    await expect.poll(async () => (await layout(page)).height).toBeLessThan(before.height - 200);
    const after = await layout(page);
    expect(after.count).toBe(ids.length - hidden);
    // No hole: no gap between two events shown is larger than the largest one before.
    expect(after.gap).toBeLessThanOrEqual(before.gap + 1);
    // The axis labels shown never touch one another.
    for (let i = 0; i < after.labels.length; i++) {
      for (let j = i + 1; j < after.labels.length; j++) {
        const [a, b] = [after.labels[i]!.box, after.labels[j]!.box];
        expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left, `${after.labels[i]!.text} × ${after.labels[j]!.text}`).toBe(true);
      }
    }
    // And everything comes back as it was.
    await page.click('label.tl-chip[data-category="media"]');
    await page.click('label.tl-chip[data-category="company"]');
    await expect.poll(() => layout(page)).toEqual(before);
    await closeClean(g);
  });

  it('by keyboard at 700 px: the chosen event stays in view above its details, Escape closes them, back too', async () => {
    const g = await open(TABLET, 'en/timeline/');
    const { page } = g;
    await page.focus('details.tl-about > summary');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowDown');
      const id = ids[i + 1]!;
      // (The page may glide there: wait for it to settle.)
      await expect
        .poll(async () => {
          const [ev, sheet] = [await rect(page, mark(id)), await rect(page, '[data-tl-detail]')];
          return ev.top >= 0 && ev.bottom <= sheet.top + 1;
        }, { message: id })
        .toBe(true);
    }
    expect(await page.locator('[data-tl-detail]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-tl-detail]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${ids[14]}`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // Choosing again, then back to the address without an event, closes them too.
    await page.goto(`${served.site}en/timeline/`);
    await page.click(mark('nos-report'));
    expect(await page.locator('[data-tl-detail]').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => !location.hash);
    await expect.poll(() => page.locator('[data-tl-detail]').isVisible()).toBe(false);
    await closeClean(g);
  });

  it('at 1280×800 the overview shows every event on the first screen, a row per group, and links to the chart', async () => {
    const g = await open(WIDE, 'en/timeline/', 'dark');
    const { page } = g;
    const ov = await rect(page, '[data-tl-ov]');
    expect(ov.top).toBeGreaterThan(0);
    expect(ov.top).toBeLessThan(WIDE.height - 200);
    expect(ov.height).toBeGreaterThan(200);
    expect(ov.height).toBeLessThanOrEqual(600);
    expect(await page.locator('[data-tl-ov] a').count()).toBe(ids.length);
    // Each marker inside the overview, left to right in date order, in its group's row.
    const markers = await page.evaluate(() =>
      [...document.querySelectorAll('[data-tl-ov] a')].map((a) => {
        const r = a.getBoundingClientRect();
        return { id: a.getAttribute('href')!.slice(1), x: r.left + r.width / 2, y: r.top + r.height / 2, row: a.closest('[data-category]')!.getAttribute('data-category') };
      }),
    );
    const byDate = ids.map((id) => markers.find((m) => m.id === id)!);
    for (let i = 1; i < byDate.length; i++) expect(byDate[i]!.x, byDate[i]!.id).toBeGreaterThanOrEqual(byDate[i - 1]!.x);
    for (const m of markers) {
      expect(m.row, m.id).toBe(events.find((e) => e.id === m.id)!.category);
      expect(m.x > ov.left + 150 && m.x < ov.right && m.y > ov.top && m.y < ov.bottom, m.id).toBe(true);
    }
    // The row names (the column key) are drawn in the overview.
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-tl-ov] text')].map((t) => t.textContent))).toEqual(expect.arrayContaining(['Media', 'Parliament', 'Regulators', '2020', '2025']));
    // A marker chooses its event in the chart below and brings it into view.
    await page.click('[data-tl-ov] a[href="#ap-fine"]');
    expect(await page.evaluate(() => location.hash)).toBe('#ap-fine');
    expect(await page.locator(mark('ap-fine')).getAttribute('aria-current')).toBe('true');
    await expect.poll(async () => { const r = await rect(page, mark('ap-fine')); return r.top >= 0 && r.bottom <= WIDE.height; }).toBe(true);
    expect(await page.locator('[data-tl-detail-body]').innerText()).toContain('Dutch regulator fines Clearview');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE.width);
    expect(await axeViolations(page), 'overview').toEqual([]);
    await closeClean(g);
  });

  it('the overview is for wide screens only', async () => {
    const g = await open(PHONE, 'nl/tijdlijn/', 'dark');
    expect(await g.page.locator('[data-tl-ov]').isVisible()).toBe(false);
    await closeClean(g);
  });

  it('the embed view works inside another site’s frame: chart, details, links out in a new tab', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 800, height: 700 } });
    const { page } = g;
    // A page of "another site" (about:blank here) that frames the view.
    await page.setContent(`<iframe src="${served.site}nl/tijdlijn/embed/" title="Tijdlijn" width="760" height="640"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-timeline].tl-enhanced').waitFor();
    await frame.locator(mark('nos-report')).click();
    expect(await frame.locator('[data-tl-detail-body]').innerText()).toContain('NOS');
    const full = frame.locator('.tl-embed-head a');
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await frame.locator('.tl-list a[href^="#"]').count()).toBe(0);
    expect(await frame.locator('.tl-list a:not([target="_blank"])').count()).toBe(0);
    await closeClean(g);
  });
});
