import { describe, expect, it } from 'vitest';
import { unexpectedContentFiles } from '../../src/lib/content/files.ts';

describe('every file under content/ belongs to a collection', () => {
  it('accepts pages, sources, glossary and timeline files', () => {
    expect(unexpectedContentFiles(['nl/index.mdx', 'en/questions-2020.mdx', 'sources.yaml', 'glossary.yaml', 'timeline/2022-2025.yaml', '.DS_Store', 'nl/.x.swp'])).toEqual([]);
  });
  it('names a file that would be silently dropped', () => {
    const problems = unexpectedContentFiles(['nl/extra.md', 'de/index.mdx', 'timeline/notes.txt', 'en/Capital.mdx']);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['content/nl/extra.md', 'content/de/index.mdx', 'content/timeline/notes.txt', 'content/en/Capital.mdx']);
    expect(problems[0]).toMatch(/not part of any collection/);
  });
});
