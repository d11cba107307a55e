import { LANGUAGES, LOCALES, otherLang } from '../locales.ts';
import { ID_PATTERN } from './ids.ts';
import type { GlossaryEntry, Source, TimelineEvent } from './schemas.ts';
import { isMdxComponent, MDX_COMPONENT_NAMES, ruleFor } from './mdxComponents.ts';
import { SiteMap, type SitePage } from '../site.ts';
import { checkLessonContent } from './lessonRules.ts';
import { correctionProblems } from './corrections.ts';

export interface ContentInput {
  pages: readonly SitePage[];
  sources: readonly Source[];
  glossary: readonly GlossaryEntry[];
  events: readonly (TimelineEvent & { file?: string })[];
}

/** What every rule reads: the content, and the lookups built from it once. */
interface RuleContext extends ContentInput {
  site: SiteMap;
  sourceIds: ReadonlySet<string>;
  termIds: ReadonlySet<string>;
}

/** One house rule: the problems it finds, each naming the file and what is wrong. */
type ContentRule = (ctx: RuleContext) => string[];

/** One page per translationKey and language. */
const oneFilePerKeyAndLanguage: ContentRule = ({ pages }) => {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    const k = `${page.lang}|${page.data.translationKey}`;
    const first = seen.get(k);
    if (first) problems.push(`${page.file}: translationKey "${page.data.translationKey}" is also used by ${first}`);
    else seen.set(k, page.file);
  }
  return problems;
};

/** No two pages of one language under the same parent share a menu order (a tie would leave the menu to the sort's tie-break). */
const uniqueMenuOrder: ContentRule = ({ pages }) => {
  const problems: string[] = [];
  const orders = new Map<string, string>();
  for (const page of pages) {
    const k = `${page.lang}|${page.data.parent ?? ''}|${page.data.order}`;
    const first = orders.get(k);
    if (first) problems.push(`${page.file}: field "order": ${page.data.order} is also the order of ${first}`);
    else orders.set(k, page.file);
  }
  return problems;
};

/** Every page exists in both languages with the same section ids (order may follow each alphabet). */
const bothLanguagesSameIds: ContentRule = ({ site }) => {
  const problems: string[] = [];
  for (const [key, byLang] of site.byKey) {
    for (const lang of LOCALES) {
      const page = byLang[lang];
      const twin = byLang[otherLang(lang)];
      if (!page) continue;
      if (!twin) {
        problems.push(`${page.file}: translationKey "${key}" has no ${LANGUAGES[otherLang(lang)].englishName} page in content/${otherLang(lang)}/`);
        continue;
      }
      if (lang !== 'nl') continue;
      const onlyHere = page.sectionIds.filter((id) => !twin.sectionIds.includes(id));
      const onlyThere = twin.sectionIds.filter((id) => !page.sectionIds.includes(id));
      if (onlyHere.length || onlyThere.length) {
        problems.push(`${page.file}: section ids differ from ${twin.file}: only in ${page.file}: [${onlyHere.join(', ')}]; only in ${twin.file}: [${onlyThere.join(', ')}]`);
      }
    }
  }
  return problems;
};

/** Corrections (issue 21): each one dated and in both languages (see corrections.ts). */
const correctionsInBothLanguages: ContentRule = ({ site }) => correctionProblems(site);

/** Lessons (issue 15): every part in both languages, parents, documents readers can open. */
const lessonsComplete: ContentRule = (ctx) => checkLessonContent(ctx);

/** Ids are explicit: no Markdown headings, and no section id twice on a page. */
const explicitUniqueIds: ContentRule = ({ pages }) => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const line of page.headingLines) {
      problems.push(`${page.file}:${line}: Markdown heading; use <Section id="…" title="…"> so the id is explicit`);
    }
    const ids = new Set<string>();
    for (const id of page.sectionIds) {
      if (ids.has(id)) problems.push(`${page.file}: section id "${id}" is used twice on this page`);
      ids.add(id);
    }
  }
  return problems;
};

/** A page's `sources` field names sources that exist. */
const pageSourcesExist: ContentRule = ({ pages, sourceIds }) =>
  pages.flatMap((page) => page.data.sources.filter((id) => !sourceIds.has(id)).map((id) => `${page.file}: field "sources": unknown source id "${id}" (not in content/sources.yaml)`));

/** Every MDX tag is a registered component with its attributes, and what it points at exists. */
const componentsResolve: ContentRule = ({ pages, site, sourceIds, termIds }) => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const tag of page.tags) {
      const at = `${page.file}:${tag.line}`;
      if (!isMdxComponent(tag.name)) {
        problems.push(`${at}: unknown component <${tag.name}>; use one of ${MDX_COMPONENT_NAMES.join(', ')}`);
        continue;
      }
      const rule = ruleFor(tag.name);
      for (const attr of rule.required) {
        if (!tag.attrs[attr]) problems.push(`${at}: <${tag.name}> needs an ${attr}="…" attribute`);
      }
      for (const [attr, allowed] of Object.entries(rule.values ?? {})) {
        const value = tag.attrs[attr];
        if (value && !allowed.includes(value)) problems.push(`${at}: <${tag.name} ${attr}="${value}"> must be one of ${allowed.join(', ')}`);
      }
      const value = (attr: string | undefined) => (attr ? tag.attrs[attr] : undefined);
      const sectionId = value(rule.sectionId);
      if (sectionId && !ID_PATTERN.test(sectionId)) problems.push(`${at}: section id "${sectionId}" must be kebab-case`);
      const termId = value(rule.termId);
      if (termId && !termIds.has(termId)) problems.push(`${at}: <${tag.name} id="${termId}">: unknown glossary id (not in content/glossary.yaml)`);
      const sourceId = value(rule.sourceId);
      if (sourceId && !sourceIds.has(sourceId)) problems.push(`${at}: <${tag.name}>: unknown source id "${sourceId}" (not in content/sources.yaml)`);
      else if (sourceId && !page.data.sources.includes(sourceId)) {
        problems.push(`${at}: <${tag.name}> cites "${sourceId}", which is missing from the page's "sources" field`);
      }
      const to = value(rule.refTarget);
      if (to) {
        const problem = refProblem(site, page, to);
        if (problem) problems.push(`${at}: <${tag.name} to="${to}">: ${problem}`);
      }
      if (tag.name === 'Cite' && 'passage' in tag.attrs) {
        const problem = passageProblem(tag.attrs.passage!);
        if (problem) problems.push(`${at}: <Cite passage="…">: ${problem}`);
        if (!tag.attrs.loc) problems.push(`${at}: <Cite passage="…"> needs a loc="…" too (the part of the source, e.g. "Antwoord 2")`);
      }
    }
  }
  return problems;
};

