import type { Lang } from '../locales.ts';
import type { Tag } from './mdxTags.ts';
import type { Translate } from '../i18n.ts';
import type { LessonMeta, PageData, Source } from './schemas.ts';

/**
 * What makes a lesson page a lesson a teacher can run tomorrow. Each part is a
 * <LessonPart kind="…"> in the MDX, and its kind is also its section id, the same on every lesson
 * and in both languages, so a teacher can link to `#exit` of any lesson.
 */
export const LESSON_PARTS = ['goals', 'prior', 'materials', 'steps', 'exercise', 'discussion', 'exit', 'differentiation', 'watch', 'notes'] as const;
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
  differentiation: 'differentiation: support and extension',
  watch: 'things to watch for, with a safety note',
  notes: 'teacher notes with model answers',
};

/**
 * The parts a pupil gets: the worksheet (src/pages/[lang]/[...slug]/[sheet].astro) renders these
 * from the same MDX and nothing else. They carry no plan, no answers and no numbered notes.
 */
export const PUPIL_PARTS: readonly LessonPartKind[] = ['exercise', 'exit'];

/**
 * Teacher-only parts: on the guide, kept out of the search index (data-pagefind-ignore) so a
 * reader's search never shows the plan or the model answers.
 */
export const TEACHER_PARTS: readonly LessonPartKind[] = ['prior', 'materials', 'steps', 'differentiation', 'watch', 'notes'];

/**
 * A lesson's words count for less in search than an explainer's (Pagefind's data-pagefind-weight,
 * 1 by default): a reader searching "boete" or "facial recognition" gets the explainer pages
 * first; a lesson's own title still finds it. Checked by tests/build/search.test.ts.
 */
export const LESSON_SEARCH_WEIGHT = 0.1;

/** <Tip kind="…">: differentiation (support, extension) and things to watch for. */
export const TIP_KINDS = ['support', 'extension', 'misconception', 'safety'] as const;
export type TipKind = (typeof TIP_KINDS)[number];
/** Which part each kind of tip belongs in, and which tips each of those parts needs. */
const TIP_PARTS: Record<TipKind, LessonPartKind> = { support: 'differentiation', extension: 'differentiation', misconception: 'watch', safety: 'watch' };

/** <Cards kind="…">: materials printed as cards on A4 (sorting cards, role cards, a rubric). */
export const CARD_SETS = ['sorting', 'roles', 'rubric'] as const;
export type CardSet = (typeof CARD_SETS)[number];
/** A class sorts 8 to 10 cards in pairs; fewer is not enough to sort, more does not fit the time. */
export const SORTING_CARDS = { min: 8, max: 10 } as const;

/** Components that only the teacher sees: never inside a part the pupil gets. */
const TEACHER_TAGS = ['Step', 'Tip', 'Cards', 'Card', 'Cite'];

/** One class period. */
export const LESSON_MINUTES = 50;

