import { describe, expect, inject, it } from 'vitest';
import { contentPages } from '../support/contentPages.ts';
import { attrValues, decode, readPage } from '../support/html.ts';
import { expectedUpdated } from '../support/updated.ts';

// Issue 21: each page's "updated" date follows the git history of its files (its MDX file and
// the data its list renders), not a front-matter date someone forgot to change. Dates shown on
// the page, in "Cite this" and in the footer are the same date.
const dist = inject('dist');
const pages = contentPages();

describe('"updated" dates come from the history of each page\'s files', () => {
  it.each(['nl', 'en'] as const)('%s: every page shows the date of its last change, in the footer and in "Cite this"', (lang) => {
    const mine = pages.filter((p) => p.lang === lang);
    expect(mine.length).toBeGreaterThan(10);
    for (const page of mine) {
      const html = readPage(dist, page.path);
      const expected = expectedUpdated(page);
      const footer = html.slice(html.indexOf('<footer'));
      expect(attrValues(footer, 'time', 'datetime'), page.file).toContain(expected);
      const citations = attrValues(html, 'p', 'data-citation').map((json) => JSON.parse(decode(json)) as { updated: string });
      expect(citations.length, page.file).toBeGreaterThan(0);
      for (const c of citations) expect(c.updated, page.file).toBe(expected);
      // Every "updated" <time> on the page is that one date: no stale front-matter date left.
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const m of main.matchAll(/class="page-updated"[^>]*>[^<]*<time datetime="([^"]+)"/g)) expect(m[1], page.file).toBe(expected);
    }
  });
});
