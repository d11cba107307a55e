import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content/rules.ts';
import { correctionProblems, shownCorrections } from '../../src/lib/content/corrections.ts';
import { pageSchema, type PageData, type Source } from '../../src/lib/content/schemas.ts';
import { SiteMap, toSitePage } from '../../src/lib/site.ts';

// Issue 21: each page lists its dated corrections at its end; a correction without its date or
// without its twin in the other language stops the build, naming file and field.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/corrections/${name}.mdx`, import.meta.url), 'utf8');
const frontmatter = (name: string): unknown => parse(fixture(name).split('---')[1]!);
// The build sets "updated" from git (src/lib/content/pageDates.ts); a fixed day stands in for it here.
const page = (file: string, name: string) => toSitePage({ file, body: 'x', data: { ...pageSchema.parse(frontmatter(name)), updated: '2026-12-05' } }, { events: [], glossary: [], sources: [] });

describe('corrections: the schema', () => {
  it('refuses a correction without a date, naming the field', () => {
    const result = pageSchema.safeParse(frontmatter('no-date'));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['corrections.0.date']);
  });

  it('refuses a correction without its text, and a date that is not a day', () => {
    const data = frontmatter('dated-nl') as { corrections: Record<string, unknown>[] };
    data.corrections[0] = { date: '2026-12' };
    const result = pageSchema.safeParse(data);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['corrections.0.date', 'corrections.0.text']);
  });

  it('accepts dated corrections, as a string or as the Date YAML may make of it', () => {
    const data = frontmatter('dated-nl') as { corrections: { date: unknown }[] };
    data.corrections[0]!.date = new Date('2026-12-05T00:00:00Z');
    expect(pageSchema.parse(data).corrections!.map((c) => c.date)).toEqual(['2026-12-05', '2026-11-30']);
  });
});

describe('corrections: both languages', () => {
  const nl = page('content/nl/index.mdx', 'dated-nl');
  const en = page('content/en/index.mdx', 'undated-en');

  it('fail when a correction has no twin of the same date in the other language, naming file and field', () => {
    expect(correctionProblems(new SiteMap([nl, en]))).toEqual([
      'content/nl/index.mdx: field "corrections[1]": the correction of 2026-11-30 has no English text: content/en/index.mdx needs a correction dated 2026-11-30 at the same place in its "corrections"',
    ]);
  });

  it('are part of the content rules the build runs', () => {
    const source: Source = { id: 'ah-2669', group: 'official-record', description: { nl: 'd', en: 'd' }, publisher: 'P', language: 'nl', label: { nl: 'A', en: 'A' }, use: { nl: 'u', en: 'u' } };
    const problems = checkContent({ pages: [nl, en], sources: [source], glossary: [], events: [] });
    expect(problems.filter((p) => p.includes('"corrections['))).toHaveLength(1);
  });

  it('pass when both files list the same dates in the same order', () => {
    const both = { ...en, data: { ...en.data, corrections: [...en.data.corrections!, { date: '2026-11-30', text: 'An earlier correction.' }] } as PageData };
    expect(correctionProblems(new SiteMap([nl, both]))).toEqual([]);
  });
});

describe('corrections: as the page shows them', () => {
  it('in date order, labelled "Correctie, 5 december 2026" / "Correction, 5 December 2026"', () => {
    const nl = pageSchema.parse(frontmatter('dated-nl')).corrections;
    expect(shownCorrections(nl, 'nl', 'Correctie').map((c) => c.label)).toEqual(['Correctie, 30 november 2026', 'Correctie, 5 december 2026']);
    expect(shownCorrections(nl, 'en', 'Correction')[1]).toEqual({ date: '2026-12-05', dateText: '5 December 2026', label: 'Correction, 5 December 2026', text: 'Deze pagina zei iets verkeerds. Nu staat het goed.' });
    expect(shownCorrections(undefined, 'nl', 'Correctie')).toEqual([]);
  });
});
