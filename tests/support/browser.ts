import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';
import { serveStatic, type StaticServer } from './server.ts';

const require = createRequire(import.meta.url);
const AXE_FILE = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_FILE, 'utf8');
/**
 * Where `servedSite`'s server also answers with axe-core: beside the site, on its origin. No `.js`
 * at the end, so that "without JavaScript" (which empties the site's scripts) leaves it alone.
 */
export const AXE_PATH = '/__tests__/axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launch(executablePath: string): Promise<Browser> {
  // A fresh temporary profile each time: launch() without a user-data-dir makes one.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page that records what must never happen: a request to any host but the local server,
 * a console error, an uncaught exception (a CSP violation shows up as a console error).
 */
export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  foreignRequests: string[];
  errors: string[];
}

export async function guardedPage(
  browser: Browser,
  origin: string,
  options: { siteScripts?: boolean; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference'; locale?: string } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'nl-NL',
  });
  if (options.siteScripts === false) {
    // "Without JavaScript" as a reader has it: none of the site's scripts run. The browser's own
    // JavaScript stays on so axe can still be evaluated in the page over CDP.
    await context.route(/\.m?js(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  }
  // Playwright's own waits (a navigation, a locator) get the same room as a test: on a busy machine a
  // page can take many seconds to load, and only the test's own budget should decide.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const host = new URL(origin).host;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== host) foreignRequests.push(req.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { page, context, foreignRequests, errors };
}

/** The end of a test with its own page: nothing asked of another host, nothing logged as an error. */
export async function closeClean(g: GuardedPage): Promise<void> {
  expect(g.foreignRequests).toEqual([]);
  expect(g.errors).toEqual([]);
  await g.context.close();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. On a page `servedSite` serves, axe is loaded as a script from the
 * same server (allowed by the site's `script-src 'self'`): Chromium then compiles it once for all
 * the pages of a browser context, where handing its 650 KB to every page over CDP cost about as
 * much as a third of axe's own run. Elsewhere (a page from disk) it is evaluated over CDP, which
 * no CSP can refuse.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate((src) => {
    if (!location.protocol.startsWith('http')) return false;
    return new Promise<boolean>((resolve) => {
      const script = document.createElement('script');
      script.src = src;
      const settle = (ok: boolean) => {
        script.remove();
        resolve(ok);
      };
      script.onload = () => settle(true);
      script.onerror = () => settle(false);
      document.head.append(script);
    });
  }, AXE_PATH);
  if (!loaded) await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Only violations are read: the "no-passes" reporter does not build the rest.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], reporter: 'no-passes' });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export interface ServedSite {
  browser: Browser;
  server: StaticServer;
  /** The site's root URL, origin plus base path. */
  site: string;
}

/**
 * Serves a build under its base path and launches Chromium for the tests of one describe block;
 * both are closed after it. The returned object is filled in beforeAll.
 */
export function servedSite(dist: string, base: string, options: { notFound?: string } = {}): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    served.server = await serveStatic(dist, base, { ...options, extra: { [AXE_PATH]: { file: AXE_FILE, type: 'text/javascript; charset=utf-8' } } });
    served.site = served.server.origin + base;
    served.browser = await launch(inject('chromium'));
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
