import { describe, expect, it } from 'vitest';
import { readMdx } from '../../src/lib/content/mdxTags.ts';
import { byLetter, indexLetter, neighbours, pageNotes, pageToc, yearEntries } from '../../src/lib/outline.ts';

const body = `
Intro <Cite id="a" />

<Section id="one" title="One">

x <Cite id="a" loc="p. 1" /> y <Cite id="b" /> z <Cite id="a" loc="p. 1" />

</Section>

<Section id="two" title="Two">

<Cite id="b" /> <Cite id="a" loc="p. 1" passage="exact words" />

<Section id="two-a" title="Two A" level={3}>

<Cite id="c" />

</Section>

</Section>

<SourceList />
`;
const tags = readMdx(body).tags;

describe('page outline', () => {
  it('numbers each distinct citation once, in order of first appearance', () => {
    const notes = pageNotes(tags);
    expect(notes.all.map((n) => [n.n, n.id, n.loc ?? '', n.passage ?? ''])).toEqual([
      [1, 'a', '', ''],
      [2, 'a', 'p. 1', ''],
      [3, 'b', '', ''],
      [4, 'a', 'p. 1', 'exact words'],
      [5, 'c', '', ''],
    ]);
    expect(notes.numberOf({ id: 'a', loc: 'p. 1' })).toBe(2);
    expect(notes.numberOf({ id: 'a', loc: 'p. 1', passage: 'exact words' })).toBe(4);
    expect(notes.numberOf({ id: 'zzz' })).toBeUndefined();
  });

  it('collects a section\'s notes once each, a nested section its own, the rest for the page', () => {
    const notes = pageNotes(tags);
    expect(notes.inSection('one').map((n) => n.n)).toEqual([2, 3]);
    expect(notes.inSection('two').map((n) => n.n)).toEqual([3, 4]);
    expect(notes.inSection('two-a').map((n) => n.n)).toEqual([5]);
    expect(notes.outside.map((n) => n.n)).toEqual([1]);
    expect(notes.inSection('missing')).toEqual([]);
  });

  it('builds the contents from sections and the list a page shows', () => {
    expect(pageToc(tags, { sources: [{ id: 's1', title: 'Source 1', level: 2 }] })).toEqual([
      { id: 'one', title: 'One', level: 2 },
      { id: 'two', title: 'Two', level: 2 },
      { id: 'two-a', title: 'Two A', level: 3 },
      { id: 's1', title: 'Source 1', level: 2 },
    ]);
  });

  it('treats a lesson part as a section: its own notes and a contents entry named by its kind', () => {
    const lesson = readMdx('<LessonPart kind="goals">\n\nx <Cite id="a" />\n\n</LessonPart>\n\n<LessonPart kind="steps">\n\n<Cite id="b" />\n\n</LessonPart>\n').tags;
    expect(pageNotes(lesson).inSection('goals').map((n) => n.id)).toEqual(['a']);
    expect(pageNotes(lesson).inSection('steps').map((n) => n.id)).toEqual(['b']);
    expect(pageToc(lesson, { partTitle: (k) => k.toUpperCase() }).map((e) => e.title)).toEqual(['GOALS', 'STEPS']);
  });

  it('files entries under their first letter, accents and case aside', () => {
    expect(indexLetter('één-op-veel', 'nl')).toBe('E');
    expect(indexLetter('2FA', 'en')).toBe('#');
    const groups = byLetter(['Avg', 'biometrie', 'AI Act', '3D', 'Ébauche'], (s) => s, 'nl');
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      ['A', ['Avg', 'AI Act']],
      ['B', ['biometrie']],
      ['E', ['Ébauche']],
      ['#', ['3D']],
    ]);
  });

  it('finds the pages before and after, none past the ends', () => {
    const list = ['a', 'b', 'c'];
    expect(neighbours(list, (x) => x === 'b')).toEqual({ prev: 'a', next: 'c' });
    expect(neighbours(list, (x) => x === 'a')).toEqual({ prev: undefined, next: 'b' });
    expect(neighbours(list, (x) => x === 'z')).toEqual({});
  });

  it('links each year of the timeline to that year on the chart', () => {
    expect(yearEntries([{ id: 'e1', date: '2019-11' }, { id: 'e2', date: '2019-12-01' }, { id: 'e3', date: '2020-01-18' }])).toEqual([
      { id: 'tl-2019', title: '2019', level: 2 },
      { id: 'tl-2020', title: '2020', level: 2 },
    ]);
  });
});
