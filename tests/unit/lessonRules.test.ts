import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLesson, LESSON_PARTS } from '../../src/lib/lessonRules.ts';
import { readTags } from '../../src/lib/mdxTags.ts';
import type { LessonMeta } from '../../src/lib/schemas.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lessons/${name}.mdx`, import.meta.url), 'utf8');
const meta: LessonMeta = { number: 1, stages: ['bovenbouw'], tracks: ['havo', 'vwo'], subjects: ['maatschappijleer'], minutes: 50, topic: 'Topic' };
const lesson = { kind: 'lesson' as const, parent: 'teachers', lesson: meta };

function check(file: string, body: string, data: Parameters<typeof checkLesson>[0]['data'] = lesson) {
  return checkLesson({ file, data, tags: readTags(body) });
}

describe('lesson rules', () => {
  it('accept a lesson with every part and steps adding up to 50 minutes', () => {
    expect(check('content/nl/voor-docenten/les.mdx', fixture('complete'))).toEqual([]);
  });

  it('name the file, the line and every missing or wrong part of an incomplete lesson', () => {
    const file = 'content/en/for-teachers/lesson.mdx';
    const problems = check(file, fixture('incomplete'));
    expect(problems).toEqual([
      `${file}:3: <Step> must be inside <LessonPart kind="steps">`,
      `${file}:7: <Step> needs minutes="…", a whole number above 0 (got "twenty")`,
      `${file}:8: <Step> needs a title="…" attribute`,
      `${file}:13: <LessonPart kind="homework">: unknown part; use one of ${LESSON_PARTS.join(', ')}`,
      `${file}: lesson is missing <LessonPart kind="materials"> (materials)`,
      `${file}: lesson is missing <LessonPart kind="exit"> (exit ticket)`,
      `${file}: the steps add up to 45 minutes, not 50`,
      `${file}: <LessonPart kind="exercise"> must send students to a section of this site (<Ref to="…">)`,
      `${file}: <LessonPart kind="exercise"> must send students to an official document (<Doc id="…">)`,
    ]);
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

  it('keep lesson parts off pages that are not lessons', () => {
    expect(check('content/nl/europa.mdx', '<Step minutes="5" title="x">x</Step>', { kind: 'background' })).toEqual([
      'content/nl/europa.mdx:1: <Step> belongs on a lesson page (kind: lesson)',
    ]);
  });
});
