import { describe, expect, it } from 'vitest';
import { interfaceProblems, missingKeys, useTranslations } from '../../src/lib/i18n.ts';
import { nl } from '../../src/i18n/nl.ts';
import { en } from '../../src/i18n/en.ts';

describe('interface strings', () => {
  it('exist in both languages with the same keys', () => {
    // The check the build runs (src/data/loadSite.ts); a key missing in one file is reported by
    // name (next test), not thrown when the module is imported.
    expect(interfaceProblems()).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
  it('report a key missing in one language, naming the file and key', () => {
    expect(missingKeys({ nl: { a: 'x', b: 'y' }, en: { a: 'x' } })).toEqual(['src/i18n/en.ts: interface string "b" is missing']);
    expect(missingKeys({ nl: { a: 'x' }, en: { a: ' ' } })).toEqual(['src/i18n/en.ts: interface string "a" is missing']);
  });
  it('translate per language', () => {
    expect(useTranslations('nl')('part.answer')).toBe('Het antwoord');
    expect(useTranslations('en')('part.answer')).toBe('The answer');
  });
});
