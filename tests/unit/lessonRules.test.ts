import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/rules.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { checkLesson, LESSON_PARTS, lessonLevel } from '../../src/lib/content/lessonRules.ts';
import { readTags } from '../../src/lib/content/mdxTags.ts';
import type { LessonMeta, PageData, Source } from '../../src/lib/content/schemas.ts';
import { toSitePage } from '../../src/lib/site.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lessons/${name}.mdx`, import.meta.url), 'utf8');
const meta: LessonMeta = { number: 1, stages: ['bovenbouw'], tracks: ['havo', 'vwo'], subjects: ['maatschappijleer'], minutes: 50, topic: 'Topic' };
const lesson = { kind: 'lesson' as const, parent: 'teachers', lesson: meta };

function check(file: string, body: string, data: Parameters<typeof checkLesson>[0]['data'] = lesson) {
  return checkLesson({ file, data, tags: readTags(body) });
}

/** What the lesson rules say of the incomplete fixture, checked alone or within the content rules. */
const incompleteLessonProblems = (file: string) => [
      `${file}:3: <Step> must be inside <LessonPart kind="steps">`,
      `${file}:7: <Step> needs minutes="…", a whole number above 0 (got "twenty")`,
      `${file}: lesson is missing <LessonPart kind="materials"> (materials)`,
      `${file}: lesson is missing <LessonPart kind="exit"> (exit ticket)`,
      `${file}: lesson is missing <LessonPart kind="differentiation"> (differentiation: support and extension)`,
      `${file}: lesson is missing <LessonPart kind="watch"> (things to watch for, with a safety note)`,
      `${file}: the steps add up to 45 minutes, not 50`,
      `${file}: <LessonPart kind="exercise"> must send students to a section of this site (<Ref to="…">)`,
      `${file}: <LessonPart kind="exercise"> must send students to an official document (<Doc id="…">)`,
];

