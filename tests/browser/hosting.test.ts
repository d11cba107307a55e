import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { guardedPage, launch, servedSite } from '../support/browser.ts';
import { contentPages } from '../support/contentPages.ts';

// Host it anywhere: the one `npm run build` at the root and in folders it was not built for, and
// the archive of `npm run package` opened from disk and served from a folder.
const dist = inject('dist');
const { unpacked, zip } = inject('packaged');
const packagedSite = join(unpacked, 'clearview-ai', 'site');
const pages = contentPages();
const randomFolder = () => `/${Math.random().toString(36).slice(2, 8)}/${Math.random().toString(36).slice(2, 8)}/`;

/**
 * Loads every page in Chromium under `site` and follows every header, footer and in-text link of
 * it: the stylesheet must apply (the page's custom properties are set) and every link must answer
 * 200 with an HTML page.
 */
async function everyPageWorks(served: { browser: import('playwright-core').Browser; site: string; server: { origin: string } }): Promise<string[]> {
  const problems: string[] = [];
  const g = await guardedPage(served.browser, served.server.origin);
  const checked = new Map<string, number>();
  for (const page of [{ path: '' }, ...pages, { path: 'nl/zoeken/' }, { path: 'en/search/' }]) {
    const response = await g.page.goto(`${served.site}${page.path}`);
    if (response?.status() !== 200) problems.push(`${page.path}: status ${response?.status()}`);
    const styled = await g.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim());
    if (!styled) problems.push(`${page.path}: the stylesheet did not apply`);
    // SVG links (the timeline chart) too: their href is an attribute, resolved here.
    const links = await g.page.locator('header a[href], footer a[href], main a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== served.server.origin) continue;
      const key = url.pathname;
      if (!checked.has(key)) checked.set(key, (await g.page.request.get(`${url.origin}${url.pathname}`)).status());
      if (checked.get(key) !== 200) problems.push(`${page.path}: ${href} → ${checked.get(key)}`);
      if (!key.startsWith(new URL(served.site).pathname)) problems.push(`${page.path}: ${href} leaves the site's folder`);
    }
  }
  if (g.errors.length) problems.push(...g.errors);
  if (g.foreignRequests.length) problems.push(...g.foreignRequests);
  await g.context.close();
  return problems;
}

describe.each([['the root', '/'], ['a random folder', randomFolder()], ['another random folder', randomFolder()]])(
  'the same build served from %s',
  (_name, folder) => {
    const served = servedSite(dist, folder);
    it('styles every page and resolves every header, footer and in-text link', async () => {
      expect(await everyPageWorks(served)).toEqual([]);
    });
  },
);

