import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_PATH, axeViolations, closeClean, guardedPage, type GuardedPage, servedSite } from '../support/browser.ts';
import { contentPages } from '../support/contentPages.ts';
import { builtPages } from '../support/html.ts';
import { linkProblems, sideNoteProblems } from '../support/pageChecks.ts';

// The reading experience on a phone (issue 14): reflow, targets, the phone menu, the contents of
// long pages, copy-link, notes and print. Every built page is visited, with and without the
// site's scripts; the walk with scripts also checks what other files' concerns need of every page
// (tests/support/pageChecks.ts: side notes at 1024 px, links in a folder), so that no page is
// loaded once more for them.

const pages = contentPages();
const dist = inject('dist');

/** Pages the issue names as long: they must have a table of contents (or the glossary's A–Z). */
const LONG = ['questions-2020', 'answers-2021', 'europe', 'glossary', 'sources', 'timeline'];

/** How far the page is wider than the viewport, and the elements that stick out. */
function overflow(page: Page): Promise<{ scroll: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5 && !el.closest('[popover]:not(:popover-open), dialog:not([open])')) {
        culprits.push(`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').replace(/\s+/g, '.')} (${Math.round(box.right)} px) "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return { scroll: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
  });
}

/**
 * Interactive targets smaller than 24 × 24 CSS px that WCAG 2.5.8 does not excuse. Excused: links
 * inside a sentence (inline, in a block with other text), hidden ones, and a target with 24 px
 * of clear space around its centre (the spacing exception, checked against the other targets).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [role="button"]')].filter((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('.sr-only, [aria-hidden="true"]');
    });
    const boxes = all.map((el) => el.getBoundingClientRect());
    const out: string[] = [];
    all.forEach((el, i) => {
      const box = boxes[i]!;
      if (box.width >= 24 && box.height >= 24) return;
      const inline = getComputedStyle(el).display === 'inline';
      const block = el.parentElement?.closest('p, li, dd, dt, td, th, figcaption, blockquote, span.quote-by');
      if (inline && block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2) return;
      // Spacing exception: a 24 px circle on the target's centre touches no other target's circle.
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const clear = boxes.every((b, j) => j === i || Math.hypot(cx - (b.left + b.width / 2), cy - (b.top + b.height / 2)) >= 24);
      if (clear) return;
      out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    });
    return out;
  });
}

/**
 * A long page's table of contents: it links each of the page's sections, and every contents link
 * (and the glossary's A–Z) goes to an anchor on the page. Adds the page's key to `checked` when it
 * was a page with contents.
 */
async function contentsProblems(page: Page, p: (typeof pages)[number], checked: string[]): Promise<string[]> {
  const out: string[] = [];
  const { sections, toc, az, letters, missing } = await page.evaluate(() => {
    const toc = [...document.querySelectorAll('nav.toc a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    const az = [...document.querySelectorAll('nav.az a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    return {
      sections: [...document.querySelectorAll('main section.section-l2 > .heading-wrap > h2[id]')].map((h) => h.id),
      toc,
      az,
      letters: [...document.querySelectorAll('.glossary-entry h2')].map((h) => h.textContent!.trim().normalize('NFD').charAt(0).toUpperCase()),
      // Every contents link goes to exactly one anchor on the page.
      missing: [...toc, ...az].filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1),
    };
  });
  for (const id of missing) out.push(`${p.path} #${id}: not exactly one anchor`);
  if (p.translationKey === 'glossary') {
    // The A–Z index: one link per letter that has terms.
    if (az.length !== new Set(letters).size) out.push(`${p.path}: ${az.length} A–Z links for ${new Set(letters).size} letters`);
    checked.push(p.translationKey);
    return out;
  }
  const long = sections.length >= 3 || LONG.includes(p.translationKey);
  if (!long) return out;
  if (toc.length < 3) out.push(`${p.path}: no table of contents`);
  for (const id of sections) if (!toc.includes(id)) out.push(`${p.path}: contents lacks #${id}`);
  checked.push(p.translationKey);
  return out;
}

/**
 * What every section keeps now its apparatus is folded (issue 22): a copy link right after its
 * heading, linking to it and named by it; every note number in the text has its note, with the
 * source's name and link, in its section's notes (or the page's) and in its popover.
 */
function apparatusProblems(page: Page, path: string): Promise<string[]> {
  return page.evaluate((path) => {
    const out: string[] = [];
    for (const h of document.querySelectorAll<HTMLElement>('main :is(.section, .glossary-entry, .source) > .heading-wrap > :is(h2, h3)[id]')) {
      const a = h.nextElementSibling;
      if (!(a instanceof HTMLAnchorElement) || !a.matches('a.anchor[data-copy-link]') || a.getAttribute('href') !== `#${h.id}`) out.push(`/${path}#${h.id}: no copy link`);
      // Named by the page's one "Copy link" label and the heading itself (issue 23: aria-labelledby).
      else if (a.getAttribute('aria-labelledby') !== `copy_link ${h.id}` || !document.getElementById('copy_link')?.textContent) out.push(`/${path}#${h.id}: its copy link is not named by the heading`);
    }
    for (const ref of document.querySelectorAll<HTMLElement>('main button.note-ref')) {
      const n = ref.dataset.note;
      const own = ref.closest('section.section')?.querySelector(`:scope > .notes li[value="${n}"]`);
      const item = own ?? document.querySelector(`.page-sources .notes li[value="${n}"]`);
      if (!item?.querySelector('a.note-source[href]')?.textContent?.trim()) out.push(`/${path}: note ${n} is not among its section's notes`);
      if (!document.getElementById(`note-${n}`)?.querySelector('a.note-source[href]')) out.push(`/${path}: note ${n} has no popover`);
    }
    return out;
  }, path);
}

/** Long pages at 390 px (issue 22: at least 25 % shorter than before, 20,392 / 16,424 / 13,080 px). */
const HEIGHT_BUDGETS: Record<string, number> = {
  'nl/begrippen/': 15300,
  'en/glossary/': 15300,
  'nl/kamervragen-2020/': 12300,
  'en/questions-2020/': 12300,
  'nl/antwoorden-2021/': 9800,
  'en/answers-2021/': 9800,
};

describe('on a phone and on paper (issue 14)', () => {
  const served = servedSite(dist, inject('folder'));
  const all = builtPages(dist).filter((p) => p !== '404.html');

  it('has the pages to check, and the checks catch what they look for', async () => {
    expect(all.length).toBeGreaterThanOrEqual(pages.length + 3);
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 320, height: 800 } });
    await g.page.goto(`${served.site}nl/`);
    expect(await smallTargets(g.page)).toEqual([]);
    expect((await overflow(g.page)).scroll).toBe(320);
    // A box wider than the screen and two tiny buttons side by side must be reported (styles set
    // through the CSSOM: the CSP refuses style attributes).
    await g.page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px';
      wide.textContent = 'wide';
      const b = document.createElement('div');
      b.innerHTML = '<button class="tiny">a</button><button class="tiny">b</button>';
      b.querySelectorAll('button').forEach((x) => Object.assign(x.style, { all: 'unset', display: 'inline-block', width: '10px', height: '10px' }));
      document.querySelector('main')!.prepend(wide, b);
    });
    expect((await overflow(g.page)).scroll).toBeGreaterThan(320);
    expect((await smallTargets(g.page)).length).toBe(2);
    // And axe, loaded from the test server (tests/support/browser.ts), finds the tiny buttons and an
    // image without alt.
    await g.page.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })));
    expect((await axeViolations(g.page)).map((v) => v.split(' ')[0]).sort()).toEqual(['image-alt', 'target-size']);
    // Loaded as a script from the test server, not handed over CDP (the slower way it falls back to).
    expect(await g.page.evaluate((path) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === path).length, AXE_PATH)).toBe(1);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  // One walk over every built page with the site's scripts and one without, one test per page (so
  // no test comes near its timeout on a busy machine); each page is loaded once per walk, at 320 or
  // 390 px, checked, then resized to the other width (and switched to the other colour scheme) in
  // place and checked again: the layout follows the viewport and the colour scheme without a reload
  // (no script reads the width or the scheme), so this is the same as loading it at each width. No
  // page may scroll sideways at either width (WCAG 1.4.10; axe cannot see this), folded or with
  // every part opened (menu, contents, notes, a lesson's answers).
  // axe runs once per page, on the page with every part opened (what is folded is then checked
  // too), the pages taking turns at the four combinations of scripts on/off, light/dark and
  // 320/390 px, so every combination is checked across both languages without running axe four
  // times per page (it is the slowest step of a page: about a second). At 320 px with scripts every
  // target must be 24 × 24 px (WCAG 2.5.8). Without scripts every long page must have a table of
  // contents linking each of its sections.
  describe.each([
    [true, 'light', 'dark'],
    [false, 'dark', 'light'],
  ] as const)('site scripts %s: no sideways scroll at 320 px (%s) or 390 px (%s), folded and opened, axe on its share, targets (with scripts) and contents (without)', (siteScripts, scheme320, scheme390) => {
    let g: GuardedPage;
    const contents: string[] = [];
    const schemeAt = { 320: scheme320, 390: scheme390 } as const;
    let now: { width: number; colorScheme: 'light' | 'dark' } = { width: 320, colorScheme: scheme320 };
    const view = async (width: 320 | 390 | 1024) => {
      const colorScheme = width === 1024 ? now.colorScheme : schemeAt[width];
      if (now.width !== width) await g.page.setViewportSize({ width, height: 800 });
      if (now.colorScheme !== colorScheme) await g.page.emulateMedia({ colorScheme });
      now = { width, colorScheme };
    };
    /** Each link's status, asked once per walk (linkProblems). */
    const answers = new Map<string, number>();
    beforeAll(async () => {
      g = await guardedPage(served.browser, served.server.origin, { siteScripts, colorScheme: scheme320, viewport: { width: 320, height: 800 } });
    });
    afterAll(async () => {
      await g?.context.close();
    });

    it.each(all.map((path, i) => [`/${path}`, i, path] as const))('%s', async (_label, i, path) => {
      const report: string[] = [];
      const seen = { requests: g.foreignRequests.length, errors: g.errors.length };
      const sideways = async (width: number, state: string) => {
        const o = await overflow(g.page);
        if (o.width !== width) report.push(`the viewport is ${o.width} px, not ${width}`);
        if (o.scroll > o.width) report.push(`${o.scroll} px wide at ${width} px (${state}): ${o.culprits.join('; ')}`);
      };
      // Every other page is loaded at 390 px and then narrowed, so loading at either width is
      // seen too.
      const widths = i % 2 ? ([390, 320] as const) : ([320, 390] as const);
      await view(widths[0]);
      await g.page.goto(`${served.site}${path}`);
      for (const width of widths) {
        await view(width);
        await sideways(width, 'folded');
      }
      if (siteScripts) {
        // Served two folders deep (FOLDER): a link that climbs one level too many leaves the folder.
        report.push(...(await linkProblems(g.page, dist, path, served.site, answers)));
        // The narrowest width with side notes (readingPlace.test.ts has the rest of them), then back.
        await view(1024);
        report.push(...(await sideNoteProblems(g.page, path)));
        await view(widths[1]);
      }
      const page = pages.find((p) => p.path === path);
      if (!siteScripts && page) report.push(...(await contentsProblems(g.page, page, contents)));
      if (!siteScripts) report.push(...(await apparatusProblems(g.page, path)));
      await g.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await sideways(widths[1], 'every part opened');
      // axe's turn: pages 0, 4, 8 … with scripts at 390 px; 1, 5, … with scripts at 320; 2, 6, …
      // without at 390; 3, 7, … without at 320 (the width each page ends on), each width in its
      // walk's colour scheme.
      if (i % 4 === (siteScripts ? 0 : 2) || i % 4 === (siteScripts ? 1 : 3)) {
        for (const v of await axeViolations(g.page)) report.push(`axe (${widths[1]} px, js ${siteScripts}, ${schemeAt[widths[1]]}): ${v}`);
      }
      if (siteScripts) {
        // The menu and the contents are targets when open.
        if (widths[1] !== 320) {
          await view(320);
          await sideways(320, 'every part opened');
        }
        for (const t of await smallTargets(g.page)) report.push(`target ${t}`);
      }
      expect(report).toEqual([]);
      expect(g.foreignRequests.slice(seen.requests)).toEqual([]);
      expect(g.errors.slice(seen.errors)).toEqual([]);
    });

    if (siteScripts) {
      it('every page\'s links were asked for (the folder check ran)', () => {
        expect(answers.size).toBeGreaterThan(20);
      });
    }
    if (!siteScripts) {
      it('every content page was built, and every long page had its contents checked', () => {
        expect(pages.filter((p) => !all.includes(p.path)).map((p) => p.path)).toEqual([]);
        expect(LONG.filter((key) => !contents.includes(key))).toEqual([]);
      });
    }
  });

  it('the phone menu is a disclosure: opens and closes by keyboard, names the current page, traps nothing', async () => {
    for (const siteScripts of [true, false]) {
      const g = await guardedPage(served.browser, served.server.origin, { siteScripts, viewport: { width: 320, height: 700 } });
      const { page } = g;
      await page.goto(`${served.site}nl/tijdlijn/`);
      const summary = page.locator('.site-nav summary');
      const current = page.locator('.site-nav a[aria-current="page"]');
      expect(await summary.innerText()).toContain('Tijdlijn');
      expect(await current.isVisible()).toBe(false);
      // Tab order: skip link, wordmark, then the menu button (language and search follow it in its row).
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches('.site-nav summary'))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await current.isVisible()).toBe(true);
      expect(await current.innerText()).toBe('Tijdlijn');
      // The current page is in view when the menu opens.
      expect(await current.evaluate((a) => a.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
      // Tab goes through the links and on out of the menu: nothing is trapped.
      const links = await page.locator('.site-nav .nav-list a').count();
      for (let i = 0; i < links; i += 1) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.nav-list'))).toBeTruthy();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !document.activeElement?.closest('.nav-list'))).toBe(true);
      // Back to the button and close it with the keyboard.
      await summary.focus();
      await page.keyboard.press('Space');
      expect(await current.isVisible()).toBe(false);
      if (siteScripts) {
        // With the script, Escape from inside the menu closes it and returns focus to its button.
        await page.keyboard.press('Enter');
        await page.locator('.site-nav .nav-list a').first().focus();
        await page.keyboard.press('Escape');
        expect(await current.isVisible()).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.matches('.site-nav summary'))).toBe(true);
      }
      // On a wide screen there is no button: the list is shown.
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await summary.isVisible()).toBe(false);
      expect(await current.isVisible()).toBe(true);
      await closeClean(g);
    }
  });

  it('the contents fold away at the top on phones and stay open beside the text on wide screens', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 390, height: 800 } });
    const { page } = g;
    await page.goto(`${served.site}en/questions-2020/`);
    const link = page.locator('nav.toc a[href="#q3"]');
    expect(await link.isVisible()).toBe(false);
    await page.locator('nav.toc summary').click();
    await link.click();
    await page.waitForURL(/#q3$/);
    // Choosing a section folds the contents away again.
    expect(await link.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await link.isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    // Sticky just below the masthead, which stays at the top on wide screens.
    const top = await page.locator('nav.toc').evaluate((n) => n.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(40);
    await closeClean(g);
  });

  it('"Copy link" is a compact control beside the heading on sections, questions, terms and sources, named by it, and confirms on screen', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 390, height: 800 } });
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.origin });
    const { page } = g;
    for (const [path, id] of [['nl/kamervragen-2020/', 'q3'], ['en/glossary/', 'scraping'], ['nl/bronnen/', 'ah-2669']] as const) {
      await page.goto(`${served.site}${path}`);
      const control = page.locator(`[id="${id}"] + a.anchor`);
      expect(await control.isVisible(), path).toBe(true);
      // Beside its heading (on the same line as its first line), at least 24 px, named by it.
      const [c, h] = [await control.boundingBox(), await page.locator(`[id="${id}"]`).boundingBox()];
      expect(c!.x, path).toBeGreaterThan(h!.x);
      expect(Math.abs(c!.y - h!.y), path).toBeLessThan(12);
      expect(Math.min(c!.width, c!.height), path).toBeGreaterThanOrEqual(24);
      // Named by the page's "Copy link" label and its heading (aria-labelledby), as an accessible-name query finds it.
      const label = path.startsWith('nl/') ? 'Kopieer link' : 'Copy link';
      const named = page.getByRole('link', { name: `${label} ${(await page.locator(`[id="${id}"]`).textContent())!.trim()}`, exact: true });
      expect(await named.evaluate((a, i) => a === document.querySelector(`[id="${i}"] + a.anchor`), id), path).toBe(true);
    }
    await page.goto(`${served.site}nl/antwoorden-2021/`);
    const control = page.locator('#catch + a.anchor');
    await control.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${served.site}nl/antwoorden-2021/#catch`);
    // The confirmation beside it, drawn by CSS (::after) from what copyLink.ts puts in data-done.
    await expect.poll(() => control.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('Link gekopieerd');
    expect(await page.locator('#copy-status').textContent()).toBe('Link gekopieerd');
    await closeClean(g);
  });

  it('a note opens its source on demand, without the site\'s scripts too', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: false, viewport: { width: 320, height: 700 } });
    const { page } = g;
    await page.goto(`${served.site}nl/`);
    const ref = page.locator('#what-is-clearview ~ * button.note-ref, section:has(> .heading-wrap > #what-is-clearview) button.note-ref').first();
    const n = await ref.getAttribute('data-note');
    const pop = page.locator(`[id="note-${n}"]`);
    expect(await pop.isVisible()).toBe(false);
    await ref.click();
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator('a.note-source').getAttribute('href')).toMatch(/bronnen\/#[a-z0-9-]+$/);
    expect((await overflow(page)).scroll).toBe(320);
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
    await closeClean(g);
  });

  it('the long pages stay short on a phone (390 px): notes folded, nothing lost', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 390, height: 800 } });
    const report: string[] = [];
    for (const [path, budget] of Object.entries(HEIGHT_BUDGETS)) {
      await g.page.goto(`${served.site}${path}`);
      const height = await g.page.evaluate(() => document.documentElement.scrollHeight);
      if (height > budget) report.push(`/${path}: ${height} px, budget ${budget} px`);
    }
    // The check can fail: the same page with its notes open is longer than its budget.
    await g.page.evaluate(() => document.querySelectorAll('details.notes').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await g.page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(HEIGHT_BUDGETS['en/answers-2021/']!);
    expect(report).toEqual([]);
    await closeClean(g);
  });

  it('the comparison puts 2020 and 2021 side by side from 64rem, what changed across both, and stacks them on a phone', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 1280, height: 900 } });
    await g.page.goto(`${served.site}nl/antwoorden-vergeleken/`);
    const layout = () => g.page.evaluate(() => [...document.querySelectorAll('section.section:has(> .change-then)')].map((s) => {
      const box = (c: string) => s.querySelector(`:scope > .change-${c}`)!.getBoundingClientRect();
      const [then, later, changed] = [box('then'), box('later'), box('changed')];
      return { id: s.getAttribute('aria-labelledby'), sideBySide: Math.abs(then.top - later.top) < 2 && later.left >= then.right, across: changed.left <= then.left + 1 && changed.right >= later.right - 1 && changed.top >= Math.max(then.bottom, later.bottom), stacked: later.top >= then.bottom && changed.top >= later.bottom };
    }));
    const wide = await layout();
    expect(wide.length).toBeGreaterThanOrEqual(5);
    for (const s of wide) expect([s.id, s.sideBySide, s.across]).toEqual([s.id, true, true]);
    // The contents rail starts level with the title.
    const [rail, title] = [await g.page.locator('nav.toc').boundingBox(), await g.page.locator('h1').boundingBox()];
    expect(Math.abs(rail!.y - title!.y)).toBeLessThan(24);
    await g.page.setViewportSize({ width: 390, height: 800 });
    for (const s of await layout()) expect([s.id, s.stacked]).toEqual([s.id, true]);
    await closeClean(g);
  });

  it('prints every note in full at the end of its section, with the document\'s address written out', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    const { page } = g;
    for (const path of ['nl/', 'en/questions-2020/', 'nl/europa/', 'en/sources/']) {
      await page.goto(`${served.site}${path}`);
      await page.emulateMedia({ media: 'print' });
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
        for (const ref of document.querySelectorAll<HTMLElement>('button.note-ref')) {
          const n = ref.dataset.note!;
          const scope = ref.closest('section.section') ?? document.querySelector('.page-sources');
          const item = scope?.querySelector(`:scope > .notes li[value="${n}"], .page-sources .notes li[value="${n}"]`);
          if (!item || !visible(item)) out.push(`note ${n}: not printed in its section`);
          else if (!item.querySelector('a.note-source')?.textContent?.trim()) out.push(`note ${n}: no source name`);
        }
        for (const a of document.querySelectorAll('.notes a.external')) {
          if (!getComputedStyle(a, '::after').content.includes('http')) out.push(`${a.getAttribute('href')}: address not printed`);
        }
        for (const s of ['.site-nav', '.toc', '.pager', '.anchor', '.note-pops']) {
          const el = document.querySelector(s);
          if (el && visible(el)) out.push(`${s} is printed`);
        }
        return out;
      });
      expect(problems, path).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
    await closeClean(g);
  });
});
