import { describe, expect, it } from 'vitest';
import { citedOn, groupSources, linkHost, sourceTocEntries } from '../../src/lib/sources/sourceList.ts';
import { readTags } from '../../src/lib/content/mdxTags.ts';
import type { Source } from '../../src/lib/content/schemas.ts';

const src = (id: string, group: Source['group'], date?: string): Source => ({
  id, group, date, description: { nl: 'd', en: 'd' }, publisher: 'P', language: 'nl', label: { nl: `L ${id}`, en: `L ${id}` }, use: { nl: 'u', en: 'u' },
});

describe('the sources page, grouped', () => {
  const sources = [src('news-b', 'news-other'), src('law', 'official-record', '2024'), src('ah', 'official-record', '2020-04-20'), src('kv', 'official-record', '2020-01-30'), src('news-a', 'news-other', '2020-02-28')];

  it('groups in a fixed order (official record, regulators and courts, news and other), oldest first, undated last', () => {
    const groups = groupSources(sources);
    expect(groups.map((g) => g.id)).toEqual(['official-record', 'news-other']);
    expect(groups[0]!.sources.map((s) => s.id)).toEqual(['kv', 'ah', 'law']);
    expect(groups[1]!.sources.map((s) => s.id)).toEqual(['news-a', 'news-b']);
  });

  it('the contents list each group and, under it, its sources in page order', () => {
    const toc = sourceTocEntries(sources, 'en', (id) => id.toUpperCase());
    expect(toc.map((e) => `${e.level}:${e.id}`)).toEqual(['2:official-record', '3:kv', '3:ah', '3:law', '2:news-other', '3:news-a', '3:news-b']);
    expect(toc[0]!.title).toBe('OFFICIAL-RECORD');
  });

  it('says where each source is cited: pages in order with counts; the timeline and glossary count their items', () => {
    const pages = [
      { key: 'home', tags: readTags('Feit. <Cite id="ah" loc="Antwoord 2" /> <Cite id="ah" /> <Quote source="kv" by="X">Zin.</Quote> <Term id="ah">x</Term>') },
      { key: 'timeline', tags: readTags('<Timeline />') },
      { key: 'glossary', tags: readTags('<GlossaryList />') },
      { key: 'lesson', tags: readTags('<Doc id="kv" />') },
    ];
    const cited = citedOn(pages, { events: [{ sources: ['ah', 'news-a'] }, { sources: ['news-a', 'news-a'] }], glossary: [{ sources: ['kv'] }, {}] });
    const where = (id: string) => cited.get(id)?.map((c) => `${c.page.key}:${c.count}`);
    expect(where('ah')).toEqual(['home:2', 'timeline:1']);
    expect(where('kv')).toEqual(['home:1', 'glossary:1', 'lesson:1']);
    expect(where('news-a')).toEqual(['timeline:2']);
    expect(where('law')).toBeUndefined();
  });

  it('names a document link by its host', () => {
    expect(linkHost('https://zoek.officielebekendmakingen.nl/ah-tk-20192020-2669.html')).toBe('zoek.officielebekendmakingen.nl');
    expect(linkHost('https://www.nytimes.com/2020/01/18/x.html')).toBe('nytimes.com');
  });
});