const where = (file: string, id: string) => `${file} (id "${id}")`;

/** English text writes "no.", not the Dutch "nr.": in English pages and every record's English fields. */
const englishNumbers: ContentRule = ({ pages, sources, glossary, events }) => {
  const problems: string[] = [];
  for (const page of pages) {
    if (page.lang !== 'en') continue;
    page.body.split('\n').forEach((line, i) => {
      if (DUTCH_NUMBER.test(line)) problems.push(`${page.file}:${i + 1}: English text writes "no.", not the Dutch "nr."`);
    });
  }
  const englishFields = (file: string, id: string, record: object) => {
    for (const [field, value] of Object.entries(record)) {
      const en = typeof value === 'object' && value && 'en' in value ? (value as { en: unknown }).en : undefined;
      if (typeof en === 'string' && DUTCH_NUMBER.test(en)) problems.push(`${where(file, id)}: field "${field}.en": English text writes "no.", not the Dutch "nr."`);
    }
  };
  for (const s of sources) englishFields('content/sources.yaml', s.id, s);
  for (const g of glossary) englishFields('content/glossary.yaml', g.id, g);
  for (const e of events) englishFields(e.file ?? 'content/timeline/', e.id, e);
  return problems;
};

/** Glossary entries point at sources and entries that exist. */
const glossaryReferences: ContentRule = ({ glossary, sourceIds, termIds }) =>
  glossary.flatMap((g) => [
    ...(g.sources ?? []).filter((id) => !sourceIds.has(id)).map((id) => `${where('content/glossary.yaml', g.id)}: field "sources": unknown source id "${id}"`),
    ...(g.see ?? []).filter((id) => !termIds.has(id)).map((id) => `${where('content/glossary.yaml', g.id)}: field "see": unknown glossary id "${id}"`),
  ]);

/** Timeline events point at sources, pages and sections that exist. */
const eventReferences: ContentRule = ({ events, site, sourceIds }) => {
  const problems: string[] = [];
  for (const e of events) {
    const file = e.file ?? 'content/timeline/';
    for (const id of e.sources) if (!sourceIds.has(id)) problems.push(`${where(file, e.id)}: field "sources": unknown source id "${id}"`);
    for (const link of e.links ?? []) {
      const target = site.page(link.page, 'nl');
      if (!target) problems.push(`${where(file, e.id)}: field "links": unknown page "${link.page}"`);
      else if (!target.sectionIds.includes(link.section)) {
        problems.push(`${where(file, e.id)}: field "links": page "${link.page}" has no section "${link.section}"`);
      }
    }
  }
  return problems;
};

/** The house rules for content, in the order their problems are reported. */
export const CONTENT_RULES: Readonly<Record<string, ContentRule>> = {
  oneFilePerKeyAndLanguage,
  uniqueMenuOrder,
  bothLanguagesSameIds,
  correctionsInBothLanguages,
  lessonsComplete,
  explicitUniqueIds,
  pageSourcesExist,
  componentsResolve,
  englishNumbers,
  glossaryReferences,
  eventReferences,
};

/**
 * The house rules for content, checked as a whole before any page is built. Each problem names
 * the file and what is wrong; an empty list means the content is consistent.
 */
export function checkContent(input: ContentInput): string[] {
  const ctx: RuleContext = {
    ...input,
    site: new SiteMap(input.pages),
    sourceIds: new Set(input.sources.map((s) => s.id)),
    termIds: new Set(input.glossary.map((g) => g.id)),
  };
  return Object.values(CONTENT_RULES).flatMap((rule) => rule(ctx));
}

/** The Dutch abbreviation of "nummer"; English text writes "no.". */
const DUTCH_NUMBER = /\bnr\./;

/** Why a Cite's passage (a few exact words of the source) cannot be used, or undefined. */
export function passageProblem(passage: string): string | undefined {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return 'must not be empty';
  if (words.length < 2) return 'give at least two words, so the passage is found in one place';
  if (words.length > 20) return `${words.length} words; give at most 20 (a short locator, not a quotation)`;
  if (passage !== passage.trim() || /\s{2,}/.test(passage)) return 'no leading, trailing or double spaces';
  return undefined;
}

/** Why an internal link target does not resolve, or undefined when it does. */
export function refProblem(site: SiteMap, from: SitePage, to: string): string | undefined {
  const [key, id] = to.split('#') as [string, string | undefined];
  const target = key === '' ? from : site.page(key, from.lang);
  if (!target) return `no page with translationKey "${key}"`;
  if (id !== undefined && !target.sectionIds.includes(id)) return `page "${target.data.translationKey}" has no section "${id}"`;
  return undefined;
}
