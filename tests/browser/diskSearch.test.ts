import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedPage, launch, type GuardedPage } from '../support/browser.ts';
import { ready } from '../support/ready.ts';

// Search from a USB stick (issue 25): the archive of `npm run package`, unpacked and opened from
// file:// in Chromium without --allow-file-access-from-files, searches with the same Pagefind
// index as on a server, from classic scripts in pagefind/disk/.
const site = join(inject('packaged').unpacked, 'clearview-ai', 'site');
const at = (path: string, root = site) => pathToFileURL(join(root, path)).href;

let browser: Browser;
beforeAll(async () => {
  await ready('packaged');
  browser = await launch(inject('chromium'));
});
afterAll(() => browser?.close());

/** A page from disk that records which of search's files it loads (pagefind/ and the search CSS). */
async function diskPage(options: Parameters<typeof guardedPage>[2] = {}): Promise<GuardedPage & { loaded: string[] }> {
  const g = await guardedPage(browser, 'file:///', options);
  const loaded: string[] = [];
  g.page.on('request', (r) => {
    const m = /\/(pagefind\/.*|_astro\/search\.[^/]*\.css)$/.exec(new URL(r.url()).pathname);
    if (m) loaded.push(m[1]!);
  });
  return { ...g, loaded };
}

/** Waits for the results of `term` in `scope` and returns the marked words of their excerpts. */
async function resultsFor(page: Page, scope: string, term: string, summary: RegExp): Promise<string[]> {
  await expect.poll(() => page.locator(`${scope} [data-search-status]`).first().textContent()).toMatch(summary);
  const marks = page.locator(`${scope} .search-result mark`);
  await expect.poll(() => marks.count(), { message: term }).toBeGreaterThan(0);
  return (await marks.allTextContents()).map((t) => t.toLowerCase());
}

/** Opens the first result and checks that it landed on a page from disk, with the words marked. */
async function openFirstResult(page: Page, scope: string, word: string): Promise<void> {
  const first = page.locator(`${scope} .search-result-title`).first();
  const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(href).toMatch(/^file:\/\/\/.*\/index\.html\?highlight=/);
  await first.click();
  await page.waitForURL(href);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim() !== '')).toBe(true);
  const marks = page.locator('main mark.pagefind-highlight');
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  expect((await marks.first().textContent())?.toLowerCase()).toContain(word);
}

