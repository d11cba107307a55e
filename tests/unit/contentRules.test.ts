import { describe, expect, it } from 'vitest';
import { mustParseDate } from '../../src/lib/dates.ts';
import { CONTENT_RULES, checkContent, passageProblem } from '../../src/lib/content/rules.ts';
import { MDX_COMPONENT_NAMES } from '../../src/lib/content/mdxComponents.ts';
import { toSitePage, type ListIds } from '../../src/lib/site.ts';
import type { GlossaryEntry, PageData, Source, TimelineEvent } from '../../src/lib/content/schemas.ts';
import { readMdx, readTags } from '../../src/lib/content/mdxTags.ts';

const lists: ListIds = { events: ['nos-report'], glossary: ['avg'], sources: ['ah-2669'] };
const source: Source = { id: 'ah-2669', title: 'T', group: 'official-record', description: { nl: 'd', en: 'd' }, publisher: 'P', date: '2020-04-20', language: 'nl', label: { nl: 'A', en: 'A' }, use: { nl: 'u', en: 'u' } };
const glossary: GlossaryEntry[] = [{ id: 'avg', term: { nl: 'AVG', en: 'GDPR' }, definition: { nl: 'd', en: 'd' } }];
const event: TimelineEvent & { file: string } = {
  id: 'nos-report', date: mustParseDate('2020-02-28'), category: 'media', title: { nl: 't', en: 't' }, summary: { nl: 's', en: 's' },
  sources: ['ah-2669'], links: [{ page: 'questions-2020', section: 'q1' }], file: 'content/timeline/2020.yaml',
};

function data(key: string, extra: Partial<PageData> = {}): PageData {
  return { translationKey: key, title: 'T', navTitle: 'N', description: 'D', kind: 'background', order: 1, sources: ['ah-2669'], updated: '2026-11-23', ...extra };
}

const QUESTIONS_NL = `<Section id="q1" title="Vraag 1">\n\nTekst <Term id="avg">AVG</Term> <Cite id="ah-2669" />\n\n</Section>\n`;
const QUESTIONS_EN = `<Section id="q1" title="Question 1">\n\nText <Ref to="#q1">here</Ref>\n\n</Section>\n`;

function run(files: Record<string, [string, PageData]>, events = [event]) {
  const pages = Object.entries(files).map(([file, [body, d]]) => toSitePage({ file, body, data: d }, lists));
  return checkContent({ pages, sources: [source], glossary, events });
}

const good: Record<string, [string, PageData]> = {
  'content/nl/kamervragen-2020.mdx': [QUESTIONS_NL, data('questions-2020')],
  'content/en/questions-2020.mdx': [QUESTIONS_EN, data('questions-2020')],
};

