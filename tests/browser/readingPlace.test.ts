import { describe, expect, inject, it } from 'vitest';
import { axeViolations, guardedPage, servedSite, type GuardedPage } from '../support/browser.ts';

// Issue 22: on a wide screen the language switch stays in reach while the reader reads (the
// masthead stays at the top, the switch in its corner), so it carries the section being read to
// the other language without a '#'; a linked heading is not hidden under what stays; and the
// source notes are side notes beside their section from 64rem (1024 px).
describe('reading on a wide screen', () => {
  const served = servedSite(inject('dist'), inject('folder'));

  /** Opens a page without a '#' and scrolls so that section `id` is the one being read. */
  async function readingAt(g: GuardedPage, path: string, id: string): Promise<void> {
    await g.page.goto(`${served.site}${path}`);
    await g.page.evaluate((i) => window.scrollTo({ top: document.getElementById(i)!.getBoundingClientRect().top + window.scrollY - 150, behavior: 'instant' }), id);
  }

  /** True when the point's topmost element is the language switch (nothing covers it). */
  const switchOnTop = (g: GuardedPage) =>
    g.page.evaluate(() => {
      const r = document.querySelector('a[data-lang-switch]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && !!document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('a[data-lang-switch]');
    });

  it('at 1280×800 the switch is in reach mid-page and opens the Dutch page at the section being read', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1280, height: 800 } });
    await readingAt(g, 'en/answers-2021/', 'catch');
    const scrolled = await g.page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    // On screen and uncovered where the reader is: no need to scroll back up to the masthead.
    expect(await switchOnTop(g)).toBe(true);
    // A click as a reader's (Playwright would first scroll it into view if it were not).
    await g.page.locator('a[data-lang-switch]').click();
    await g.page.waitForURL(/\/nl\/antwoorden-2021\//);
    expect(new URL(g.page.url()).hash).toBe('#catch');
    expect(await g.page.getAttribute('html', 'lang')).toBe('nl');
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('by keyboard too: the switch takes focus mid-page without moving it, shows its focus, and Enter keeps the section', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1280, height: 800 } });
    await readingAt(g, 'nl/kamervragen-2020/', 'q4');
    const before = await g.page.evaluate(() => window.scrollY);
    const link = g.page.locator('a[data-lang-switch]');
    await link.focus();
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await g.page.evaluate(() => window.scrollY)).toBe(before);
    expect(await switchOnTop(g)).toBe(true);
    // A visible focus ring.
    expect(await link.evaluate((a) => { const s = getComputedStyle(a); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; })).toBe(true);
    await g.page.keyboard.press('Enter');
    await g.page.waitForURL(/\/en\/questions-2020\//);
    expect(new URL(g.page.url()).hash).toBe('#q4');
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('by keyboard from the text: tabbing back to the switch scrolls the page up through the menu, and Enter still keeps the section', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1280, height: 800 } });
    await readingAt(g, 'en/answers-2021/', 'catch');
    // Focus on a link in the section being read, as a keyboard reader's would be.
    await g.page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLElement>('main a[href]')].filter((a) => { const r = a.getBoundingClientRect(); return r.top > 150 && r.bottom < window.innerHeight; });
      links[0]!.focus();
    });
    const scrolled = await g.page.evaluate(() => window.scrollY);
    for (let i = 0; i < 80 && !(await g.page.evaluate(() => !!document.activeElement?.matches('a[data-lang-switch]'))); i++) await g.page.keyboard.press('Shift+Tab');
    expect(await g.page.evaluate(() => !!document.activeElement?.matches('a[data-lang-switch]'))).toBe(true);
    // The menu's row scrolled into view on the way (the page went up): the check can fail.
    await expect.poll(() => g.page.evaluate(() => window.scrollY)).toBeLessThan(scrolled - 500);
    await g.page.keyboard.press('Enter');
    await g.page.waitForURL(/\/nl\/antwoorden-2021\//);
    expect(new URL(g.page.url()).hash).toBe('#catch');
    // A pointer drops the kept place: a reader who has tabbed back to the switch (the page now at
    // its top) and then clicks it gets the top, which is what is on screen.
    await readingAt(g, 'nl/antwoorden-2021/', 'catch');
    await g.page.evaluate(() => history.replaceState(null, '', location.pathname));
    await g.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main a[href]')].find((a) => a.getBoundingClientRect().top > 150)!.focus());
    for (let i = 0; i < 80 && !(await g.page.evaluate(() => !!document.activeElement?.matches('a[data-lang-switch]'))); i++) await g.page.keyboard.press('Shift+Tab');
    await expect.poll(() => g.page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await g.page.locator('a[data-lang-switch]').boundingBox())!;
    await g.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await g.page.waitForURL(/\/en\/answers-2021\//);
    expect(new URL(g.page.url()).hash).toBe('');
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it.each([
    [1280, 'dark'],
    [1024, 'light'],
    [390, 'light'],
  ] as const)('at %i px (%s) a linked section opens with its heading below what stays at the top, and the contents rail below it', async (width, colorScheme) => {
    // Reduced motion: the browser jumps to the section instead of gliding there.
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width, height: 800 }, colorScheme, reducedMotion: 'reduce' });
    await g.page.goto(`${served.site}en/answers-2021/#catch`);
    await expect.poll(() => g.page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const m = await g.page.evaluate(() => {
      // What stays: the masthead on wide screens, the menu's row on phones.
      const stays = [...document.querySelectorAll('.site-header, .site-nav')].filter((e) => getComputedStyle(e).position === 'sticky')[0]!;
      const toc = document.querySelector('.toc')!;
      return { stays: stays.getBoundingClientRect().bottom, heading: document.getElementById('catch')!.getBoundingClientRect().top, tocSticky: getComputedStyle(toc).position === 'sticky', toc: toc.getBoundingClientRect().top, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(m.stays).toBeGreaterThan(40);
    expect(m.heading).toBeGreaterThanOrEqual(m.stays);
    expect(m.heading).toBeLessThan(m.stays + 100);
    if (m.tocSticky) expect(m.toc).toBeGreaterThanOrEqual(m.stays);
    expect(m.scrollWidth).toBeLessThanOrEqual(width);
    expect(await switchOnTop(g)).toBe(true);
    expect(await axeViolations(g.page)).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it.each(['en/answers-2021/', 'nl/kamervragen-2020/', 'en/'])('at 1024 px the notes of /%s are side notes beside their sections, with a comfortable text column and no sideways scroll', async (path) => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1024, height: 800 } });
    await g.page.goto(`${served.site}${path}`);
    const m = await g.page.evaluate(() => {
      const body = document.querySelector('.page-body')!.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(document.querySelector('.page-body p')!).fontSize);
      const notes = [...document.querySelectorAll<HTMLDetailsElement>('.section > .notes')].map((n) => {
        const r = n.getBoundingClientRect();
        const first = n.querySelector('li')!.getBoundingClientRect();
        return { summaryShown: getComputedStyle(n.querySelector('summary')!).display !== 'none', firstShown: first.height > 0, beside: r.left >= body.right, inside: r.right <= window.innerWidth, top: Math.round(r.top - n.parentElement!.getBoundingClientRect().top) };
      });
      return { measureEm: body.width / em, scrollWidth: document.documentElement.scrollWidth, notes };
    });
    expect(m.notes.length).toBeGreaterThan(0);
    for (const n of m.notes) expect(n).toEqual({ summaryShown: false, firstShown: true, beside: true, inside: true, top: 0 });
    expect(m.measureEm).toBeGreaterThanOrEqual(30);
    expect(m.scrollWidth).toBeLessThanOrEqual(1024);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  // Side notes are placed beside their section's start and never scroll: that no list overlaps
  // another or runs past the end of the text is checked on every built page at 1024 px, the
  // narrowest width that shows them, in design.test.ts's walk (tests/support/pageChecks.ts).

  it('just below 64rem (1000 px) the notes stay one quiet disclosure under their section', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1000, height: 800 } });
    await g.page.goto(`${served.site}en/answers-2021/`);
    const shown = await g.page.locator('.section > .notes > summary').first().isVisible();
    expect(shown).toBe(true);
    expect(await g.page.locator('.section > .notes li').first().isVisible()).toBe(false);
    await g.context.close();
  });
});
