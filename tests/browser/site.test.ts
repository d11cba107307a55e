import { describe, expect, inject, it } from 'vitest';
import { axeViolations, guardedPage, servedSite } from '../support/browser.ts';
// The one build, served in a folder as a school's intranet would (the hosting tests also serve
// it at the root and in other folders). axe runs once per content page in design.test.ts, on
// the chooser and the 404 page here.
describe('in Chromium', () => {
  const base = inject('folder');
  const served = servedSite(inject('dist'), base);

  it.each([
    ['nl', 'Clearview AI in Nederland'],
    ['en', 'Clearview AI in the Netherlands'],
  ])('the %s home page loads with its language and title', async (lang, name) => {
    const g = await guardedPage(served.browser, served.server.origin);
    await g.page.goto(`${served.site}${lang}/`);
    expect(await g.page.getAttribute('html', 'lang')).toBe(lang);
    expect(await g.page.title()).toContain(name);
    await expect(g.page.locator('h1').count()).resolves.toBe(1);
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('the language switch keeps the #section, and without a # the section nearest the top of the screen', async () => {
    // On a phone, where the switch stays in reach in the menu's row while the reader scrolls.
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 390, height: 800 } });
    // A reader taps the switch once the page has come to rest at its section. Right after load
    // the browser may still be scrolling there, the menu's row still on its way to the top, and a
    // tap at once can land on the text under it (this test failed so on a busy machine).
    const atQ3 = () => expect.poll(() => g.page.evaluate(() => {
      const top = document.getElementById('q3')!.getBoundingClientRect().top;
      return top >= 0 && top < 120;
    })).toBe(true);
    await g.page.goto(`${served.site}nl/kamervragen-2020/#q3`);
    await atQ3();
    await g.page.click('a[data-lang-switch]');
    await g.page.waitForURL(/\/en\/questions-2020\//);
    expect(g.page.url()).toMatch(/#q3$/);
    expect(await g.page.getAttribute('html', 'lang')).toBe('en');
    await atQ3();
    await g.page.click('a[data-lang-switch]');
    await g.page.waitForURL(/\/nl\/kamervragen-2020\//);
    expect(g.page.url()).toMatch(/#q3$/);
    // Without a #: the section nearest the top of the screen goes along.
    await g.page.goto(`${served.site}en/answers-2021/`);
    await g.page.evaluate(() => window.scrollTo({ top: document.getElementById('catch')!.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' }));
    // The switch is on screen: the reader need not scroll back up to reach it.
    const box = (await g.page.locator('a[data-lang-switch]').boundingBox())!;
    expect(box.y >= 0 && box.y + box.height <= 80).toBe(true);
    // A tap where it is on screen (locator.click would first scroll the sticky row's "own" place into view).
    await g.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await g.page.waitForURL(/\/nl\/antwoorden-2021\/#catch$/);
    // At the top of a page the switch opens the other page's top.
    await g.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await g.page.evaluate(() => history.replaceState(null, '', location.pathname));
    await g.page.click('a[data-lang-switch]');
    await g.page.waitForURL(/\/en\/answers-2021\/$/);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('on a wide screen a teacher\'s #section survives scrolling back up to the switch in the masthead', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1280, height: 800 } });
    await g.page.goto(`${served.site}nl/kamervragen-2020/#q3`);
    await g.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await g.page.click('a[data-lang-switch]');
    await g.page.waitForURL(/\/en\/questions-2020\/#q3$/);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('the root page offers both languages without JavaScript and, with it, suggests the reader\'s without leaving', async () => {
    const off = await guardedPage(served.browser, served.server.origin, { siteScripts: false });
    await off.page.goto(served.site);
    expect(await off.page.locator('a[data-lang="nl"]').getAttribute('href')).toBe('nl/');
    expect(await off.page.locator('a[data-lang="en"]').getAttribute('href')).toBe('en/');
    expect(await axeViolations(off.page)).toEqual([]);
    await off.page.goto(`${served.site}404.html`);
    expect(await axeViolations(off.page)).toEqual([]);
    expect(off.errors).toEqual([]);
    await off.context.close();

    const on = await guardedPage(served.browser, served.server.origin, { locale: 'en-GB' });
    await on.page.goto(served.site);
    await expect.poll(() => on.page.locator('a[data-lang="en"]').getAttribute('class')).toContain('suggested');
    expect(await on.page.locator('a[data-lang="nl"]').getAttribute('class')).not.toContain('suggested');
    expect(on.page.url()).toBe(served.site);
    expect(on.errors).toEqual([]);
    await on.context.close();
  });

  // axe on every page, with and without scripts, light and dark: tests/browser/design.test.ts,
  // in the same page loads that check reflow at 320 and 390 px.


  it('a section or event link goes to its place and, with JavaScript, is labelled "Copy link", copies the full link and confirms on screen', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.origin });
    await g.page.goto(`${served.site}nl/antwoorden-2021/`);
    // A compact icon beside the heading; its name says what it does and what it links to: the
    // page's one label and the heading (aria-labelledby), as an accessible-name query finds it.
    const control = g.page.locator('#catch + a.anchor');
    // The confirmation beside it, drawn by CSS (::after) from what copyLink.ts puts in data-done.
    const done = () => control.evaluate((a) => { const c = getComputedStyle(a, '::after').content; return c === 'none' || c === 'normal' ? '' : c; });
    const named = g.page.getByRole('link', { name: `Kopieer link ${await g.page.locator('#catch').textContent()}`, exact: true });
    expect(await named.count()).toBe(1);
    expect(await named.evaluate((a) => a === document.querySelector('#catch + a.anchor'))).toBe(true);
    expect(await done()).toBe('');
    const heading = await g.page.locator('#catch').boundingBox();
    await control.click();
    await g.page.waitForURL(/#catch$/);
    await expect.poll(() => g.page.evaluate(() => navigator.clipboard.readText())).toBe(`${served.site}nl/antwoorden-2021/#catch`);
    await expect.poll(() => g.page.locator('#copy-status').textContent()).toBe('Link gekopieerd');
    // The confirmation shows in place, over the heading's end: nothing moves; then it goes.
    expect(await done()).toContain('Link gekopieerd');
    const after = await g.page.locator('#catch').boundingBox();
    expect([after!.width, after!.height]).toEqual([heading!.width, heading!.height]);
    await expect.poll(() => done(), { timeout: 4000 }).toBe('');

    // Each timeline event has the same control, named by its heading: date and title.
    await g.page.goto(`${served.site}en/timeline/`);
    const event = g.page.locator('#nos-report + a.anchor');
    expect(await g.page.getByRole('link', { name: /^Copy link 28 February 2020: NOS reports/ }).evaluate((a) => a === document.querySelector('#nos-report + a.anchor'))).toBe(true);
    await event.click();
    await expect.poll(() => g.page.evaluate(() => navigator.clipboard.readText())).toBe(`${served.site}en/timeline/#nos-report`);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('prints without menu or buttons, with links to other pages written out and glossary links not', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    await g.page.goto(`${served.site}en/for-teachers/`);
    await g.page.emulateMedia({ media: 'print' });
    expect(await g.page.locator('.site-nav').isVisible()).toBe(false);
    expect(await g.page.locator('.search-link').isVisible()).toBe(false);
    expect(await g.page.locator('.site-name').isVisible()).toBe(true);
    const after = (selector: string) =>
      g.page.evaluate((s) => getComputedStyle(document.querySelector(s)!, '::after').content, selector);
    // The site's own links are relative; on paper they carry their full address.
    expect(await after('main a[href$="questions-2020/#q2"]')).toBe(`" (${served.site}en/questions-2020/#q2)"`);
    expect(await after('main a.term')).toBe('none');
    await g.context.close();
  });

  it('is usable by keyboard: the skip link is the first stop and moves focus to the content', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    await g.page.goto(`${served.site}en/questions-2020/`);
    await g.page.keyboard.press('Tab');
    const first = g.page.locator(':focus');
    expect(await first.getAttribute('class')).toContain('skip-link');
    expect(await first.isVisible()).toBe(true);
    await g.page.keyboard.press('Enter');
    await g.page.waitForURL(/#main$/);
    await g.page.keyboard.press('Tab');
    // The next stop is inside main, not back in the header.
    expect(await g.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await g.context.close();
  });
});
