import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { PAGE_KINDS } from '../../src/lib/content/schemas.ts';
import { MAX_QUERY_LENGTH, readQuery, withSearchQuery } from '../../src/lib/search/query.ts';
import {
  isSearchShortcut,
  kindLabelKey,
  pagefindFilter,
  searchAvailable,
  searchSource,
  searchPagePath,
  wantsHighlight,
  type KeyInput,
} from '../../src/lib/search/search.ts';
import { excerptParts, fillIn, kindFilter, resultSummary, subResultsToShow } from '../../src/lib/search/results.ts';

const key = (k: string, more: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, inEditable: false, ...more });

describe('search URLs', () => {
  it('has one search page per language', () => {
    expect(searchPagePath('nl')).toBe('nl/zoeken/');
    expect(searchPagePath('en')).toBe('en/search/');
  });
});

describe('searchAvailable and searchSource', () => {
  it('reads from disk only for pages opened from disk', () => {
    expect(searchSource('file:')).toBe('disk');
    for (const protocol of ['http:', 'https:']) expect(searchSource(protocol)).toBe('server');
  });
  it('is false only from disk in a browser without WebAssembly', () => {
    expect(searchAvailable('file:', false)).toBe(false);
    expect(searchAvailable('file:', true)).toBe(true);
    for (const protocol of ['http:', 'https:']) for (const wasm of [true, false]) expect(searchAvailable(protocol, wasm)).toBe(true);
  });
});

describe('withSearchQuery', () => {
  it('puts the term in ?q= for sharing, keeping the rest of the URL', () => {
    expect(withSearchQuery('http://x/sub/nl/zoeken/?highlight=a#top', ' Catch ')).toBe('http://x/sub/nl/zoeken/?highlight=a&q=Catch#top');
    expect(withSearchQuery('/en/search/', 'GDPR & AVG', 'http://x/en/timeline/')).toBe('http://x/en/search/?q=GDPR+%26+AVG');
  });
  it('drops ?q= when the term is empty', () => {
    expect(withSearchQuery('http://x/nl/zoeken/?q=old', '  ')).toBe('http://x/nl/zoeken/');
  });
  it('never carries markup as markup', () => {
    expect(withSearchQuery('http://x/nl/zoeken/', '<img src=x>')).toBe('http://x/nl/zoeken/?q=%3Cimg+src%3Dx%3E');
  });
});

