import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, LANG_NAMES, isLang, otherLang } from '../../src/lib/locales.ts';
import { bilingual } from '../../src/lib/content/schemas.ts';
import { searchSlug } from '../../src/lib/search/search.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { unexpectedContentFiles } from '../../src/lib/content/files.ts';

// One table per language (src/lib/locales.ts): what differs per language is read from its row.
describe('the language table', () => {
  it('has one row per language, Dutch first, each complete', () => {
    expect(LOCALES).toEqual(['nl', 'en']);
    for (const lang of LOCALES) {
      const row = LANGUAGES[lang];
      for (const field of ['name', 'englishName', 'intl', 'ogLocale', 'searchSlug'] as const) expect(row[field], `${lang}.${field}`).toMatch(/\S/);
      expect(new Intl.DateTimeFormat(row.intl).resolvedOptions().locale, lang).toBe(row.intl);
    }
    expect(isLang('nl') && isLang('en')).toBe(true);
    expect(isLang('de') || isLang('toString')).toBe(false);
    expect(otherLang('nl')).toBe('en');
    expect(otherLang('en')).toBe('nl');
  });
  it('is what the search slugs, names, dates, schemas and content folders are built from', () => {
    expect([searchSlug('nl'), searchSlug('en')]).toEqual(['zoeken', 'search']);
    expect(LANG_NAMES).toEqual({ nl: 'Nederlands', en: 'English' });
    expect(formatDate('2020-02-28', 'nl')).toBe('28 februari 2020');
    expect(formatDate('2020-02-28', 'en')).toBe('28 February 2020');
    expect(bilingual.safeParse({ nl: 'a', en: 'b' }).success).toBe(true);
    const missing = bilingual.safeParse({ nl: 'a' });
    expect(missing.success).toBe(false);
    expect(unexpectedContentFiles(['nl/a.mdx', 'en/b/c.mdx', 'de/a.mdx'])).toEqual([expect.stringMatching(/^content\/de\/a\.mdx: not part of any collection; pages are content\/nl\/\*\.mdx or content\/en\/\*\.mdx/)]);
  });
});