/** Components that only make sense on a lesson page. */
const LESSON_TAGS = ['LessonPart', 'Step', 'Tip', 'Cards', 'Card'];

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
  const tips = new Set<string>();
  let cards: { set: string; count: number; line: number } | undefined;
  const cardSets: { set: string; count: number; line: number }[] = [];
  for (const tag of tags) {
    const at = `${file}:${tag.line}`;
    // A <Card> belongs to the last <Cards> of its part (tags come flat, in document order).
    if (tag.name === 'LessonPart') cards = undefined;
    if (tag.name === 'LessonPart') {
      // A missing or unknown kind is reported by the registry (mdxComponents.ts).
      const kind = tag.attrs.kind;
      if (!kind) {
        current = undefined;
        continue;
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
    if (current && (PUPIL_PARTS as readonly string[]).includes(current) && TEACHER_TAGS.includes(tag.name)) {
      problems.push(`${at}: <${tag.name}> is for the teacher; the worksheet prints <LessonPart kind="${current}"> for pupils (no plan, answers or notes)`);
    }
    if (tag.name === 'Tip' && tag.attrs.kind) {
      const where = TIP_PARTS[tag.attrs.kind as TipKind];
      if (where && current !== where) problems.push(`${at}: <Tip kind="${tag.attrs.kind}"> must be inside <LessonPart kind="${where}">`);
      else if (where) tips.add(tag.attrs.kind);
    }
    if (tag.name === 'Cards') {
      if (current !== 'materials') problems.push(`${at}: <Cards> must be inside <LessonPart kind="materials">`);
      cards = { set: tag.attrs.kind ?? '', count: 0, line: tag.line };
      cardSets.push(cards);
    }
    if (tag.name === 'Card') {
      if (!cards) problems.push(`${at}: <Card> must be inside <Cards kind="…">`);
      else {
        cards.count++;
        if (cards.set === 'roles' && !tag.attrs.goal) problems.push(`${at}: a role card needs goal="…" (what this role wants to achieve)`);
      }
    }
    if (tag.name === 'Step') {
      if (current !== 'steps') problems.push(`${at}: <Step> must be inside <LessonPart kind="steps">`);
      // A missing title or minutes is reported by the registry; here the minutes must be a number.
      const raw = tag.attrs.minutes;
      const minutes = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (minutes > 0) total += minutes;
      else if (raw) problems.push(`${at}: <Step> needs minutes="…", a whole number above 0 (got "${raw}")`);
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
  for (const kind of TIP_KINDS) {
    if (seen.has(TIP_PARTS[kind]) && !tips.has(kind)) problems.push(`${file}: <LessonPart kind="${TIP_PARTS[kind]}"> needs a <Tip kind="${kind}">`);
  }
  for (const set of cardSets) {
    if (set.count === 0) problems.push(`${file}:${set.line}: <Cards> has no <Card> inside`);
    else if (set.set === 'sorting' && (set.count < SORTING_CARDS.min || set.count > SORTING_CARDS.max)) {
      problems.push(`${file}:${set.line}: sorting cards: ${set.count} cards, a class needs ${SORTING_CARDS.min} to ${SORTING_CARDS.max}`);
    }
  }
  if (seen.has('exercise')) {
    const inside = partTags.get('exercise') ?? new Set<string>();
    if (!inside.has('Ref')) problems.push(`${file}: <LessonPart kind="exercise"> must send students to a section of this site (<Ref to="…">)`);
    if (!inside.has('Doc')) problems.push(`${file}: <LessonPart kind="exercise"> must send students to an official document (<Doc id="…">)`);
  }
  return problems;
}

export interface LessonContentInput {
  pages: readonly (LessonPageInput & { lang: Lang; data: Pick<PageData, 'kind' | 'parent' | 'lesson' | 'translationKey'> })[];
  sources: readonly Pick<Source, 'id' | 'url'>[];
}

/**
 * All lesson rules over the whole site, called by checkContent: each lesson is complete, a
 * page's parent exists in its language, and <Doc> names a source readers can open (the
 * registry already checks that the id is known and listed in the page's `sources`).
 */
export function checkLessonContent(input: LessonContentInput): string[] {
  const problems: string[] = [];
  const keys = new Set(input.pages.map((p) => `${p.lang}|${p.data.translationKey}`));
  const urls = new Map(input.sources.map((s) => [s.id, s.url]));
  for (const page of input.pages) {
    problems.push(...checkLesson(page));
    if (page.data.parent && !keys.has(`${page.lang}|${page.data.parent}`)) {
      problems.push(`${page.file}: field "parent": no page with translationKey "${page.data.parent}"`);
    }
    for (const tag of page.tags) {
      const id = tag.name === 'Doc' ? tag.attrs.id : undefined;
      if (id && urls.has(id) && !urls.get(id)) problems.push(`${page.file}:${tag.line}: <Doc id="${id}">: the source has no "url" to send readers to`);
    }
  }
  return problems;
}

/** "bovenbouw, havo/vwo": the stages and tracks a lesson fits, in the reader's language. */
export function lessonLevel(lesson: Pick<LessonMeta, 'stages' | 'tracks'>, t: Translate): string {
  const stages = lesson.stages.map((s) => t(`lesson.stage.${s}`));
  return [...stages, lesson.tracks.map((tr) => t(`lesson.track.${tr}`)).join('/')].join(', ');
}
