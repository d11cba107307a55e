import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentEvents } from '../support/contentPages.ts';
import { axeViolations, guardedPage, servedSite, type GuardedPage } from '../support/browser.ts';

// The timeline in Chromium, served in a folder (the harder case for links). One browser, few
// page loads: each test walks through several states of one page and runs axe in each.

const events = contentEvents();
const ids = events.map((e) => e.id);
const media = events.filter((e) => e.category === 'media').map((e) => e.id);

const WIDE = { width: 1280, height: 900 };

describe('the timeline in Chromium', () => {
  const served = servedSite(inject('dist'), inject('folder'));

  const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | SVGElement | null)?.dataset?.event ?? null);
  const current = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-tl-chart] a[aria-current="true"]')].map((a) => (a as SVGElement).dataset.event));
  const hash = (page: Page) => page.evaluate(() => window.location.hash);
  const detail = (page: Page) => page.locator('[data-tl-detail-body]').innerText();
  async function done(g: GuardedPage): Promise<void> {
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }

  it('moves between events by keyboard: one Tab stop, arrows in date order, details and hash follow', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE });
    const { page } = g;
    await page.goto(`${served.site}en/timeline/`);
    expect(await page.locator('[data-tl-chart]').isVisible()).toBe(true);
    expect(await axeViolations(page), 'default state').toEqual([]);

    // The chart is one stop in the Tab order, after the filter.
    await page.focus('input[data-tl-filter][value="company"]');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-tl-chart]'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(ids[0]);

    // Arrows walk the events in date order; each step chooses the event.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe(ids[1]);
    expect(await current(page)).toEqual([ids[1]]);
    expect(await hash(page)).toBe(`#${ids[1]}`);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(ids[2]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe(ids[0]);

    // Choosing the NOS report shows its details, from the list, without a second copy of its id.
    for (let i = 0; i < ids.indexOf('nos-report'); i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('nos-report');
    expect(await hash(page)).toBe('#nos-report');
    expect(await detail(page)).toContain('NOS reports use of Clearview in the Netherlands');
    expect(await detail(page)).toContain('28 February 2020');
    expect(await page.locator('[data-tl-detail-body] a[href$="#nos-2020"]').count()).toBe(1);
    expect(await page.locator('[id="nos-report"]').count()).toBe(1);
    expect(await page.locator('li[data-event="nos-report"]').getAttribute('class')).toContain('is-selected');
    // The chosen event stays the Tab stop.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('nos-report');
    expect(await axeViolations(page), 'event chosen').toEqual([]);

    // A click chooses too, and keeps the reader on the chart.
    await page.click('[data-tl-chart] a[data-event="ap-fine"]');
    expect(await current(page)).toEqual(['ap-fine']);
    expect(await hash(page)).toBe('#ap-fine');
    expect(await detail(page)).toContain('€30.5 million');

    // With real fonts, no label runs into another, and each stays inside its target.
    const clashes = await page.evaluate(() => {
      const rects = [...document.querySelectorAll('[data-tl-chart] a[data-event]')].map((a) => ({
        id: (a as SVGElement).dataset.event!,
        text: a.querySelector('text')!.getBoundingClientRect(),
        hit: a.querySelector('rect')!.getBoundingClientRect(),
      }));
      const out: string[] = [];
      for (const r of rects) {
        if (r.text.left < r.hit.left - 0.5 || r.text.right > r.hit.right + 0.5) out.push(`${r.id} leaves its target`);
        for (const s of rects) {
          if (s === r || s.id < r.id) continue;
          const apart = r.text.right <= s.text.left || s.text.right <= r.text.left || r.text.bottom <= s.text.top || s.text.bottom <= r.text.top;
          if (!apart) out.push(`${r.id} × ${s.id}`);
        }
      }
      return out;
    });
    expect(clashes).toEqual([]);
    await done(g);
  });

  it('filters by category: hidden in the chart and the list, skipped by the arrows, counted', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE });
    const { page } = g;
    await page.goto(`${served.site}nl/tijdlijn/#buzzfeed-client-list`);
    expect(await current(page)).toEqual(['buzzfeed-client-list']);
    await page.click('label.tl-chip[data-category="media"]');
    expect(await page.locator('input[value="media"]').isChecked()).toBe(false);
    expect(await page.locator('li[data-event]:visible').count()).toBe(ids.length - media.length);
    expect(await page.locator('[data-tl-chart] a[data-event]:visible').count()).toBe(ids.length - media.length);
    for (const id of media) expect(await page.locator(`li[data-event="${id}"]`).isVisible(), id).toBe(false);
    expect(await page.locator('[data-tl-status]').innerText()).toBe(`${ids.length - media.length} van ${ids.length} gebeurtenissen zichtbaar`);
    // The chosen event was a media event: nothing is chosen now.
    expect(await current(page)).toEqual([]);
    expect(await page.locator('[data-tl-detail-empty]').isVisible()).toBe(true);

    // The arrows step over the hidden events.
    const before = ids[ids.indexOf('nos-report') - 2]!; // client-list-breach, then two media events
    await page.click(`[data-tl-chart] a[data-event="${before}"]`);
    await page.keyboard.press('ArrowRight');
    const next = ids.slice(ids.indexOf(before) + 1).find((id) => !media.includes(id));
    expect(await focused(page)).toBe(next);
    expect(await axeViolations(page), 'filtered').toEqual([]);

    // A link to a hidden event shows its category again.
    await page.evaluate(() => { window.location.hash = 'nos-report'; });
    await page.waitForFunction(() => document.querySelector('li[data-event="nos-report"]')?.classList.contains('is-selected'));
    expect(await page.locator('input[value="media"]').isChecked()).toBe(true);
    expect(await page.locator('li[data-event]:visible').count()).toBe(ids.length);
    await done(g);
  });

  it('opens a link to #nos-report with that event chosen and in view, in dark mode too; ignores a bad hash', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE, colorScheme: 'dark' });
    const { page } = g;
    await page.goto(`${served.site}en/timeline/#nos-report`);
    await page.waitForFunction(() => {
      const h = document.getElementById('nos-report')!.getBoundingClientRect();
      return h.top >= 0 && h.bottom <= window.innerHeight;
    });
    expect(await page.locator('li[data-event="nos-report"]').getAttribute('class')).toContain('is-selected');
    expect(await current(page)).toEqual(['nos-report']);
    expect(await detail(page)).toContain('NOS reports use of Clearview in the Netherlands');
    expect(await axeViolations(page), 'dark, deep link').toEqual([]);

    // Following another link on the page to an event chooses it.
    await page.evaluate(() => { window.location.hash = 'ap-fine'; });
    await page.waitForFunction(() => document.querySelector('[data-tl-chart] a[data-event="ap-fine"]')?.getAttribute('aria-current') === 'true');
    // A hash that is not an event id changes nothing and is never written into the page.
    await page.evaluate(() => { window.location.hash = '<img src=x onerror=alert(1)>'; });
    await page.evaluate(() => { window.location.hash = 'no-such-event'; });
    await page.waitForTimeout(50);
    expect(await current(page)).toEqual(['ap-fine']);
    expect(await page.locator('main img').count()).toBe(0);
    await done(g);
  });

  it('without JavaScript has every event, date and source, chart links to the list, and a working filter', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE, siteScripts: false });
    const { page } = g;
    await page.goto(`${served.site}nl/tijdlijn/`);
    const items = page.locator('ol.tl-list > li');
    expect(await items.count()).toBe(ids.length);
    expect(await page.locator('ol.tl-list > li:visible').count()).toBe(ids.length);
    const seen = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.querySelector('h2')?.id,
        datetime: li.querySelector('time')?.getAttribute('datetime'),
        date: li.querySelector('time')?.textContent,
        sources: li.querySelectorAll('.tl-sources a[href*="/bronnen/#"]').length,
      })),
    );
    expect(seen.map((s) => s.id)).toEqual(ids);
    for (const s of seen) {
      const e = events.find((x) => x.id === s.id)!;
      expect(s.datetime, e.id).toBe(e.date);
      expect(s.date, e.id).toMatch(/^(\d{1,2} )?[a-z]+ \d{4}$/);
      expect(s.sources, e.id).toBe(e.sources.length);
    }
    expect(seen.find((s) => s.id === 'nos-report')!.date).toBe('28 februari 2020');
    expect(await page.locator('[data-tl-detail]').isVisible()).toBe(false);
    expect(await axeViolations(page), 'no JS, light').toEqual([]);

    // The chart's events are plain links to the list.
    await page.click('[data-tl-chart] a[data-event="grapperhaus-answers"]');
    await page.waitForURL(/#grapperhaus-answers$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('grapperhaus-answers');

    // The filter works through CSS alone.
    await page.click('label.tl-chip[data-category="media"]');
    expect(await page.locator('ol.tl-list > li:visible').count()).toBe(ids.length - media.length);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'no JS, dark, filtered').toEqual([]);
    await done(g);
  });

  it('on a phone shows the list as the timeline, without the chart', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const { page } = g;
    await page.goto(`${served.site}en/timeline/#ap-fine`);
    expect(await page.locator('[data-tl-chart]').isVisible()).toBe(false);
    expect(await page.locator('ol.tl-list > li:visible').count()).toBe(ids.length);
    await page.waitForFunction(() => {
      const h = document.getElementById('ap-fine')!.getBoundingClientRect();
      return h.top >= 0 && h.bottom <= window.innerHeight;
    });
    expect(await page.locator('li[data-event="ap-fine"]').getAttribute('class')).toContain('is-selected');
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page), 'phone, dark').toEqual([]);
    await done(g);
  });
});
