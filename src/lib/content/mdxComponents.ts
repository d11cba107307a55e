/**
 * The one registry of components an MDX page may use: their names, the attributes each needs,
 * and which ones put a list of ids on the page. The content rules check tags against it and the
 * page route (src/pages/[lang]/[...slug].astro) maps each name to its component.
 */
import { CARD_SETS, LESSON_PARTS, TIP_KINDS } from './lessonRules.ts';
import { CATEGORIES } from './schemas.ts';

/** The labelled parts of a question on the Q&A pages (<Part kind="…">). */
export const PART_KINDS = ['question', 'answer', 'meaning'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** The three steps of each topic on the comparison page (<Change when="…">). */
export const CHANGE_KINDS = ['then', 'later', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface MdxComponentRule {
  /** Attributes that must be present and non-empty. */
  required: readonly string[];
  /** Allowed values per attribute, where the set is closed. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** The attribute that names a section id on this page. */
  sectionId?: string;
  /** The attribute that names a source id (must be in the page's `sources`). */
  sourceId?: string;
  /** The attribute that names a glossary id. */
  termId?: string;
  /** The attribute that names a link target (`key#id`). */
  refTarget?: string;
  /** The list of ids this component renders on the page (each an anchor). */
  listsIds?: 'events' | 'glossary' | 'sources';
}

export const MDX_COMPONENT_RULES = {
  Section: { required: ['id', 'title'], sectionId: 'id' },
  Part: { required: ['kind'], values: { kind: PART_KINDS } },
  Term: { required: ['id'], termId: 'id' },
  Cite: { required: ['id'], sourceId: 'id' },
  Quote: { required: ['source', 'by'], sourceId: 'source' },
  Ref: { required: ['to'], refTarget: 'to' },
  Timeline: { required: [], listsIds: 'events' },
  /** The <iframe> code of the timeline's embed view, to copy (for the teachers page). */
  TimelineEmbedCode: { required: [] },
  GlossaryList: { required: [], listsIds: 'glossary' },
  SourceList: { required: [], listsIds: 'sources' },
  // Lessons (issue 15). A part's kind is its section id; the lesson rules (lessonRules.ts) check
  // that a lesson has every part, that steps fill the period, and where each component may go.
  LessonPart: { required: ['kind'], values: { kind: LESSON_PARTS }, sectionId: 'kind' },
  Step: { required: ['title', 'minutes'] },
  Doc: { required: ['id'], sourceId: 'id' },
  /** Differentiation and things to watch for (issue 24): support, extension, misconception, safety. */
  Tip: { required: ['kind'], values: { kind: TIP_KINDS } },
  /** Materials printed as cards on A4 ("Print de kaarten"); a role card also has a goal. */
  Cards: { required: ['kind'], values: { kind: CARD_SETS } },
  Card: { required: ['title'] },
  LessonList: { required: [] },
  // The 2020 → 2021 comparison page.
  Change: { required: ['when'], values: { when: CHANGE_KINDS } },
  /** One key number of the home page's first screen (issue 22), in a timeline category's colour and shape. */
  KeyFigure: { required: ['category', 'value', 'when'], values: { category: CATEGORIES } },
  /** The picture of one-to-one and one-to-many matching and of scraping (labels from i18n). */
  MatchingFigure: { required: ['id'] },
} as const satisfies Record<string, MdxComponentRule>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_RULES;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_RULES) as MdxComponentName[];

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENT_RULES, name);
}

export function ruleFor(name: MdxComponentName): MdxComponentRule {
  return MDX_COMPONENT_RULES[name];
}