describe('content rules', () => {
  it('accept consistent content', () => {
    expect(run(good)).toEqual([]);
  });

  it('fail when two pages of one language share a menu order, naming both files', () => {
    const problems = run({ ...good, 'content/nl/b.mdx': ['x', data('b')], 'content/en/b.mdx': ['x', data('b', { order: 2 })] });
    expect(problems).toEqual(['content/nl/b.mdx: field "order": 1 is also the order of content/nl/kamervragen-2020.mdx']);
  });

  it('fail when a page has no twin in the other language, naming the file', () => {
    expect(run({ 'content/nl/kamervragen-2020.mdx': good['content/nl/kamervragen-2020.mdx']! })).toContain(
      'content/nl/kamervragen-2020.mdx: translationKey "questions-2020" has no English page in content/en/',
    );
  });

  it('fail when the section ids differ between languages', () => {
    const problems = run({ ...good, 'content/en/questions-2020.mdx': [`<Section id="q2" title="Q">\n\nx\n\n</Section>`, data('questions-2020')] });
    expect(problems).toContain(
      'content/nl/kamervragen-2020.mdx: section ids differ from content/en/questions-2020.mdx: only in content/nl/kamervragen-2020.mdx: [q1]; only in content/en/questions-2020.mdx: [q2]',
    );
  });

  it('fail on duplicate section ids, Markdown headings and sections without id', () => {
    const body = `## Derived heading\n\n<Section id="q1" title="A">\n\nx\n\n</Section>\n<Section id="q1" title="B">\n\ny\n\n</Section>\n<Section title="C">\n\nz\n\n</Section>\n`;
    const problems = run({ 'content/nl/a.mdx': [body, data('a')], 'content/en/a.mdx': [body, data('a')] }, []);
    expect(problems).toContain('content/nl/a.mdx:1: Markdown heading; use <Section id="…" title="…"> so the id is explicit');
    expect(problems).toContain('content/nl/a.mdx: section id "q1" is used twice on this page');
    expect(problems).toContain('content/nl/a.mdx:13: <Section> needs an id="…" attribute');
  });

  it('fail on unknown source, glossary and page ids, and unlisted citations', () => {
    const body = `<Section id="q1" title="A">\n\n<Cite id="nope" /> <Term id="nope">x</Term> <Ref to="elsewhere#x">a</Ref> <Ref to="#q9">b</Ref>\n\n</Section>\n`;
    const problems = run({
      'content/nl/a.mdx': [body, data('a', { sources: ['ah-2669', 'missing-source'] })],
      'content/en/a.mdx': [`<Section id="q1" title="A">\n\n<Quote source="ah-2669" by="X">q</Quote>\n\n</Section>`, data('a', { sources: ['missing-source'] })],
    }, []);
    expect(problems).toEqual(expect.arrayContaining([
      'content/nl/a.mdx: field "sources": unknown source id "missing-source" (not in content/sources.yaml)',
      'content/nl/a.mdx:3: <Cite>: unknown source id "nope" (not in content/sources.yaml)',
      'content/nl/a.mdx:3: <Term id="nope">: unknown glossary id (not in content/glossary.yaml)',
      'content/nl/a.mdx:3: <Ref to="elsewhere#x">: no page with translationKey "elsewhere"',
      'content/nl/a.mdx:3: <Ref to="#q9">: page "a" has no section "q9"',
      'content/en/a.mdx:3: <Quote> cites "ah-2669", which is missing from the page\'s "sources" field',
    ]));
  });

  it('check a Cite passage: a few exact words, with a loc', () => {
    const body = (cite: string) => `<Section id="q1" title="A">\n\nx ${cite}\n\n</Section>\n`;
    const ok = body('<Cite id="ah-2669" loc="Antwoord 3" passage="niet centraal benaderd" />');
    expect(run({ 'content/nl/a.mdx': [ok, data('a')], 'content/en/a.mdx': [ok, data('a')] }, [])).toEqual([]);
    const bad = body('<Cite id="ah-2669" passage="Ja" />');
    expect(run({ 'content/nl/a.mdx': [bad, data('a')], 'content/en/a.mdx': [ok, data('a')] }, [])).toEqual([
      'content/nl/a.mdx:3: <Cite passage="…">: give at least two words, so the passage is found in one place',
      'content/nl/a.mdx:3: <Cite passage="…"> needs a loc="…" too (the part of the source, e.g. "Antwoord 2")',
    ]);
    expect(passageProblem('')).toBe('must not be empty');
    expect(passageProblem(' twee woorden')).toMatch(/spaces/);
    expect(passageProblem(Array(21).fill('w').join(' '))).toMatch(/at most 20/);
  });

  it('fail on the Dutch "nr." in English text, naming file, record and field', () => {
    const en = `<Section id="q1" title="Question 1">\n\nAanhangsel 2019/20, nr. 2669\n\n</Section>\n`;
    const bad = { ...event, summary: { nl: 'nr. 584', en: 'nr. 584' } };
    expect(run({ ...good, 'content/en/questions-2020.mdx': [en, data('questions-2020')] }, [bad])).toEqual([
      'content/en/questions-2020.mdx:3: English text writes "no.", not the Dutch "nr."',
      'content/timeline/2020.yaml (id "nos-report"): field "summary.en": English text writes "no.", not the Dutch "nr."',
    ]);
  });

  it('fail on an unknown component', () => {
    const body = `<Sectoin id="q1" title="A">\n\nx\n\n</Sectoin>\n`;
    expect(run({ 'content/nl/a.mdx': [body, data('a')], 'content/en/a.mdx': [body, data('a')] }, [])).toContain(
      `content/nl/a.mdx:1: unknown component <Sectoin>; use one of ${MDX_COMPONENT_NAMES.join(', ')}`,
    );
  });

  it('fail on a <Doc> without a linkable source, a <Change> of an unknown kind and an unknown parent', () => {
    const body = `<Section id="q1" title="A">\n\n<Doc id="nope" /> <Doc id="ah-2669" /> <Change when="soon">x</Change>\n\n</Section>\n`;
    const problems = run({ 'content/nl/a.mdx': [body, data('a', { parent: 'teachers', sources: [] as unknown as string[] })], 'content/en/a.mdx': [body, data('a')] }, []);
    expect(problems).toContain('content/nl/a.mdx:3: <Doc>: unknown source id "nope" (not in content/sources.yaml)');
    expect(problems).toContain('content/nl/a.mdx:3: <Doc> cites "ah-2669", which is missing from the page\'s "sources" field');
    expect(problems).toContain('content/en/a.mdx:3: <Doc id="ah-2669">: the source has no "url" to send readers to');
    expect(problems).toContain('content/nl/a.mdx:3: <Change when="soon"> must be one of then, later, changed');
    expect(problems).toContain('content/nl/a.mdx: field "parent": no page with translationKey "teachers"');
  });

  it('fail on timeline events with unknown sources or link targets, naming file and record', () => {
    const bad = { ...event, sources: ['nope'], links: [{ page: 'questions-2020', section: 'q8' }, { page: 'nowhere', section: 'x' }] };
    expect(run(good, [bad])).toEqual([
      'content/timeline/2020.yaml (id "nos-report"): field "sources": unknown source id "nope"',
      'content/timeline/2020.yaml (id "nos-report"): field "links": page "questions-2020" has no section "q8"',
      'content/timeline/2020.yaml (id "nos-report"): field "links": unknown page "nowhere"',
    ]);
  });

  it('count the ids a list component renders as the page\'s sections', () => {
    const page = toSitePage({ file: 'content/en/timeline.mdx', body: 'Intro\n\n<Timeline />\n', data: data('timeline') }, lists);
    expect(page.sectionIds).toEqual(['nos-report']);
    expect(page.slug).toBe('timeline');
    expect(toSitePage({ file: 'content/nl/index.mdx', body: '', data: data('home') }, lists).slug).toBe('');
  });
});

