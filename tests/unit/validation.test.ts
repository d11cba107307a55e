import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readYamlLists } from '../../src/loaders/yamlList.ts';
import { eventSchema, glossarySchema, sourceSchema } from '../../src/lib/content/schemas.ts';
import { validateList } from '../../src/lib/content/validation.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `${root}tests/fixtures/bad-yaml/${name}`;

describe('a bad content record fails with file, record and field named', () => {
  it('names an unknown category, an impossible date, a missing translation and a malformed id', async () => {
    const { problems } = await readYamlLists(root, [fixture('events-bad.yaml')], eventSchema);
    const file = 'tests/fixtures/bad-yaml/events-bad.yaml';
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${file}: record 1 \\(id "bad-category"\\): field "category": .*media`)),
      `${file}: record 2 (id "bad-date"): field "date": "2020-02-30" is not a real calendar date`,
      expect.stringMatching(new RegExp(`^${file}: record 3 \\(id "missing-english"\\): field "title.en": `)),
      `${file}: record 4 (id "No_Kebab"): field "id": must be kebab-case: lowercase letters, digits and hyphens`,
    ]);
  });

  it('names a duplicate id across files', async () => {
    const { problems } = await readYamlLists(root, [fixture('events-dup-a.yaml'), fixture('events-dup-b.yaml')], eventSchema);
    expect(problems).toEqual([
      'tests/fixtures/bad-yaml/events-dup-b.yaml: record (id "nos-report"): field "id": duplicate id, already used in tests/fixtures/bad-yaml/events-dup-a.yaml',
    ]);
  });

  it('names a file that is not a list, or not YAML at all', async () => {
    const notList = await readYamlLists(root, [fixture('not-a-list.yaml')], glossarySchema);
    expect(notList.problems[0]).toMatch(/^tests\/fixtures\/bad-yaml\/not-a-list\.yaml: must be a YAML list/);
    const broken = await readYamlLists(root, [fixture('broken.yaml')], glossarySchema);
    expect(broken.problems[0]).toMatch(/^tests\/fixtures\/bad-yaml\/broken\.yaml: not valid YAML/);
  });

  it('checks sources: URL, language, both labels, a description in both languages', () => {
    const { problems } = validateList('content/sources.yaml', [
      { id: 'x', title: 'T', group: 'news-other', description: { nl: 'a', en: 'b' }, publisher: 'P', date: '2020', url: 'ftp://example', language: 'nl', label: { nl: 'a', en: 'b' }, use: { nl: 'a', en: 'b' } },
      { id: 'y', title: 'T', group: 'news-other', description: { nl: 'a', en: 'b' }, publisher: 'P', language: 'xx', label: { nl: 'a', en: 'b' }, use: { nl: 'a' } },
      { id: 'z', group: 'news-other', description: { nl: 'a' }, publisher: { nl: 'Politie' }, reference: { nl: 'nr. 1', en: 'no. 1' }, language: 'nl', label: { nl: 'a', en: 'b' }, use: { nl: 'a', en: 'b' } },
    ], sourceSchema);
    expect(problems).toEqual([
      'content/sources.yaml: record 1 (id "x"): field "url": must be an http(s) URL',
      expect.stringMatching(/^content\/sources\.yaml: record 2 \(id "y"\): field "language": /),
      expect.stringMatching(/^content\/sources\.yaml: record 2 \(id "y"\): field "use.en": /),
      expect.stringMatching(/^content\/sources\.yaml: record 3 \(id "z"\): field "description.en": /),
      expect.stringMatching(/^content\/sources\.yaml: record 3 \(id "z"\): field "publisher": /),
    ]);
  });

  it('accepts a source without a known title, with names or per-language publisher and reference', () => {
    const { problems } = validateList('content/sources.yaml', [
      { id: 'z', group: 'official-record', description: { nl: 'a', en: 'b' }, publisher: { nl: 'Politie', en: 'Dutch police' }, reference: { nl: 'nr. 1', en: 'no. 1' }, language: 'nl', label: { nl: 'a', en: 'b' }, use: { nl: 'a', en: 'b' } },
    ], sourceSchema);
    expect(problems).toEqual([]);
  });

  it('places every source in one of the groups of the sources page, and refuses another', () => {
    const base = { description: { nl: 'a', en: 'b' }, publisher: 'P', language: 'nl', label: { nl: 'a', en: 'b' }, use: { nl: 'a', en: 'b' } };
    const { problems } = validateList('content/sources.yaml', [{ id: 'a', ...base }, { id: 'b', group: 'blogs', ...base }, { id: 'c', group: 'regulators-courts', titleLanguage: 'en', title: 'T', ...base }], sourceSchema);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/sources\.yaml: record 1 \(id "a"\): field "group": /),
      expect.stringMatching(/^content\/sources\.yaml: record 2 \(id "b"\): field "group": /),
    ]);
  });
});
