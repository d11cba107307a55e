import { describe, expect, it } from 'vitest';
import { createPageContext } from '../../src/lib/pageContext.ts';
import { SiteMap, toSitePage, type SiteData } from '../../src/lib/site.ts';
import type { PageData } from '../../src/lib/content/schemas.ts';

// What is derived from a page is worked out once, in its context, so components only read it.
const lists = { events: [], glossary: [], sources: ['ah-2669'] };
const data = (key: string, order: number): PageData =>
  ({ translationKey: key, title: key, navTitle: key, description: 'd', kind: 'background', order, sources: ['ah-2669'], updated: '2026-12-05' }) as PageData;
const pages = [
  toSitePage({ file: 'content/nl/index.mdx', body: '<Section id="a" title="A">\n\nx <Cite id="ah-2669" loc="Antwoord 1" /> y <Cite id="ah-2669" loc="Antwoord 2" />\n\n</Section>\n', data: data('home', 1) }, lists),
  toSitePage({ file: 'content/nl/europa.mdx', body: 'z', data: data('europe', 2) }, lists),
  toSitePage({ file: 'content/nl/over-deze-site.mdx', body: 'z', data: data('about', 3) }, lists),
];
const site = { site: new SiteMap(pages), sources: new Map(), glossary: [], events: [] } as unknown as SiteData;
const route = (pathname: string, slug?: string) => ({ pathname, base: '/', params: { lang: 'nl', slug }, currentLocale: 'nl', format: 'directory' as const });

describe('the page context', () => {
  it('numbers the page\'s notes once, by section', () => {
    const ctx = createPageContext(site, route('/nl/'));
    expect(ctx.notes?.inSection('a').map((n) => n.n)).toEqual([1, 2]);
    expect(ctx.notes?.numberOf({ id: 'ah-2669', loc: 'Antwoord 2' })).toBe(2);
  });
  it('knows the pages before and after this one in the menu', () => {
    const ctx = createPageContext(site, route('/nl/europa/', 'europa'));
    expect(ctx.pager.prev?.data.translationKey).toBe('home');
    expect(ctx.pager.next?.data.translationKey).toBe('about');
  });
  it('has neither on a page that is not content (the search page, 404)', () => {
    const ctx = createPageContext(site, { ...route('/nl/zoeken/'), params: { lang: 'nl', search: 'zoeken' } });
    expect(ctx.notes).toBeUndefined();
    expect(ctx.pager).toEqual({});
  });
});