describe('readQuery', () => {
  it('reads ?q= decoded and trimmed', () => {
    expect(readQuery('?q=%20catch%20')).toBe('catch');
    expect(readQuery('?q=facial+recognition&x=1')).toBe('facial recognition');
    expect(readQuery('')).toBe('');
    expect(readQuery('?highlight=avg')).toBe('');
  });
  it('returns plain text: control characters become spaces, length is bounded', () => {
    expect(readQuery('?q=a%00b%0Ac')).toBe('a b c');
    expect(readQuery(`?q=${'x'.repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH);
    // Markup stays text; callers only ever set it as an input value or pass it to Pagefind.
    expect(readQuery('?q=%3Cimg%20src%3Dx%3E')).toBe('<img src=x>');
  });
  it('knows when a result link asked for highlighted words', () => {
    expect(wantsHighlight('?highlight=catch')).toBe(true);
    expect(wantsHighlight('?highlight=&highlight=avg')).toBe(true);
    expect(wantsHighlight('?highlight=')).toBe(false);
    expect(wantsHighlight('?q=catch')).toBe(false);
  });
});

describe('isSearchShortcut', () => {
  it('opens on "/" outside text fields, with or without Shift (Dutch keyboards)', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { inEditable: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
  });
  it('opens on Ctrl+K and Cmd+K, also from a text field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true, inEditable: true }))).toBe(true);
  });
  it('leaves other keys, Alt combinations and IME composition alone', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { isComposing: true }))).toBe(false);
    expect(isSearchShortcut(key('s', { ctrlKey: true }))).toBe(false);
  });
});

describe('kind filter', () => {
  it('builds name:value and refuses what Pagefind would misread', () => {
    expect(pagefindFilter('Soort pagina', 'Vragen en antwoorden')).toBe('Soort pagina:Vragen en antwoorden');
    expect(() => pagefindFilter('a:b', 'x')).toThrow(/filter name/);
    expect(() => pagefindFilter('kind', 'a, b')).toThrow(/filter value/);
    expect(() => pagefindFilter('', 'x')).toThrow();
  });
  it.each(LOCALES)('has a usable name and a label for every kind of page in %s', (lang) => {
    const t = useTranslations(lang);
    const labels = PAGE_KINDS.map((kind) => pagefindFilter(t('search.kindFilter'), t(kindLabelKey(kind))));
    expect(new Set(labels).size).toBe(PAGE_KINDS.length);
  });
});

describe('excerptParts', () => {
  it('reads only <mark> from an excerpt; every other piece of markup stays text', () => {
    expect(excerptParts('het <mark>CATCH</mark>-systeem van de <mark>politie</mark>')).toEqual([
      { text: 'het ', mark: false },
      { text: 'CATCH', mark: true },
      { text: '-systeem van de ', mark: false },
      { text: 'politie', mark: true },
    ]);
    expect(excerptParts('a <img src=x onerror=alert(1)> <mark>b</mark>')).toEqual([
      { text: 'a <img src=x onerror=alert(1)> ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
  it('decodes the entities Pagefind escapes, once', () => {
    expect(excerptParts('AP &amp; AVG &lt;b&gt; &amp;lt;')).toEqual([{ text: 'AP & AVG <b> &lt;', mark: false }]);
  });
  it('joins runs of the same kind and drops empty ones', () => {
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('subResultsToShow', () => {
  const sub = (id: string, hits: number) => ({ title: id, url: `/nl/p/#${id}`, excerpt: '', locations: Array.from({ length: hits }, (_, i) => i) });
  it('leaves out the page itself and keeps the busiest sections in page order', () => {
    const data = { url: '/nl/p/', excerpt: '', meta: {}, sub_results: [{ title: 'P', url: '/nl/p/', excerpt: '' }, sub('a', 1), sub('b', 5), sub('c', 2), sub('d', 4)] };
    expect(subResultsToShow(data).map((s) => s.title)).toEqual(['b', 'c', 'd']);
    expect(subResultsToShow(data, 1).map((s) => s.title)).toEqual(['b']);
  });
  it('keeps a first section that is not the page itself, and copes with none', () => {
    expect(subResultsToShow({ url: '/nl/p/', excerpt: '', meta: {}, sub_results: [sub('catch', 1)] }).map((s) => s.url)).toEqual(['/nl/p/#catch']);
    expect(subResultsToShow({ url: '/nl/p/', excerpt: '', meta: {} })).toEqual([]);
  });
});

describe('result summary', () => {
  const texts = { none: 'Geen resultaten voor {query}', one: '1 resultaat voor {query}', many: '{count} resultaten voor {query}' };
  it('picks none, one or many and fills in the query as text', () => {
    expect(resultSummary(texts, 0, 'x')).toBe('Geen resultaten voor x');
    expect(resultSummary(texts, 1, 'catch')).toBe('1 resultaat voor catch');
    expect(resultSummary(texts, 7, '<b>')).toBe('7 resultaten voor <b>');
  });
  it('leaves unknown placeholders and does not re-read filled values', () => {
    expect(fillIn('{count} {other}', { count: '{other}' })).toBe('{other} {other}');
  });
  it('the interface strings in both languages carry the placeholders', () => {
    for (const lang of LOCALES) {
      const t = useTranslations(lang);
      expect(t('search.resultsMany')).toContain('{count}');
      for (const k of ['search.resultsNone', 'search.resultsOne', 'search.resultsMany'] as const) expect(t(k), `${lang} ${k}`).toContain('{query}');
    }
  });
});

describe('kindFilter', () => {
  it('asks for any of the checked kinds, or filters nothing', () => {
    expect(kindFilter('Soort pagina', ['Tijdlijn', 'Begrippen'])).toEqual({ 'Soort pagina': { any: ['Tijdlijn', 'Begrippen'] } });
    expect(kindFilter('Soort pagina', [])).toEqual({});
  });
});
