import { describe, expect, inject, it } from 'vitest';
import { contentEvents } from '../support/contentPages.ts';
import { guardedPage, servedSite } from '../support/browser.ts';

// Issue 23: a copy link is named by the page's one hidden label and its heading
// (aria-labelledby), not by its own copy of the heading's text. An accessible-name query (what
// a screen reader or voice control asks for) must still find every event's control by its
// heading, in both languages: "Copy link" with JavaScript, "Link" without.
const ids = contentEvents().map((e) => e.id);

describe('copy links named by their headings', () => {
  const served = servedSite(inject('dist'), inject('folder'));

  it.each([
    ['nl/tijdlijn/', 'Kopieer link', true],
    ['en/timeline/', 'Copy link', true],
    ['en/timeline/', 'Link', false],
  ] as const)('%s: every event\'s copy link is "%s" + its heading', async (path, label, scripts) => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: scripts, viewport: { width: 390, height: 844 } });
    await g.page.goto(`${served.site}${path}`);
    if (scripts) await g.page.waitForFunction(() => document.querySelector('[data-timeline]')?.classList.contains('tl-enhanced'));
    const headings = await g.page.evaluate((list) => list.map((id) => document.getElementById(id)?.textContent ?? ''), ids);
    expect(headings.every((h) => /\d{4}: \S/.test(h)), headings.join(' | ')).toBe(true);
    const links = g.page.locator('.tl-list').getByRole('link');
    for (const [i, id] of ids.entries()) {
      const named = links.filter({ has: g.page.locator(`xpath=self::*[@href="#${id}"]`) });
      expect(await named.count(), id).toBe(1);
      // The name an assistive technology gets, computed by Playwright from the accessibility tree.
      const byName = g.page.locator('.tl-list').getByRole('link', { name: `${label} ${headings[i]}`, exact: true });
      expect(await byName.getAttribute('href'), id).toBe(`#${id}`);
    }
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('a section\'s copy link too, with and without JavaScript', async () => {
    for (const scripts of [true, false]) {
      const g = await guardedPage(served.browser, served.server.origin, { siteScripts: scripts });
      await g.page.goto(`${served.site}nl/kamervragen-2020/`);
      const heading = (await g.page.locator('#q3').textContent())!;
      const named = g.page.getByRole('link', { name: `${scripts ? 'Kopieer link' : 'Link'} ${heading}`, exact: true });
      expect(await named.getAttribute('href')).toBe('#q3');
      await g.context.close();
    }
  });
});
