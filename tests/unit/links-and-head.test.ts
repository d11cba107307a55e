import { describe, expect, it } from 'vitest';
import { createLinks, parseRef } from '../../src/lib/urls/links.ts';
import { absoluteAlternates, alternates, csp, documentTitle } from '../../src/lib/head/head.ts';
import { SiteMap, toSitePage } from '../../src/lib/site.ts';
import type { PageData } from '../../src/lib/content/schemas.ts';
import { langFrom } from '../../src/lib/pageContext.ts';

const data = (key: string): PageData => ({ translationKey: key, title: 'T', navTitle: 'N', description: 'D', kind: 'meta', order: 1, sources: ['x'], updated: '2026-11-23' });
const lists = { events: [], glossary: ['avg'], sources: [] };
const site = new SiteMap([
  toSitePage({ file: 'content/nl/begrippen.mdx', body: '<GlossaryList />', data: data('glossary') }, lists),
  toSitePage({ file: 'content/en/glossary.mdx', body: '<GlossaryList />', data: data('glossary') }, lists),
]);

describe('links by translationKey', () => {
  it('link to the page in the reader\'s language, relative to the page they are on', () => {
    expect(createLinks(site, 'nl', 'nl/kamervragen-2020/').term('avg')).toBe('../begrippen/#avg');
    expect(createLinks(site, 'en', 'en/').page('glossary', 'avg')).toBe('glossary/#avg');
    expect(createLinks(site, 'en', 'en/').page('glossary', undefined, 'nl')).toBe('../nl/begrippen/');
    expect(createLinks(site, 'nl', '').page('glossary', 'avg', 'en')).toBe('en/glossary/#avg');
  });
  it('add index.html to folder links in the copy that opens from disk', () => {
    const url = createLinks(site, 'nl', 'nl/tijdlijn/', { format: 'file' });
    expect(url.term('avg')).toBe('../begrippen/index.html#avg');
    expect(url.path('favicon.svg')).toBe('../../favicon.svg');
    expect(url.root).toBe('../../');
  });
  it('make absolute URLs only when the site\'s address is given', () => {
    expect(createLinks(site, 'nl', 'nl/').absolute('nl/')).toBeUndefined();
    const url = createLinks(site, 'nl', 'nl/', { base: '/sub/', origin: new URL('https://example.org') });
    expect(url.absolute('nl/begrippen/')).toBe('https://example.org/sub/nl/begrippen/');
    expect(url.asset('/sub/_astro/x.css')).toBe('../_astro/x.css');
    expect(url.rooted('en/')).toBe('/sub/en/');
  });
  it('refuse unknown pages and sections', () => {
    const url = createLinks(site, 'nl', 'nl/');
    expect(() => url.page('nope')).toThrow(/translationKey "nope"/);
    expect(() => url.term('gdpr')).toThrow(/no section "gdpr"/);
  });
  it('parses Ref targets', () => {
    expect(parseRef('answers-2021#catch', 'x')).toEqual({ key: 'answers-2021', id: 'catch' });
    expect(parseRef('#q3', 'questions-2020')).toEqual({ key: 'questions-2020', id: 'q3' });
    expect(parseRef('europe', 'x')).toEqual({ key: 'europe', id: undefined });
  });
});

describe('head', () => {
  it('lists hreflang alternates and x-default', () => {
    expect(alternates({ nl: '/nl/a/', en: '/en/b/' }, '/')).toEqual([
      { hreflang: 'nl', href: '/nl/a/' },
      { hreflang: 'en', href: '/en/b/' },
      { hreflang: 'x-default', href: '/' },
    ]);
  });
  it('writes alternates only with the site\'s address: never relative ones', () => {
    const at = (origin?: string) => (sitePath: string) => (origin ? `${origin}${sitePath}` : undefined);
    expect(absoluteAlternates({ nl: 'nl/a/', en: 'en/b/' }, at())).toEqual([]);
    expect(absoluteAlternates({ nl: 'nl/a/', en: 'en/b/' }, at('https://e.org/x/'))).toEqual([
      { hreflang: 'nl', href: 'https://e.org/x/nl/a/' },
      { hreflang: 'en', href: 'https://e.org/x/en/b/' },
      { hreflang: 'x-default', href: 'https://e.org/x/' },
    ]);
  });
  it('has a CSP without unsafe-inline; only search pages may run WebAssembly; no workers', () => {
    const search = csp({ search: true });
    const plain = csp({ search: false, scriptHashes: ['sha256-abc'], styleHashes: ['sha256-def'] });
    for (const policy of [search, plain]) {
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|blob:/);
      expect(policy).toMatch(/worker-src 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
    }
    expect(search).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(plain).toMatch(/script-src 'self' 'sha256-abc';/);
    expect(plain).toMatch(/style-src 'self' 'sha256-def';/);
  });
  it('titles pages', () => {
    expect(documentTitle('Tijdlijn', 'Clearview AI in Nederland')).toBe('Tijdlijn | Clearview AI in Nederland');
  });
  it('knows the page language from the route', () => {
    expect(langFrom(undefined, { lang: 'en' })).toBe('en');
    expect(langFrom('en', {})).toBe('en');
    expect(langFrom(undefined, {})).toBe('nl');
  });
});
