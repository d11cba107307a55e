import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentEvents } from '../support/contentPages.ts';
import { axeViolations, closeClean, guardedPage, servedSite } from '../support/browser.ts';

// The timeline in Chromium, served in a folder (the harder case for links). One browser, few
// page loads: each test walks through several states of one page and runs axe in some of them.

const events = contentEvents();
const ids = events.map((e) => e.id);
const media = events.filter((e) => e.category === 'media').map((e) => e.id);

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const mark = (id: string) => `[data-tl-chart] a[href="#${id}"]`;

describe('the timeline in Chromium', () => {
  const served = servedSite(inject('dist'), inject('folder'));

  const focused = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-tl-chart] a')?.getAttribute('href')?.slice(1) ?? null);
  const current = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-tl-chart] a[aria-current="true"]')].map((a) => a.getAttribute('href')!.slice(1)));
  const hash = (page: Page) => page.evaluate(() => window.location.hash);
  const detail = (page: Page) => page.locator('[data-tl-detail-body]').innerText();
  /** True when the element's box is wholly inside the viewport. */
  const inView = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.height > 0;
    }, selector);
  it.each([
    [320, 'light'],
    [390, 'dark'],
    [768, 'light'],
    [1280, 'dark'],
  ] as const)('at %i px (%s): the chart is shown, nothing scrolls sideways, no label is cut or overlaps another', async (width, colorScheme) => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width, height: 800 }, colorScheme });
    const { page } = g;
    await page.goto(`${served.site}${width < 700 ? 'nl/tijdlijn/' : 'en/timeline/'}`);
    expect(await page.locator('[data-tl-chart]').isVisible()).toBe(true);
    expect(await page.locator(`[data-tl-chart] a`).count()).toBe(ids.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const problems = await page.evaluate(() => {
      const svg = document.querySelector('[data-tl-chart]')!.getBoundingClientRect();
      const out: string[] = [];
      for (const t of document.querySelectorAll('[data-tl-chart] text')) {
        if (/…\s*$/.test(t.textContent ?? '')) out.push(`ellipsis: ${t.textContent}`);
      }
      const rects = [...document.querySelectorAll('[data-tl-chart] a')].map((a) => ({
        id: a.getAttribute('href')!,
        text: a.querySelector('text')!.getBoundingClientRect(),
        hit: a.querySelector('rect')!.getBoundingClientRect(),
      }));
      for (const r of rects) {
        if (r.text.left < svg.left - 0.5 || r.text.right > svg.right + 0.5) out.push(`${r.id} leaves the chart`);
        if (r.text.left < r.hit.left - 0.5 || r.text.right > r.hit.right + 0.5 || r.text.top < r.hit.top - 0.5 || r.text.bottom > r.hit.bottom + 0.5) out.push(`${r.id} leaves its target`);
        if (r.hit.height < 24 - 0.5) out.push(`${r.id}: target under 24 px`);
      }
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i]!, rects[j]!];
          for (const k of ['text', 'hit'] as const) {
            const apart = a[k].right <= b[k].left || b[k].right <= a[k].left || a[k].bottom <= b[k].top || b[k].bottom <= a[k].top;
            if (!apart) out.push(`${k}: ${a.id} × ${b.id}`);
          }
        }
      }
      return out;
    });
    expect(problems).toEqual([]);
    expect(await axeViolations(page), `${width} ${colorScheme}`).toEqual([]);
    await closeClean(g);
  });

  it('walks every event by keyboard in date order: one Tab stop, arrows, Home and End; details and hash follow', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE });
    const { page } = g;
    await page.goto(`${served.site}en/timeline/`);

    // The chart is one stop in the Tab order, after the two disclosures above it (the overview's
    // markers are no Tab stops: the chart and list give the keyboard the same).
    await page.focus('details.tl-about > summary');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-tl-chart]'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(ids[0]);

    // Every event, in date order (the month-only March 2020 answer after 26 March).
    const seen = [await focused(page)];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
      seen.push(await focused(page));
    }
    expect(seen).toEqual(ids);
    expect(await current(page)).toEqual([ids.at(-1)]);
    expect(await hash(page)).toBe(`#${ids.at(-1)}`);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(ids.at(-1));

    // Choosing the NOS report shows its details beside the chart, from the list, without a second id.
    await page.keyboard.press('Home');
    for (let i = 0; i < ids.indexOf('nos-report'); i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('nos-report');
    expect(await hash(page)).toBe('#nos-report');
    expect(await detail(page)).toContain('NOS reports use of Clearview in the Netherlands');
    expect(await detail(page)).toContain('28 February 2020');
    expect(await detail(page)).toContain('Turning point: The news reaches the Netherlands');
    expect(await page.locator('[data-tl-detail-body] a[href$="#nos-2020"]').count()).toBe(1);
    expect(await page.locator('[id="nos-report"]').count()).toBe(1);
    expect(await page.locator('li[data-event="nos-report"]').getAttribute('class')).toContain('is-selected');
    await expect.poll(() => inView(page, '[data-tl-detail]')).toBe(true);
    // The chosen event stays the Tab stop.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('nos-report');
    expect(await axeViolations(page), 'event chosen').toEqual([]);
    await closeClean(g);
  });

  it('on a phone: a tap shows the details in a sheet without moving the page; previous and next step through events; back and forward follow', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: PHONE });
    const { page } = g;
    await page.goto(`${served.site}en/timeline/`);
    await page.locator(mark('buzzfeed-client-list')).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await page.click(mark('buzzfeed-client-list'));
    expect(await hash(page)).toBe('#buzzfeed-client-list');
    expect(await detail(page)).toContain('BuzzFeed News publishes the leaked client list');
    // The sheet is on screen, the event above it, and the page moved less than one screen. (The
    // page may still be scrolling smoothly to keep the event above the sheet: wait for it.)
    const measure = () => page.evaluate(() => ({
      sheet: document.querySelector('[data-tl-detail]')!.getBoundingClientRect().toJSON() as DOMRect,
      event: document.querySelector('[data-tl-chart] a[href="#buzzfeed-client-list"]')!.getBoundingClientRect().toJSON() as DOMRect,
      y: window.scrollY,
    }));
    await expect.poll(async () => { const m = await measure(); return m.event.bottom <= m.sheet.top; }).toBe(true);
    const where = await measure();
    expect(where.sheet.bottom).toBeLessThanOrEqual(PHONE.height + 1);
    expect(where.sheet.top).toBeGreaterThan(PHONE.height / 3);
    expect(where.event.top).toBeGreaterThanOrEqual(0);
    expect(where.event.bottom).toBeLessThanOrEqual(where.sheet.top);
    expect(Math.abs(where.y - before)).toBeLessThan(PHONE.height);
    expect(await focused(page)).toBe('buzzfeed-client-list');

    const next = page.locator('[data-tl-step="1"]');
    const prev = page.locator('[data-tl-step="-1"]');
    await next.click();
    expect(await current(page)).toEqual(['nos-report']);
    expect(await hash(page)).toBe('#nos-report');
    await next.click();
    expect(await current(page)).toEqual([ids[ids.indexOf('nos-report') + 1]]);
    await prev.click();
    expect(await current(page)).toEqual(['nos-report']);
    expect(await detail(page)).toContain('NOS reports');

    // Each choice is a history entry.
    await page.goBack();
    await page.waitForFunction((id) => document.querySelector(`[data-tl-chart] a[href="#${id}"]`)?.getAttribute('aria-current') === 'true', ids[ids.indexOf('nos-report') + 1]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-tl-chart] a[href="#nos-report"]')?.getAttribute('aria-current') === 'true');
    await page.goForward();
    await page.waitForFunction((id) => document.querySelector(`[data-tl-chart] a[href="#${id}"]`)?.getAttribute('aria-current') === 'true', ids[ids.indexOf('nos-report') + 1]);

    // At either end the button that leads nowhere is off.
    await page.click(mark(ids[0]!));
    expect(await prev.isDisabled()).toBe(true);
    expect(await next.isDisabled()).toBe(false);
    expect(await axeViolations(page), 'phone, chosen').toEqual([]);
    await closeClean(g);
  });

  it('filters by category: hidden in the chart and the list, skipped by the arrows and buttons, counted', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: WIDE });
    const { page } = g;
    await page.goto(`${served.site}nl/tijdlijn/#buzzfeed-client-list`);
    expect(await current(page)).toEqual(['buzzfeed-client-list']);
    await page.click('details.tl-tools > summary');
    await page.click('label.tl-chip[data-category="media"]');
    expect(await page.locator('input[value="media"]').isChecked()).toBe(false);
    expect(await page.locator('li[data-event]:visible').count()).toBe(ids.length - media.length);
    expect(await page.locator('[data-tl-chart] a:visible').count()).toBe(ids.length - media.length);
    for (const id of media) expect(await page.locator(`li[data-event="${id}"]`).isVisible(), id).toBe(false);
    expect(await page.locator('[data-tl-status]').innerText()).toBe(`${ids.length - media.length} van ${ids.length} gebeurtenissen zichtbaar`);
    // The chosen event was a media event: nothing is chosen now.
    expect(await current(page)).toEqual([]);
    expect(await page.locator('[data-tl-detail-empty]').isVisible()).toBe(true);

    // The arrows step over the hidden events.
    const before = 'client-list-breach'; // then two media events
    await page.click(mark(before));
    await page.keyboard.press('ArrowDown');
    const next = ids.slice(ids.indexOf(before) + 1).find((id) => !media.includes(id));
    expect(await focused(page)).toBe(next);
    await page.click('[data-tl-step="-1"]');
    expect(await current(page)).toEqual([before]);
    expect(await axeViolations(page), 'filtered').toEqual([]);

    // A link to a hidden event shows its category again.
    await page.evaluate(() => { window.location.hash = 'nos-report'; });
    await page.waitForFunction(() => document.querySelector('li[data-event="nos-report"]')?.classList.contains('is-selected'));
    expect(await page.locator('input[value="media"]').isChecked()).toBe(true);
    expect(await page.locator('li[data-event]:visible').count()).toBe(ids.length);
    await closeClean(g);
  });

  it('opens a link to #nos-report with that event chosen and in view, keeps it after a language switch, and ignores a bad hash', async () => {
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

    // Following another link on the page to an event chooses it.
    await page.evaluate(() => { window.location.hash = 'ap-fine'; });
    await page.waitForFunction(() => document.querySelector('[data-tl-chart] a[href="#ap-fine"]')?.getAttribute('aria-current') === 'true');
    // A hash that is not an event id changes nothing and is never written into the page.
    await page.evaluate(() => { window.location.hash = '<img src=x onerror=alert(1)>'; });
    await page.evaluate(() => { window.location.hash = 'no-such-event'; });
    await page.waitForTimeout(50);
    expect(await current(page)).toEqual(['ap-fine']);
    expect(await page.locator('main img').count()).toBe(0);

    // The language switch keeps the event: the Dutch page opens with it chosen and in view.
    await page.evaluate(() => { window.location.hash = 'uk-ftt-ruling'; });
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/nl\/tijdlijn\/#uk-ftt-ruling$/);
    await page.waitForFunction(() => document.querySelector('[data-tl-chart] a[href="#uk-ftt-ruling"]')?.getAttribute('aria-current') === 'true');
    await page.waitForFunction(() => {
      const h = document.getElementById('uk-ftt-ruling')!.getBoundingClientRect();
      return h.top >= 0 && h.bottom <= window.innerHeight;
    });
    expect(await detail(page)).toContain('Britse rechter: de ICO mocht niet optreden');
    expect(await axeViolations(page), 'dark, deep link').toEqual([]);
    await closeClean(g);
  });

  it('respects reduced motion: no smooth scrolling and no transitions', async () => {
    const behaviours = async (reducedMotion: 'reduce' | 'no-preference') => {
      const g = await guardedPage(served.browser, served.server.origin, { viewport: PHONE, reducedMotion });
      await g.page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
        const original = Element.prototype.scrollIntoView;
        Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
          seen.push(typeof arg === 'object' ? (arg.behavior ?? 'auto') : 'auto');
          return original.call(this, arg);
        };
      });
      await g.page.goto(`${served.site}en/timeline/#ap-fine`);
      await g.page.waitForFunction(() => document.querySelector('li[data-event="ap-fine"]')?.classList.contains('is-selected'));
      await g.page.click('[data-tl-step="1"]');
      const seen = await g.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      const transition = await g.page.evaluate(() => getComputedStyle(document.querySelector('.tl-hit')!).transitionDuration);
      await closeClean(g);
      return { seen, transition };
    };
    const reduced = await behaviours('reduce');
    expect(reduced.seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reduced.seen)).toEqual(new Set(['auto']));
    expect(parseFloat(reduced.transition)).toBeLessThan(0.01);
    const full = await behaviours('no-preference');
    expect(new Set(full.seen)).toEqual(new Set(['smooth']));
    expect(parseFloat(full.transition)).toBeGreaterThanOrEqual(0.1);
  });

  it('without JavaScript has every event, date and source, in open year groups, chart links to the list, and a working filter', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: PHONE, siteScripts: false });
    const { page } = g;
    await page.goto(`${served.site}nl/tijdlijn/`);
    expect(await page.locator('[data-tl-chart]').isVisible()).toBe(true);
    const items = page.locator('.tl-list li[data-event]');
    expect(await items.count()).toBe(ids.length);
    expect(await page.locator('.tl-list li[data-event]:visible').count()).toBe(ids.length);
    expect(await page.locator('details.tl-group:not([open])').count()).toBe(0);
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
    expect(seen.find((s) => s.id === 'dekker-answers-verhoeven')!.date).toBe('maart 2020');
    expect(await page.locator('[data-tl-detail]').isVisible()).toBe(false);
    expect(await axeViolations(page), 'no JS, light').toEqual([]);

    // A year folds away and opens again, with nothing lost.
    await page.click('details.tl-group summary >> text=2020');
    expect(await page.locator('li[data-event="nos-report"]').isVisible()).toBe(false);
    await page.click('details.tl-group summary >> text=2020');
    expect(await page.locator('li[data-event="nos-report"]').isVisible()).toBe(true);

    // The chart's events are plain links to the list.
    await page.click(mark('grapperhaus-answers'));
    await page.waitForURL(/#grapperhaus-answers$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('grapperhaus-answers');

    // The filter works through CSS alone.
    await page.click('details.tl-tools > summary');
    await page.click('label.tl-chip[data-category="media"]');
    expect(await page.locator('.tl-list li[data-event]:visible').count()).toBe(ids.length - media.length);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'no JS, dark, filtered').toEqual([]);
    await closeClean(g);
  });
});