describe('lesson rules', () => {
  it('accept a lesson with every part and steps adding up to 50 minutes', () => {
    expect(check('content/nl/voor-docenten/les.mdx', fixture('complete'))).toEqual([]);
  });

  it('name the file, the line and every missing or wrong part of an incomplete lesson', () => {
    const file = 'content/en/for-teachers/lesson.mdx';
    const problems = check(file, fixture('incomplete'));
    expect(problems).toEqual(incompleteLessonProblems(file));
  });

  it('check each language on its own: a part missing only in one file is reported for that file', () => {
    const nl = fixture('complete');
    const en = nl.replace('<LessonPart kind="exit">Exit</LessonPart>\n', '');
    expect(check('content/nl/voor-docenten/les.mdx', nl)).toEqual([]);
    expect(check('content/en/for-teachers/lesson.mdx', en)).toEqual([
      'content/en/for-teachers/lesson.mdx: lesson is missing <LessonPart kind="exit"> (exit ticket)',
    ]);
  });

  it('fail when the steps do not fill the period, or a part appears twice', () => {
    const body = fixture('complete').replace('minutes="25"', 'minutes="30"').replace('<LessonPart kind="discussion">', '<LessonPart kind="goals">x</LessonPart>\n<LessonPart kind="discussion">');
    const problems = check('f.mdx', body);
    expect(problems).toContain('f.mdx: the steps add up to 55 minutes, not 50');
    expect(problems).toContain('f.mdx:20: <LessonPart kind="goals"> appears twice (first on line 1)');
  });

  it('need the lesson facts and a parent in the front matter', () => {
    expect(check('f.mdx', fixture('complete'), { kind: 'lesson' })).toEqual([
      'f.mdx: field "lesson" is missing (number, stages, tracks, subjects, minutes, topic)',
      'f.mdx: field "parent" is missing; a lesson sits under the teachers page (parent: teachers)',
    ]);
  });

  it('need support and extension, a misconception and a safety note, each in its part', () => {
    const file = 'content/nl/voor-docenten/les.mdx';
    const noSafety = fixture('complete').replace('<Tip kind="safety">No face search in class</Tip>', '');
    expect(check(file, noSafety)).toEqual([`${file}: <LessonPart kind="watch"> needs a <Tip kind="safety">`]);
    const noSupport = fixture('complete').replace('<Tip kind="support">Less</Tip>', '');
    expect(check(file, noSupport)).toEqual([`${file}: <LessonPart kind="differentiation"> needs a <Tip kind="support">`]);
    const moved = fixture('complete').replace('<Tip kind="extension">More</Tip>', '').replace('<LessonPart kind="discussion">Discuss', '<LessonPart kind="discussion">Discuss <Tip kind="extension">More</Tip>');
    const problems = check(file, moved);
    expect(problems.some((p) => /:\d+: <Tip kind="extension"> must be inside <LessonPart kind="differentiation">$/.test(p))).toBe(true);
    expect(problems).toContain(`${file}: <LessonPart kind="differentiation"> needs a <Tip kind="extension">`);
  });

  it('keep the plan, tips, cards and numbered notes off the parts a pupil gets (the worksheet)', () => {
    const file = 'content/en/for-teachers/lesson.mdx';
    const body = fixture('complete').replace('<LessonPart kind="exit">Exit</LessonPart>', '<LessonPart kind="exit">Exit <Cite id="ah-2669" /></LessonPart>');
    expect(check(file, body)).toEqual([`${file}:21: <Cite> is for the teacher; the worksheet prints <LessonPart kind="exit"> for pupils (no plan, answers or notes)`]);
  });

  it('check the cards: 8 to 10 sorting cards, a goal on every role card, every card in a set in the materials', () => {
    const file = 'f.mdx';
    const withCards = (cards: string) => fixture('complete').replace('<LessonPart kind="materials">Materials</LessonPart>', `<LessonPart kind="materials">\n\n${cards}\n\n</LessonPart>`);
    const sorting = (n: number) => `<Cards kind="sorting">\n${Array.from({ length: n }, (_, i) => `<Card title="${i}">x</Card>`).join('\n')}\n</Cards>`;
    expect(check(file, withCards(sorting(8)))).toEqual([]);
    expect(check(file, withCards(sorting(10)))).toEqual([]);
    expect(check(file, withCards(sorting(3)))).toEqual([`${file}:9: sorting cards: 3 cards, a class needs 8 to 10`]);
    expect(check(file, withCards('<Cards kind="roles">\n<Card title="MP" goal="Ask">x</Card>\n<Card title="Minister">x</Card>\n</Cards>'))).toEqual([
      `${file}:11: a role card needs goal="…" (what this role wants to achieve)`,
    ]);
    expect(check(file, fixture('complete').replace('<LessonPart kind="discussion">Discuss', '<LessonPart kind="discussion">Discuss <Card title="x">x</Card>'))).toEqual([
      `${file}:20: <Card> must be inside <Cards kind="…">`,
    ]);
  });

  it('keep lesson parts off pages that are not lessons', () => {
    expect(check('content/nl/europa.mdx', '<Step minutes="5" title="x">x</Step>', { kind: 'background' })).toEqual([
      'content/nl/europa.mdx:1: <Step> belongs on a lesson page (kind: lesson)',
    ]);
  });

  it('through the content rules: the registry names a missing attribute or an unknown part, the lesson rules the rest, once each', () => {
    const source: Source = { id: 'ah-2669', title: 'T', group: 'official-record', description: { nl: 'd', en: 'd' }, publisher: 'P', date: '2020-04-20', language: 'nl', label: { nl: 'A', en: 'A' }, use: { nl: 'u', en: 'u' }, url: 'https://example.org/ah-2669' };
    const page = (file: string, key: string, body: string, extra: Partial<PageData>) =>
      toSitePage({ file, body, data: { translationKey: key, title: 'T', navTitle: 'N', description: 'D', kind: 'meta', order: 1, sources: ['ah-2669'], updated: '2026-11-23', ...extra } }, { events: [], glossary: [], sources: [] });
    const questions = '<Section id="q3" title="Q3">\n\nx\n\n</Section>\n';
    const pages = [
      page('content/nl/voor-docenten.mdx', 'teachers', 'x', {}),
      page('content/en/for-teachers.mdx', 'teachers', 'x', {}),
      page('content/nl/kamervragen-2020.mdx', 'questions-2020', questions, { order: 2 }),
      page('content/en/questions-2020.mdx', 'questions-2020', questions, { order: 2 }),
      page('content/nl/voor-docenten/les.mdx', 'lesson-1', fixture('complete'), lesson),
      page('content/en/for-teachers/lesson.mdx', 'lesson-1', fixture('incomplete'), lesson),
    ];
    const problems = checkContent({ pages, sources: [source], glossary: [], events: [] });
    const file = 'content/en/for-teachers/lesson.mdx';
    expect(problems.filter((p) => !p.includes('section ids differ'))).toEqual([
      ...incompleteLessonProblems(file),
      `${file}:8: <Step> needs an title="…" attribute`,
      `${file}:13: <LessonPart kind="homework"> must be one of ${LESSON_PARTS.join(', ')}`,
    ]);
    // The part ids are section ids, so the twins' differing parts are reported too.
    expect(problems.some((p) => p.includes('section ids differ') && p.includes("[materials, exit, differentiation, watch]") && p.includes('[homework]'))).toBe(true);
  });

  it('describe a lesson\'s level in each language', () => {
    expect(lessonLevel(meta, useTranslations('nl'))).toBe('bovenbouw, havo/vwo');
    expect(lessonLevel({ stages: ['onderbouw', 'bovenbouw'], tracks: ['vmbo-t'] }, useTranslations('en'))).toBe('lower secondary (onderbouw), upper secondary (bovenbouw), vmbo-t');
  });
});