describe('the 404 page at any depth', () => {
  const folder = randomFolder();
  const served = servedSite(dist, folder, { notFound: '404.html' });
  it('is styled and links to the home pages of this folder', async () => {
    const g = await guardedPage(served.browser, served.server.origin);
    const missing: string[] = [];
    g.page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    const response = await g.page.goto(`${served.site}nl/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await g.page.locator('h1').first().textContent()).toBe('Pagina niet gevonden');
    expect(await g.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim())).not.toBe('');
    await expect.poll(() => g.page.locator('a[hreflang="en"]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${served.site}en/`);
    // Chromium reports the 404 itself (and the browser's own favicon.ico guess) as console
    // errors; finding the site's root asks for nothing that is not there.
    expect(missing.filter((u) => u !== `${served.site}nl/no/such/page/` && !u.endsWith('/favicon.ico'))).toEqual([]);
    expect(g.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await g.context.close();
  });
});

describe('the archive of npm run package', () => {
  it('holds the readme in both languages, the server configs and the site', () => {
    expect(existsSync(zip)).toBe(true);
    const top = join(unpacked, 'clearview-ai');
    expect(readFileSync(join(top, 'LEESMIJ.txt'), 'utf8')).toMatch(/python3 -m http\.server/);
    expect(readFileSync(join(top, 'README.txt'), 'utf8')).toMatch(/Only search/);
    expect(readFileSync(join(top, 'server', 'nginx.conf'), 'utf8')).toMatch(/frame-ancestors 'none'/);
    const htaccess = readFileSync(join(packagedSite, '.htaccess'), 'utf8');
    expect(htaccess).toMatch(/X-Content-Type-Options "nosniff"/);
    expect(htaccess).toMatch(/Referrer-Policy "no-referrer"/);
    const headers = readFileSync(join(packagedSite, '_headers'), 'utf8');
    // Only the language folders, where search runs, may run WebAssembly.
    const blocks = headers.split(/\n\n/).filter((b) => b.includes('Content-Security-Policy'));
    for (const block of blocks) {
      expect(block, block.split('\n')[0]).toMatch(/frame-ancestors 'none'/);
      expect(block.includes('wasm-unsafe-eval'), block.split('\n')[0]).toBe(/^\/(nl|en)\/\*/.test(block));
    }
    // The 404 page's inline blocks are allowed by the very hashes its own meta tag names.
    const notFound = readFileSync(join(packagedSite, '404.html'), 'utf8');
    for (const hash of /Content-Security-Policy" content="([^"]+)"/.exec(notFound)![1]!.match(/sha256-[^']+/g)!) expect(headers).toContain(hash);
  });

  describe('served from a folder', () => {
    const served = servedSite(packagedSite, randomFolder());
    it('styles every page and resolves every link', async () => {
      expect(await everyPageWorks(served)).toEqual([]);
    });
  });

  it('opened from disk: styled pages, working menu, language switch and timeline links, and search says it needs a server', async () => {
    const browser = await launch(inject('chromium'));
    const g = await guardedPage(browser, 'file:///', { locale: 'en-GB' });
    const start = pathToFileURL(join(packagedSite, 'index.html')).href;
    await g.page.goto(start);
    // The chooser does not leave the page from disk on its own; the reader picks a language.
    await g.page.click('a[data-lang="nl"]');
    await g.page.waitForURL(/\/nl\/index\.html$/);
    const styled = () => g.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim() !== '');
    expect(await styled()).toBe(true);

    // Every header link lands on a styled page (folder links name index.html from disk).
    const headerLinks = await g.page.locator('header a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(headerLinks.length).toBeGreaterThan(5);
    for (const href of headerLinks) {
      await g.page.goto(href);
      expect(g.page.url(), href).toMatch(/\.html(#.*)?$/);
      expect(await styled(), href).toBe(true);
    }
    await g.page.goto(pathToFileURL(join(packagedSite, 'nl', 'index.html')).href);
    await g.page.click('.site-nav a[href$="tijdlijn/index.html"]');
    await g.page.waitForURL(/\/nl\/tijdlijn\/index\.html$/);
    expect(await styled()).toBe(true);
    // The timeline's script runs from disk (it enhances the chart with a help text).
    await expect.poll(() => g.page.locator('[data-tl-help]').isVisible()).toBe(true);
    await g.page.locator('.tl-list a[href*="kamervragen-2020/index.html#"]').first().click();
    await g.page.waitForURL(/\/nl\/kamervragen-2020\/index\.html#[a-z0-9-]+$/);
    expect(await styled()).toBe(true);

    // A glossary word leads to its entry; a section's link is copied in full.
    const questions = g.page.url();
    await g.page.locator('main a.term').first().click();
    await g.page.waitForURL(/\/nl\/begrippen\/index\.html#[a-z0-9-]+$/);
    expect(await styled()).toBe(true);
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const anchor = g.page.locator('main a[data-copy-link]').first();
    const expected = await anchor.evaluate((a) => (a as HTMLAnchorElement).href);
    await anchor.click();
    await expect.poll(() => g.page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await g.page.goto(questions);

    await g.page.click('a[data-lang-switch]');
    await g.page.waitForURL(/\/en\/questions-2020\/index\.html(#[a-z0-9-]+)?$/);
    expect(await g.page.getAttribute('html', 'lang')).toBe('en');

    // Search from disk: the shortcut (like the link) goes to the search page, which says it needs
    // a server and keeps its list of every page.
    await g.page.keyboard.press('/');
    await g.page.waitForURL(/\/en\/search\/index\.html$/);
    await expect.poll(() => g.page.locator('[data-search-status]').first().textContent()).toMatch(/does not work when you open the site from a disk/);
    expect(await g.page.locator('[data-search-input]').count()).toBe(0);
    expect(await g.page.locator('[data-search-fallback] a').count()).toBeGreaterThan(10);

    expect(g.errors).toEqual([]);
    await g.context.close();
    await browser.close();
  });
});
