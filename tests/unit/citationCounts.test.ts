import { describe, expect, it } from 'vitest';
import { countCitations } from '../../src/lib/citationCounts.ts';
import { readTags } from '../../src/lib/mdxTags.ts';

describe('countCitations', () => {
  it('counts Cite and Quote claims per source and the events that list a source', () => {
    const pages = [
      { tags: readTags('Een feit. <Cite id="a" loc="Antwoord 2" passage="x" /> Nog een. <Cite id="a" /> <Cite id="b" />') },
      { tags: readTags('<Quote source="b" by="X">Zin.</Quote> <Term id="a">woord</Term>') },
    ];
    const events = [{ sources: ['a', 'c'] }, { sources: ['c', 'c'] }];
    const counts = countCitations(pages, events);
    expect(counts.get('a')).toEqual({ claims: 2, events: 1 });
    expect(counts.get('b')).toEqual({ claims: 2, events: 0 });
    expect(counts.get('c')).toEqual({ claims: 0, events: 2 });
    expect(counts.get('d')).toBeUndefined();
  });
});
