import { describe, expect, it } from 'vitest';
import { joinBase, pagePath, pageUrl, relativeUrl, stripBase } from '../../src/lib/urls.ts';
import { normalizeBase } from '../../src/lib/base.ts';

describe('pageUrl', () => {
  it('builds language-prefixed URLs with trailing slash and optional #id', () => {
    expect(pageUrl({ lang: 'nl', slug: 'kamervragen-2020', id: 'q3' }, '/')).toBe('/nl/kamervragen-2020/#q3');
    expect(pageUrl({ lang: 'en', slug: '' }, '/')).toBe('/en/');
    expect(pagePath({ lang: 'en', slug: 'glossary', id: 'avg' })).toBe('en/glossary/#avg');
  });
  it('puts everything under a sub-path base', () => {
    expect(pageUrl({ lang: 'nl', slug: 'bronnen', id: 'ah-2669' }, '/lessen/clearview/')).toBe('/lessen/clearview/nl/bronnen/#ah-2669');
    expect(joinBase('/a/b', '/nl/')).toBe('/a/b/nl/');
  });
});

describe('relativeUrl', () => {
  it('links between folders without knowing the base', () => {
    expect(relativeUrl('nl/kamervragen-2020/', 'nl/bronnen/#ah-2669')).toBe('../bronnen/#ah-2669');
    expect(relativeUrl('nl/', 'en/')).toBe('../en/');
    expect(relativeUrl('', 'nl/')).toBe('nl/');
    expect(relativeUrl('nl/begrippen/', 'nl/begrippen/#avg')).toBe('./#avg');
  });
  it('adds index.html for file:// when asked', () => {
    expect(relativeUrl('nl/x/', 'en/y/#q1', true)).toBe('../../en/y/index.html#q1');
    expect(relativeUrl('nl/x/', 'nl/x/', true)).toBe('index.html');
  });
});

describe('stripBase and normalizeBase', () => {
  it('removes the base from a pathname', () => {
    expect(stripBase('/sub/nl/bronnen/', '/sub/')).toBe('nl/bronnen/');
    expect(stripBase('/sub', '/sub/')).toBe('');
    expect(stripBase('/nl/', '/')).toBe('nl/');
  });
  it('normalises BASE_PATH to /a/b/ and refuses URLs', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('lessen/clearview')).toBe('/lessen/clearview/');
    expect(normalizeBase('/lessen//clearview/')).toBe('/lessen/clearview/');
    expect(() => normalizeBase('https://example.org/x')).toThrow(/BASE_PATH/);
  });
});