describe('mdx tag reader', () => {
  it('reads attributes in quotes and braces, with line numbers', () => {
    expect(readTags('a\n\n<Section id="q1" title=\'Vraag 1: wat?\' level={3}>\n\nx\n\n</Section>')).toEqual([
      { name: 'Section', attrs: { id: 'q1', title: 'Vraag 1: wat?', level: '3' }, line: 3 },
    ]);
  });
  it('reads with the MDX parser: code is code, HTML elements are not components', () => {
    const outline = readMdx('```\n# not a heading\n<Fake id="x" />\n```\n\n# heading\n\n<dl><dt>a</dt><dd>b</dd></dl>\n\nText `<Term id="x">` and <Term id="avg">AVG</Term>.');
    expect(outline.headingLines).toEqual([6]);
    expect(outline.tags).toEqual([{ name: 'Term', attrs: { id: 'avg' }, line: 10 }]);
  });
});

describe('the rules, one named function each', () => {
  it('are listed in the order their problems are reported, and checkContent runs them all', () => {
    expect(Object.keys(CONTENT_RULES)).toEqual([
      'oneFilePerKeyAndLanguage', 'uniqueMenuOrder', 'bothLanguagesSameIds', 'correctionsInBothLanguages', 'lessonsComplete', 'explicitUniqueIds', 'pageSourcesExist',
      'componentsResolve', 'englishNumbers', 'glossaryReferences', 'eventReferences',
    ]);
    // A page with a Markdown heading and an unknown source: two rules, two problems, in rule order.
    const problems = run({ ...good, 'content/nl/kamervragen-2020.mdx': [`# Kop\n\n${QUESTIONS_NL}`, data('questions-2020', { sources: ['ah-2669', 'nope'] })] });
    expect(problems).toEqual([
      'content/nl/kamervragen-2020.mdx:1: Markdown heading; use <Section id="…" title="…"> so the id is explicit',
      'content/nl/kamervragen-2020.mdx: field "sources": unknown source id "nope" (not in content/sources.yaml)',
    ]);
  });
});