describe('search from disk (file://)', () => {
  it('the Dutch search page: nothing loaded before use, then only Dutch data; "politie", "boete", "Grapperhaus" highlighted; the first result opens', async () => {
    const g = await diskPage();
    await g.page.goto(at('nl/zoeken/index.html'), { waitUntil: 'load' });
    const input = g.page.locator('[data-search-page] [data-search-input]');
    await input.waitFor({ state: 'visible' });
    expect(g.loaded.filter((f) => f.startsWith('pagefind/')), 'first load').toEqual([]);

    await input.fill('politie');
    expect(await resultsFor(g.page, '[data-search-page]', 'politie', /^\d+ resultaten voor politie$/)).toContain('politie');
    expect(g.loaded.filter((f) => f.startsWith('pagefind/')).sort()).toEqual(['pagefind/disk/nl.js', 'pagefind/disk/pagefind.js']);
    // The address keeps the query, so a search can be shared from disk too.
    expect(g.page.url()).toMatch(/\/nl\/zoeken\/index\.html\?q=politie$/);
    await input.fill('boete');
    expect((await resultsFor(g.page, '[data-search-page]', 'boete', /^\d+ resultaten? voor boete$/)).some((w) => w.startsWith('boete'))).toBe(true);
    await input.fill('Grapperhaus');
    expect(await resultsFor(g.page, '[data-search-page]', 'grapperhaus', /^\d+ resultaten? voor Grapperhaus$/)).toContain('grapperhaus');
    // Section links go to the section's id on the page's index.html.
    const sections = await g.page.locator('.search-subresult-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of sections) expect(href).toMatch(/\/index\.html\?highlight=grapperhaus#[a-z0-9-]+$/i);

    await openFirstResult(g.page, '[data-search-page]', 'grapperhaus');
    expect(g.loaded).toContain('pagefind/disk/highlight.js');
    expect(g.loaded.filter((f) => /\/en\.|\.pf_|pagefind-entry|wasm\./.test(f)), 'nothing of English, nothing fetched').toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('the English search page: a shared ?q= stays text, English words find English pages', async () => {
    const g = await diskPage({ locale: 'en-GB' });
    await g.page.goto(`${at('en/search/index.html')}?q=${encodeURIComponent('<img src=x id=injected>')}`);
    await expect.poll(() => g.page.locator('[data-search-status]').first().textContent()).toMatch(/^No results for <img src=x id=injected>$/);
    expect(await g.page.locator('#injected').count()).toBe(0);
    expect(await g.page.inputValue('[data-search-input]')).toBe('<img src=x id=injected>');

    const input = g.page.locator('[data-search-input]');
    for (const word of ['police', 'fine', 'Grapperhaus']) {
      await input.fill(word);
      expect(await resultsFor(g.page, '[data-search-page]', word, new RegExp(`^\\d+ results? for ${word}$`))).toContain(word.toLowerCase());
      const hrefs = await g.page.locator('.search-result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect(href, word).toMatch(/\/site\/en\/.*index\.html\?highlight=/);
    }
    expect(g.loaded.filter((f) => f.startsWith('pagefind/disk/')).sort()).toEqual(['pagefind/disk/en.js', 'pagefind/disk/pagefind.js']);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('the dialog on a content page: "/" opens it from disk, "boete" is highlighted, the first result opens', async () => {
    const g = await diskPage();
    await g.page.goto(at('nl/kamervragen-2020/index.html'), { waitUntil: 'load' });
    expect(g.loaded, 'first load').toEqual([]);
    expect(await g.page.locator('.site-nav a[data-search-open]').getAttribute('aria-haspopup')).toBe('dialog');
    await g.page.keyboard.press('/');
    const input = g.page.locator('dialog [data-search-input]');
    await input.waitFor({ state: 'visible' });
    expect(g.page.url()).toMatch(/\/nl\/kamervragen-2020\/index\.html$/);
    await g.page.keyboard.type('boete');
    expect((await resultsFor(g.page, 'dialog', 'boete', /^\d+ resultaten? voor boete$/)).some((w) => w.startsWith('boete'))).toBe(true);
    // The dialog's own link opens the same search as a page, from disk.
    expect(await g.page.locator('dialog a[data-search-share]').evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(/\/nl\/zoeken\/index\.html\?q=boete$/);
    expect(g.loaded.filter((f) => f.startsWith('pagefind/')).sort()).toEqual(['pagefind/disk/nl.dialog.js', 'pagefind/disk/nl.js', 'pagefind/disk/pagefind.js']);
    await openFirstResult(g.page, 'dialog', 'boete');
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});

describe('search from disk in a browser that refuses it', () => {
  it('without WebAssembly: the search page says search needs a server and lists every page; "/" goes there', async () => {
    const g = await diskPage({ locale: 'en-GB' });
    await g.context.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly'));
    await g.page.goto(at('en/questions-2020/index.html'));
    await g.page.keyboard.press('/');
    await g.page.waitForURL(/\/en\/search\/index\.html$/);
    await expect.poll(() => g.page.locator('[data-search-status]').first().textContent()).toMatch(/^In this browser, search does not work when you open the site from a disk/);
    expect(await g.page.locator('[data-search-input]').count()).toBe(0);
    expect(await g.page.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await g.page.locator('[data-search-fallback] a').count()).toBeGreaterThan(10);
    expect(g.loaded.filter((f) => f.startsWith('pagefind/'))).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('when its files cannot be loaded: the Dutch message and the page list appear on the search page', async () => {
    // A copy of the site without the Dutch search data, as a profile that blocks it would have it.
    const copy = mkdtempSync(join(tmpdir(), 'clearview-disk-'));
    try {
      cpSync(site, copy, { recursive: true });
      rmSync(join(copy, 'pagefind', 'disk', 'nl.js'));
      const g = await diskPage();
      await g.page.goto(`${at('nl/zoeken/index.html', copy)}?q=politie`);
      await expect.poll(() => g.page.locator('[data-search-status]').first().textContent()).toMatch(/^In deze browser werkt zoeken niet als je de site vanaf een schijf/);
      expect(await g.page.locator('[data-search-fallback]').isVisible()).toBe(true);
      expect(await g.page.locator('[data-search-fallback] a').count()).toBeGreaterThan(10);
      expect(await g.page.locator('.search-result').count()).toBe(0);
      await g.context.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
