import { describe, expect, it } from 'vitest';
import { keyUrl, parseRef } from '../../src/lib/links.ts';
import { absolute, alternates, CSP, documentTitle } from '../../src/lib/head.ts';
import { SiteMap, toSitePage } from '../../src/lib/site.ts';
import type { PageData } from '../../src/lib/schemas.ts';
import { langFrom } from '../../src/lib/pageContext.ts';

const data = (key: string): PageData => ({ translationKey: key, title: 'T', navTitle: 'N', description: 'D', kind: 'meta', order: 1, sources: ['x'], updated: '2026-11-23' });
const lists = { Timeline: [], GlossaryList: ['avg'], SourceList: [] };
const site = new SiteMap([
  toSitePage({ file: 'content/nl/begrippen.mdx', body: '<GlossaryList />', data: data('glossary') }, lists),
  toSitePage({ file: 'content/en/glossary.mdx', body: '<GlossaryList />', data: data('glossary') }, lists),
]);

describe('keyUrl', () => {
  it('links by translationKey to the page in the reader\'s language', () => {
    expect(keyUrl(site, 'glossary', 'nl', '/', 'avg')).toBe('/nl/begrippen/#avg');
    expect(keyUrl(site, 'glossary', 'en', '/sub/', 'avg')).toBe('/sub/en/glossary/#avg');
  });
  it('refuses unknown pages and sections', () => {
    expect(() => keyUrl(site, 'nope', 'nl', '/')).toThrow(/translationKey "nope"/);
    expect(() => keyUrl(site, 'glossary', 'nl', '/', 'gdpr')).toThrow(/no section "gdpr"/);
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
  it('makes absolute URLs only when the origin is known', () => {
    expect(absolute('/nl/', undefined)).toBe('/nl/');
    expect(absolute('/nl/', new URL('https://example.org'))).toBe('https://example.org/nl/');
  });
  it('has a CSP without unsafe-inline that lets Pagefind run', () => {
    expect(CSP).not.toMatch(/unsafe-inline/);
    expect(CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(CSP).toMatch(/worker-src 'self' blob:/);
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
