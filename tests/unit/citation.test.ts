import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation, citationParts, isoDay, joinTitles } from '../../src/lib/sources/citation.ts';
import { nl } from '../../src/i18n/nl.ts';
import { en } from '../../src/i18n/en.ts';

const page = { siteName: 'Clearview AI in Nederland', title: 'Hoe de antwoorden veranderden, 2020 → 2021', updated: '2026-11-23' };

describe('citation (APA 7)', () => {
  it('Dutch: site as author, Dutch date order, "Geraadpleegd op … van …"', () => {
    expect(citation({ lang: 'nl', ...page, section: 'Gebruik door de politie', accessed: '2026-12-01', url: 'https://example.org/nl/antwoorden-vergeleken/#police-use' })).toBe(
      'Redactie van de website Clearview AI in Nederland. (2026, 23 november). Hoe de antwoorden veranderden, 2020 → 2021: Gebruik door de politie. Geraadpleegd op 1 december 2026, van https://example.org/nl/antwoorden-vergeleken/#police-use',
    );
  });

  it('English: month before day, "Retrieved …, from …"', () => {
    expect(citation({ lang: 'en', siteName: 'Clearview AI in the Netherlands', title: 'For teachers', updated: '2026-03-05', accessed: '2027-01-09', url: 'https://example.org/en/for-teachers/' })).toBe(
      'Editors of the website Clearview AI in the Netherlands. (2026, March 5). For teachers. Retrieved January 9, 2027, from https://example.org/en/for-teachers/',
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

/** Every page title in content/, with the headings of its sections and lesson parts. */
function pagesAndSections(): { file: string; lang: 'nl' | 'en'; title: string; sections: string[] }[] {
  const root = new URL('../../content/', import.meta.url).pathname;
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : []));
  return ['nl', 'en'].flatMap((lang) =>
    walk(lang).map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const t = (lang === 'nl' ? nl : en) as Record<string, string>;
      const sections = [
        ...[...text.matchAll(/<Section\b[^>]*?\btitle="([^"]+)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/<LessonPart\b[^>]*?\bkind="([a-z]+)"/g)].map((m) => t[`lesson.part.${m[1]}`]!),
      ];
      return { file, lang: lang as 'nl' | 'en', title: /^title: "(.+)"$/m.exec(text)![1]!, sections };
    }),
  );
}

describe('citation: author and joined titles', () => {
  it('the author cannot be read as the company: it never starts with the site\'s bare name', () => {
    for (const [lang, siteName] of [['nl', 'Clearview AI in Nederland'], ['en', 'Clearview AI in the Netherlands']] as const) {
      const { author } = citationParts({ lang, siteName, title: 'Bronnen', updated: '2026-11-23' });
      expect(author.startsWith('Clearview')).toBe(false);
      expect(author).toContain(siteName);
    }
    expect(citationParts({ lang: 'nl', ...page }).author).toBe('Redactie van de website Clearview AI in Nederland.');
    expect(citationParts({ lang: 'en', ...page, siteName: 'Clearview AI in the Netherlands' }).author).toBe('Editors of the website Clearview AI in the Netherlands.');
  });

  it('joins page and section with a colon only where no colon or question mark is already there', () => {
    expect(joinTitles('Bronnen', 'Officiële stukken')).toBe('Bronnen: Officiële stukken');
    expect(joinTitles('Europa en de wet: klachten, boetes en een verbod', 'Leerdoelen')).toBe('Europa en de wet: klachten, boetes en een verbod – Leerdoelen');
    expect(joinTitles('Wat is gezichtsherkenning, en wat doet Clearview anders?', 'Leerdoelen')).toBe('Wat is gezichtsherkenning, en wat doet Clearview anders? Leerdoelen');
    expect(joinTitles('De Kamervragen van 2020', 'Vraag 1: Kent de minister het nieuws?')).toBe('De Kamervragen van 2020 – Vraag 1: Kent de minister het nieuws?');
    expect(joinTitles('Tijdlijn')).toBe('Tijdlijn');
  });

  it('no citation of any page or section of the site has a double colon or "?:"', () => {
    const all = pagesAndSections();
    expect(all.length).toBeGreaterThan(20);
    let checked = 0;
    for (const { file, lang, title, sections } of all) {
      for (const section of [undefined, ...sections]) {
        const { title: cited } = citationParts({ lang, siteName: 'Clearview AI', title, section, updated: '2026-12-05' });
        expect(cited, `${file}: ${section}`).not.toMatch(/[?!]\s*:/);
        expect(cited.split(':').length - 1, `${file}: ${section}`).toBeLessThanOrEqual(1);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe('citation dates', () => {
  it('name every month as the language writes it (Intl, from the language table)', async () => {
    const { citationParts } = await import('../../src/lib/sources/citation.ts');
    const months = { nl: ['januari', 'maart', 'december'], en: ['January', 'March', 'December'] } as const;
    for (const lang of ['nl', 'en'] as const) {
      ['2026-01-05', '2026-03-05', '2026-12-05'].forEach((updated, i) => {
        const parts = citationParts({ lang, siteName: 'S', title: 'T', updated, url: 'https://e.org/' });
        expect(parts.date, `${lang} ${updated}`).toContain(months[lang][i]);
      });
    }
  });
});
