import type { Tag } from './mdxTags.ts';
import type { PageData } from './schemas.ts';

/**
 * What makes a lesson page a lesson a teacher can run tomorrow. Each part is a
 * <LessonPart kind="…"> in the MDX, and its kind is also its section id, the same on every lesson
 * and in both languages, so a teacher can link to `#exit` of any lesson.
 */
export const LESSON_PARTS = ['goals', 'prior', 'materials', 'steps', 'exercise', 'discussion', 'exit', 'notes'] as const;
export type LessonPartKind = (typeof LESSON_PARTS)[number];

/** What each part is, for error messages (English, like every build message). */
export const LESSON_PART_NAMES: Record<LessonPartKind, string> = {
  goals: 'learning goals',
  prior: 'prior knowledge',
  materials: 'materials',
  steps: 'steps',
  exercise: 'source exercise',
  discussion: 'discussion questions',
  exit: 'exit ticket',
  notes: 'teacher notes with model answers',
};

/** One class period. */
export const LESSON_MINUTES = 50;

/** Components that only make sense on a lesson page. */
const LESSON_TAGS = ['LessonPart', 'Step'];

export interface LessonPageInput {
  file: string;
  data: Pick<PageData, 'kind' | 'parent' | 'lesson'>;
  tags: readonly Tag[];
}

/**
 * The lesson rules for one page in one language. Each problem names the file (and line where
 * there is one) and the missing or wrong part; an empty list means the page is a complete lesson,
 * or is not a lesson and uses no lesson components.
 */
export function checkLesson(page: LessonPageInput): string[] {
  const problems: string[] = [];
  const { file, data, tags } = page;
  if (data.kind !== 'lesson') {
    for (const tag of tags) {
      if (LESSON_TAGS.includes(tag.name)) problems.push(`${file}:${tag.line}: <${tag.name}> belongs on a lesson page (kind: lesson)`);
    }
    if (data.lesson) problems.push(`${file}: field "lesson" is only for pages of kind "lesson"`);
    return problems;
  }

  if (!data.lesson) problems.push(`${file}: field "lesson" is missing (number, stages, tracks, subjects, minutes, topic)`);
  if (!data.parent) problems.push(`${file}: field "parent" is missing; a lesson sits under the teachers page (parent: teachers)`);

  const seen = new Map<string, number>();
  let current: string | undefined;
  let total = 0;
  let steps = 0;
  const partTags = new Map<string, Set<string>>();
  for (const tag of tags) {
    const at = `${file}:${tag.line}`;
    if (tag.name === 'LessonPart') {
      const kind = tag.attrs.kind;
      if (!kind) {
        problems.push(`${at}: <LessonPart> needs a kind="…" attribute (${LESSON_PARTS.join(', ')})`);
        current = undefined;
        continue;
      }
      if (!(LESSON_PARTS as readonly string[]).includes(kind)) {
        problems.push(`${at}: <LessonPart kind="${kind}">: unknown part; use one of ${LESSON_PARTS.join(', ')}`);
      }
      if (seen.has(kind)) problems.push(`${at}: <LessonPart kind="${kind}"> appears twice (first on line ${seen.get(kind)})`);
      else seen.set(kind, tag.line);
      current = kind;
      continue;
    }
    if (current) {
      const names = partTags.get(current) ?? new Set<string>();
      names.add(tag.name);
      partTags.set(current, names);
    }
    if (tag.name === 'Step') {
      if (current !== 'steps') problems.push(`${at}: <Step> must be inside <LessonPart kind="steps">`);
      if (!tag.attrs.title) problems.push(`${at}: <Step> needs a title="…" attribute`);
      const raw = tag.attrs.minutes;
      const minutes = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(minutes > 0)) problems.push(`${at}: <Step> needs minutes="…", a whole number above 0${raw === undefined ? '' : ` (got "${raw}")`}`);
      else total += minutes;
      steps++;
    }
  }

  for (const kind of LESSON_PARTS) {
    if (!seen.has(kind)) problems.push(`${file}: lesson is missing <LessonPart kind="${kind}"> (${LESSON_PART_NAMES[kind]})`);
  }
  if (seen.has('steps')) {
    if (steps === 0) problems.push(`${file}: <LessonPart kind="steps"> has no <Step minutes="…"> inside`);
    else if (total !== LESSON_MINUTES) problems.push(`${file}: the steps add up to ${total} minutes, not ${LESSON_MINUTES}`);
  }
  if (seen.has('exercise')) {
    const inside = partTags.get('exercise') ?? new Set<string>();
    if (!inside.has('Ref')) problems.push(`${file}: <LessonPart kind="exercise"> must send students to a section of this site (<Ref to="…">)`);
    if (!inside.has('Doc')) problems.push(`${file}: <LessonPart kind="exercise"> must send students to an official document (<Doc id="…">)`);
  }
  return problems;
}
