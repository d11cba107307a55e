import { describe, expect, it } from 'vitest';
import { joinBase, pagePath, parseLinkFormat, relativeUrl, sitePathOfFile, stripBase } from '../../src/lib/urls/urls.ts';
import { normalizeBase } from '../../src/lib/urls/base.ts';

describe('pagePath', () => {
  it('builds language-prefixed paths with trailing slash and optional #id', () => {
    expect(pagePath({ lang: 'nl', slug: 'kamervragen-2020', id: 'q3' })).toBe('nl/kamervragen-2020/#q3');
    expect(pagePath({ lang: 'en', slug: '' })).toBe('en/');
    expect(joinBase('/a/b', '/nl/')).toBe('/a/b/nl/');
  });
  it('knows the folder a built file is written from', () => {
    expect(sitePathOfFile('nl/bronnen/index.html')).toBe('nl/bronnen/');
    expect(sitePathOfFile('index.html')).toBe('');
    expect(sitePathOfFile('404.html')).toBe('404.html');
  });
  it('reads LINK_FORMAT and refuses anything else', () => {
    expect(parseLinkFormat(undefined)).toBe('directory');
    expect(parseLinkFormat('file')).toBe('file');
    expect(() => parseLinkFormat('relative')).toThrow(/LINK_FORMAT/);
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
    expect(relativeUrl('nl/x/', 'en/y/#q1', 'file')).toBe('../../en/y/index.html#q1');
    expect(relativeUrl('nl/x/', 'nl/x/', 'file')).toBe('index.html');
    expect(relativeUrl('404.html', 'nl/')).toBe('nl/');
    expect(relativeUrl('nl/x/', '_astro/a.css', 'file')).toBe('../../_astro/a.css');
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
