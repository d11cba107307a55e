import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { recordTransfers, totalBytes } from '../bench/searchLatency.ts';
import { axeViolations, guardedPage, servedSite } from '../support/browser.ts';
import { contentPages } from '../support/contentPages.ts';

const KB = 1024;
/** Issue 14: every page's first load, gzip; issue 5: what the first query fetches. */
const PAGE_BUDGET = 50 * KB;
const FIRST_QUERY_BUDGET = 150 * KB;

const pages = contentPages();

/** Requests for anything of search: Pagefind's bundle and the site's search stylesheet. */
const isSearchAsset = (url: string) => /\/pagefind\/|\/_astro\/search\.[^/]*\.css/.test(url);

/**
 * Collects what live regions say, noting whether the
 * region was inside the open dialog: outside a modal dialog the page is inert and says nothing.
 */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[aria-live]')) {
        const text = region.textContent?.trim();
        if (text) w.__said.push(`${region.closest('dialog[open]') ? 'in dialog' : 'outside'}: ${text}`);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const announcements = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')!.open);
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.hasAttribute('data-search-open') ? '[data-search-open]' : ''}${el.hasAttribute('data-search-input') ? '[data-search-input]' : ''}` : '';
  });

// In a folder: Pagefind's index stores paths from the site's root, so result links must get the
// folder the site is served from (the harder case).
describe('search in Chromium', () => {
  const base = inject('folder');
  const served = servedSite(inject('dist'), base);

  it('loads nothing of search with a page; "/" opens it, "Catch" finds the 2021 answers and the link lands on #catch, highlighted', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    const requests: string[] = [];
    g.page.on('request', (r) => requests.push(r.url()));
    await g.page.goto(`${served.site}nl/kamervragen-2020/`, { waitUntil: 'load' });
    await g.page.waitForTimeout(300);
    expect(requests.filter(isSearchAsset), 'first load').toEqual([]);
    expect(await g.page.locator('[data-search-input]').count()).toBe(0);

    await recordAnnouncements(g.page);
    const transfers = recordTransfers(g.page);
    await g.page.keyboard.press('/');
    await g.page.waitForSelector('dialog [data-search-input]', { state: 'visible' });
    expect(await dialogOpen(g.page)).toBe(true);
    await expect.poll(() => activeElement(g.page)).toBe('input[data-search-input]');

    await g.page.keyboard.type('Catch');
    const target = g.page.locator(`dialog [data-search-results] a[href^="${base}nl/antwoorden-2021/"][href$="#catch"]`);
    await target.first().waitFor({ state: 'visible' });
    // The first query fetches the engine, its WebAssembly and the index: no Pagefind UI bundle.
    const first = await transfers.settle();
    const fetched = first.map((f) => f.path);
    expect(fetched).toContain(`${base}pagefind/pagefind.js`);
    expect(fetched.filter((p) => /pagefind-(component-|modular-)?ui|pagefind-worker/.test(p)), 'UI bundles').toEqual([]);
    expect(totalBytes(first), `first query: ${first.map((f) => `${f.path} ${f.bytes}`).join(', ')}`).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
    // Excerpts mark the words with <mark> elements built from text.
    expect((await g.page.locator('dialog .search-result mark').first().textContent())?.toLowerCase()).toContain('catch');
    // The number of results is announced, from inside the dialog (outside it is inert).
    await expect.poll(async () => (await announcements(g.page)).join(' | ')).toMatch(/in dialog: \d+ resultaten? voor Catch/);
    expect(await axeViolations(g.page), 'axe with the dialog open').toEqual([]);

    await target.first().click();
    await g.page.waitForURL(new RegExp(`${base}nl/antwoorden-2021/\\?highlight=catch#catch$`, 'i'));
    await g.page.locator('#catch').waitFor();
    const marks = g.page.locator('section[aria-labelledby="catch"] mark.pagefind-highlight');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.toLowerCase()).toBe('catch');
    expect(requests.filter((u) => u.includes('/pagefind/pagefind-highlight.js')).length).toBe(1);
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('opens from the header link and Ctrl+K on a page one folder deeper, styled, closes with Escape returning focus, and finds English results only in English', async () => {
    const g = await guardedPage(served.browser, served.server.origin, { colorScheme: 'dark', locale: 'en-GB' });
    // A lesson sits one folder deeper than the search page the dialog comes from.
    await g.page.goto(`${served.site}en/for-teachers/asking-questions/`);
    const link = g.page.locator('.site-nav a[data-search-open]');
    expect(await link.getAttribute('href')).toBe('../../search/');
    expect(await link.getAttribute('aria-haspopup')).toBe('dialog');
    // A pointer on its way to the link fetches the dialog ahead, closed.
    await link.hover();
    await g.page.waitForSelector('dialog[data-search-dialog]', { state: 'attached' });
    expect(await dialogOpen(g.page)).toBe(false);

    // Keyboard on the header link: Enter opens the dialog, Escape closes it, focus comes back.
    await link.focus();
    await g.page.keyboard.press('Enter');
    await g.page.waitForSelector('dialog [data-search-input]', { state: 'visible' });
    expect(await dialogOpen(g.page)).toBe(true);
    expect(g.page.url()).toBe(`${served.site}en/for-teachers/asking-questions/`);
    await expect.poll(() => activeElement(g.page)).toBe('input[data-search-input]');
    await g.page.keyboard.press('Escape');
    expect(await dialogOpen(g.page)).toBe(false);
    expect(await activeElement(g.page)).toBe('a[data-search-open]');

    // Focus is trapped: Tab from the last control stays in the dialog.
    await g.page.keyboard.press('Control+k');
    await expect.poll(() => activeElement(g.page)).toBe('input[data-search-input]');
    for (let i = 0; i < 8; i++) {
      await g.page.keyboard.press('Tab');
      expect(await g.page.evaluate(() => !!document.activeElement?.closest('dialog[open]') || document.activeElement === document.body)).toBe(true);
    }
    await g.page.locator('dialog [data-search-input]').focus();
    await g.page.keyboard.type('GDPR');
    const results = g.page.locator('dialog [data-search-results] a[href]');
    await results.first().waitFor({ state: 'visible' });
    await g.page.waitForTimeout(300);
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${base}en/`), href).toBe(true);
    expect(await axeViolations(g.page), 'axe, dark, with results').toEqual([]);
    // The dialog offers the same search as a page, for sharing.
    expect(await g.page.locator('dialog a[data-search-share]').getAttribute('href')).toBe(`${served.server.origin}${base}en/search/?q=GDPR`);

    // The close button closes it too, and focus returns to where it was before Ctrl+K.
    await g.page.locator('dialog [data-search-close]').click();
    expect(await dialogOpen(g.page)).toBe(false);
    expect(await activeElement(g.page)).toBe('a[data-search-open]');
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('goes to the search page when the dialog cannot be fetched from it', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    // Only the script's fetch of the search page fails; the page itself can still be opened.
    await g.page.route('**/nl/zoeken/', (route) => (route.request().resourceType() === 'fetch' ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await g.page.goto(`${served.site}nl/europa/`);
    await g.page.keyboard.press('/');
    await g.page.waitForURL(`${served.site}nl/zoeken/`);
    await g.page.waitForSelector('[data-search-page] [data-search-input]', { state: 'visible' });
    expect(await g.page.locator('dialog').count()).toBe(0);
    await g.context.close();
  });

  it('the search page: a light first load, results for a shared ?q=, the kind filter, and a plain message without JavaScript', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    // First load without a query: nothing of Pagefind, and within the page budget.
    for (const path of ['nl/zoeken/', 'en/search/']) {
      const load = recordTransfers(g.page);
      await g.page.goto(`${served.site}${path}`, { waitUntil: 'load' });
      const files = await load.settle();
      expect(files.filter((f) => f.path.includes('/pagefind/')), path).toEqual([]);
      expect(totalBytes(files), `${path}: ${files.map((f) => `${f.path} ${f.bytes}`).join(', ')}`).toBeLessThanOrEqual(PAGE_BUDGET);
      await g.page.waitForSelector('[data-search-input]', { state: 'visible' });
    }

    await g.page.goto(`${served.site}nl/zoeken/?q=catch`);
    await g.page.locator(`[data-search-results] a[href^="${base}nl/antwoorden-2021/"]`).first().waitFor({ state: 'visible' });
    expect(await g.page.inputValue('[data-search-input]')).toBe('catch');
    // The list of every page stays under the form (removing it moved the footer: layoutShift.test).
    expect(await g.page.locator('[data-search-nojs]').count()).toBe(0);
    expect(await g.page.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await g.page.evaluate(() => document.querySelector('[data-search-results]')!.compareDocumentPosition(document.querySelector('[data-search-fallback]')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    expect(await g.page.locator('dialog').count()).toBe(0);
    expect(await axeViolations(g.page)).toEqual([]);

    // The kind filter, in Dutch: only glossary entries, and the count per kind.
    const glossary = g.page.getByRole('checkbox', { name: /^Begrippen/ });
    await expect.poll(() => glossary.evaluate((box) => box.parentElement!.textContent)).toMatch(/Begrippen\s*\(\d+\)/);
    await glossary.check();
    await expect
      .poll(async () => (await g.page.locator('[data-search-results] .search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).join(' '))
      .toMatch(new RegExp(`^${base}nl/begrippen/\\S*$`));
    await glossary.uncheck();

    // Typing updates the address, so the reader can share what is on screen.
    await g.page.locator('[data-search-input]').fill('politie');
    await expect.poll(() => g.page.url()).toBe(`${served.site}nl/zoeken/?q=politie`);
    await expect.poll(() => g.page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultaten voor politie$/);
    // More than a handful: the rest come on request, and focus goes to the first new result.
    const items = g.page.locator('[data-search-results] > li');
    await expect.poll(() => items.count()).toBe(6);
    await g.page.locator('[data-search-more]').click();
    await expect.poll(() => items.count()).toBeGreaterThan(6);
    expect(await g.page.evaluate(() => document.activeElement?.closest('[data-search-results] > li') === document.querySelectorAll('[data-search-results] > li')[6])).toBe(true);
    // "/" on the search page goes to its own search field.
    await g.page.locator('h1').click();
    await g.page.keyboard.press('/');
    await expect.poll(() => activeElement(g.page)).toBe('input[data-search-input]');

    // A query is only ever text: markup in ?q= is never parsed into the page.
    await g.page.goto(`${served.site}nl/zoeken/?q=${encodeURIComponent('<img src=x id=injected>')}`);
    await g.page.locator('[data-search-status]').getByText('<img', { exact: false }).waitFor();
    expect(await g.page.locator('#injected').count()).toBe(0);
    expect(await g.page.inputValue('[data-search-input]')).toBe('<img src=x id=injected>');
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();

    const off = await guardedPage(served.browser, served.server.origin, { siteScripts: false });
    await off.page.goto(`${served.site}en/search/?q=GDPR`);
    expect(await off.page.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await off.page.locator('[data-search-nojs]').textContent()).toContain('Search only works with JavaScript');
    const listed = await off.page.locator('[data-search-fallback] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(listed.sort()).toEqual(pages.filter((p) => p.lang === 'en').map((p) => `${served.site}${p.path}`).sort());
    expect(await axeViolations(off.page)).toEqual([]);
    await off.context.close();
  });
});
