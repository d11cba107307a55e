import type { Page } from 'playwright-core';
import { readPage, references } from './html.ts';

// Checks that need a page loaded in Chromium but not a load of their own: the one walk over every
// built page (tests/browser/design.test.ts) runs them on the page it already has open, so each
// page is loaded once per walk however many concerns look at it. Each returns what is wrong, as
// sentences naming the page; an empty list is a pass.

/**
 * Side notes (issue 22) at a width that shows them: no note list overlaps another, none runs past
 * the end of the text. They are placed by CSS alone, so the page may be resized to that width in
 * place rather than loaded at it.
 */
export function sideNoteProblems(page: Page, path: string): Promise<string[]> {
  return page.evaluate((path) => {
    const lists = [...document.querySelectorAll('.section > .notes')].filter((n) => getComputedStyle(n).position === 'absolute').map((n) => {
      const items = n.querySelectorAll('li');
      return { id: n.parentElement!.getAttribute('aria-labelledby'), top: items[0]!.getBoundingClientRect().top, bottom: items[items.length - 1]!.getBoundingClientRect().bottom };
    });
    const out: string[] = [];
    lists.forEach((a, i) => lists.slice(i + 1).forEach((b) => { if (a.top < b.bottom && b.top < a.bottom) out.push(`/${path}: side notes ${a.id} overlap ${b.id}`); }));
    const end = document.querySelector('.page-body')?.getBoundingClientRect().bottom ?? Infinity;
    for (const l of lists) if (l.bottom > end) out.push(`/${path}: side notes ${l.id} run ${Math.round(l.bottom - end)} px past the text`);
    return out;
  }, path);
}

/**
 * Host it anywhere (issue 12), for a page served in a folder: every header, footer and in-text link
 * the browser has (SVG ones too, resolved here) is one written in the page's HTML (no script adds
 * one, which is what lets the HTTP walk in hosting.test.ts read them from the HTML), answers 200
 * and stays in the site's folder. `answers` caches each address's status across the walk.
 */
export async function linkProblems(page: Page, dist: string, path: string, site: string, answers: Map<string, number>): Promise<string[]> {
  const problems: string[] = [];
  const { origin, pathname: folder } = new URL(site);
  const links = await page.locator('header a[href], .site-nav a[href], footer a[href], main a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  const written = new Set(references(readPage(dist, path)).links.map((href) => new URL(href, page.url()).href));
  for (const href of links) {
    if (!written.has(href)) problems.push(`/${path}: ${href} is not in the page's HTML`);
    const url = new URL(href);
    if (url.origin !== origin) continue;
    if (!answers.has(url.pathname)) answers.set(url.pathname, (await page.request.get(`${origin}${url.pathname}`)).status());
    if (answers.get(url.pathname) !== 200) problems.push(`/${path}: ${href} → ${answers.get(url.pathname)}`);
    if (!url.pathname.startsWith(folder)) problems.push(`/${path}: ${href} leaves the site's folder`);
  }
  return problems;
}
