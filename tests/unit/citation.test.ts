import { describe, expect, it } from 'vitest';
import { citation, citationParts, isoDay } from '../../src/lib/citation.ts';

const page = { siteName: 'Clearview AI in Nederland', title: 'Hoe de antwoorden veranderden, 2020 → 2021', updated: '2026-11-23' };

describe('citation (APA 7)', () => {
  it('Dutch: site as author, Dutch date order, "Geraadpleegd op … van …"', () => {
    expect(citation({ lang: 'nl', ...page, section: 'Gebruik door de politie', accessed: '2026-12-01', url: 'https://example.org/nl/antwoorden-vergeleken/#police-use' })).toBe(
      'Clearview AI in Nederland. (2026, 23 november). Hoe de antwoorden veranderden, 2020 → 2021: Gebruik door de politie. Geraadpleegd op 1 december 2026, van https://example.org/nl/antwoorden-vergeleken/#police-use',
    );
  });

  it('English: month before day, "Retrieved …, from …"', () => {
    expect(citation({ lang: 'en', siteName: 'Clearview AI in the Netherlands', title: 'For teachers', updated: '2026-03-05', accessed: '2027-01-09', url: 'https://example.org/en/for-teachers/' })).toBe(
      'Clearview AI in the Netherlands. (2026, March 5). For teachers. Retrieved January 9, 2027, from https://example.org/en/for-teachers/',
    );
  });

  it('says in the reader\'s language where to fill in the date and address when they are unknown', () => {
    expect(citation({ lang: 'nl', ...page })).toMatch(/ Geraadpleegd op \[datum\], van \[adres van deze pagina\]$/);
    expect(citation({ lang: 'en', ...page, url: '' })).toMatch(/ Retrieved \[date\], from \[address of this page\]$/);
  });

  it('does not add a full stop after a title that ends in a question mark', () => {
    expect(citationParts({ lang: 'en', ...page, title: 'What is Clearview?' }).title).toBe('What is Clearview?');
    expect(citationParts({ lang: 'en', ...page, title: 'Sources' }).title).toBe('Sources.');
  });

  it('refuses a date that is not a day, so a bad front matter cannot print nonsense', () => {
    expect(() => citation({ lang: 'en', ...page, updated: '2026-11' })).toThrow(/YYYY-MM-DD/);
    expect(() => citation({ lang: 'nl', ...page, accessed: '2026-13-01' })).toThrow(/not a date/);
  });

  it('isoDay gives the local calendar day', () => {
    expect(isoDay(new Date(2027, 0, 9, 23, 30))).toBe('2027-01-09');
  });
});
