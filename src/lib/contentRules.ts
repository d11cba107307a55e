import { LOCALES, otherLang } from './locales.ts';
import { ID_PATTERN } from './ids.ts';
import type { GlossaryEntry, Source, TimelineEvent } from './schemas.ts';
import { markdownHeadingLines } from './mdxTags.ts';
import { SiteMap, type SitePage } from './site.ts';
import { checkLesson } from './lessonRules.ts';

/** Components an MDX page may use; anything else is a typo that would break rendering. */
export const MDX_COMPONENTS = [
  'Section', 'Part', 'Term', 'Cite', 'Quote', 'Ref', 'Timeline', 'GlossaryList', 'SourceList',
  'LessonPart', 'Step', 'Doc', 'Change', 'LessonList',
] as const;

/** The three steps of each topic on the comparison page. */
export const CHANGE_KINDS = ['then', 'later', 'changed'] as const;

export interface ContentInput {
  pages: readonly SitePage[];
  bodies: ReadonlyMap<string, string>;
  sources: readonly Source[];
  glossary: readonly GlossaryEntry[];
  events: readonly (TimelineEvent & { file?: string })[];
}

const LANG_NAME = { nl: 'Dutch', en: 'English' } as const;

/**
 * The house rules for content, checked as a whole before any page is built. Each problem names
 * the file and what is wrong; an empty list means the content is consistent.
 */
export function checkContent(input: ContentInput): string[] {
  const problems: string[] = [];
  const site = new SiteMap(input.pages);
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const termIds = new Set(input.glossary.map((g) => g.id));

  // One page per translationKey and language.
  const seen = new Map<string, string>();
  for (const page of input.pages) {
    const k = `${page.lang}|${page.data.translationKey}`;
    const first = seen.get(k);
    if (first) problems.push(`${page.file}: translationKey "${page.data.translationKey}" is also used by ${first}`);
    else seen.set(k, page.file);
  }

  // Parity: every page exists in both languages with the same section ids in the same order.
  for (const [key, byLang] of site.byKey) {
    for (const lang of LOCALES) {
      const page = byLang[lang];
      const twin = byLang[otherLang(lang)];
      if (!page) continue;
      if (!twin) {
        problems.push(`${page.file}: translationKey "${key}" has no ${LANG_NAME[otherLang(lang)]} page in content/${otherLang(lang)}/`);
        continue;
      }
      if (lang === 'nl') {
        // The same set of ids in both languages; order may follow each language's alphabet.
        const onlyHere = page.sectionIds.filter((id) => !twin.sectionIds.includes(id));
        const onlyThere = twin.sectionIds.filter((id) => !page.sectionIds.includes(id));
        if (onlyHere.length || onlyThere.length) {
          problems.push(`${page.file}: section ids differ from ${twin.file}: only in ${page.file}: [${onlyHere.join(', ')}]; only in ${twin.file}: [${onlyThere.join(', ')}]`);
        }
      }
    }
  }

  for (const page of input.pages) {
    problems.push(...checkLesson(page));
    if (page.data.parent && !site.page(page.data.parent, page.lang)) {
      problems.push(`${page.file}: field "parent": no page with translationKey "${page.data.parent}"`);
    }
    const body = input.bodies.get(page.file) ?? '';
    for (const line of markdownHeadingLines(body)) {
      problems.push(`${page.file}:${line}: Markdown heading; use <Section id="…" title="…"> so the id is explicit`);
    }
    const ids = new Set<string>();
    for (const id of page.sectionIds) {
      if (ids.has(id)) problems.push(`${page.file}: section id "${id}" is used twice on this page`);
      ids.add(id);
    }
    for (const id of page.data.sources) {
      if (!sourceIds.has(id)) problems.push(`${page.file}: field "sources": unknown source id "${id}" (not in content/sources.yaml)`);
    }
    for (const tag of page.tags) {
      const at = `${page.file}:${tag.line}`;
      if (!(MDX_COMPONENTS as readonly string[]).includes(tag.name)) {
        problems.push(`${at}: unknown component <${tag.name}>; use one of ${MDX_COMPONENTS.join(', ')}`);
        continue;
      }
      const need = (attr: string): string | undefined => {
        const value = tag.attrs[attr];
        if (!value) problems.push(`${at}: <${tag.name}> needs an ${attr}="…" attribute`);
        return value;
      };
      switch (tag.name) {
        case 'Section': {
          const id = need('id');
          need('title');
          if (id && !ID_PATTERN.test(id)) problems.push(`${at}: section id "${id}" must be kebab-case`);
          break;
        }
        case 'Part': {
          const kind = need('kind');
          if (kind && !['question', 'answer', 'meaning'].includes(kind)) {
            problems.push(`${at}: <Part kind="${kind}"> must be question, answer or meaning`);
          }
          break;
        }
        case 'Doc': {
          const id = need('id');
          const source = input.sources.find((s) => s.id === id);
          if (id && !source) problems.push(`${at}: <Doc>: unknown source id "${id}" (not in content/sources.yaml)`);
          else if (source && !source.url) problems.push(`${at}: <Doc id="${id}">: the source has no "url" to send readers to`);
          else if (id && !page.data.sources.includes(id)) problems.push(`${at}: <Doc> links "${id}", which is missing from the page's "sources" field`);
          break;
        }
        case 'Change': {
          const when = need('when');
          if (when && !(CHANGE_KINDS as readonly string[]).includes(when)) {
            problems.push(`${at}: <Change when="${when}"> must be ${CHANGE_KINDS.join(', ')}`);
          }
          break;
        }
        case 'Term': {
          const id = need('id');
          if (id && !termIds.has(id)) problems.push(`${at}: <Term id="${id}">: unknown glossary id (not in content/glossary.yaml)`);
          break;
        }
        case 'Cite':
        case 'Quote': {
          const id = need(tag.name === 'Cite' ? 'id' : 'source');
          if (id && !sourceIds.has(id)) problems.push(`${at}: <${tag.name}>: unknown source id "${id}" (not in content/sources.yaml)`);
          else if (id && !page.data.sources.includes(id)) {
            problems.push(`${at}: <${tag.name}> cites "${id}", which is missing from the page's "sources" field`);
          }
          break;
        }
        case 'Ref': {
          const to = need('to');
          if (to) {
            const problem = refProblem(site, page, to);
            if (problem) problems.push(`${at}: <Ref to="${to}">: ${problem}`);
          }
          break;
        }
      }
    }
  }

  const where = (file: string, id: string) => `${file} (id "${id}")`;
  for (const g of input.glossary) {
    for (const id of g.sources ?? []) if (!sourceIds.has(id)) problems.push(`${where('content/glossary.yaml', g.id)}: field "sources": unknown source id "${id}"`);
    for (const id of g.see ?? []) if (!termIds.has(id)) problems.push(`${where('content/glossary.yaml', g.id)}: field "see": unknown glossary id "${id}"`);
  }
  for (const e of input.events) {
    const file = e.file ?? "content/timeline/";
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
}

/** Why an internal link target does not resolve, or undefined when it does. */
export function refProblem(site: SiteMap, from: SitePage, to: string): string | undefined {
  const [key, id] = to.split('#') as [string, string | undefined];
  const target = key === '' ? from : site.page(key, from.lang);
  if (!target) return `no page with translationKey "${key}"`;
  if (id !== undefined && !target.sectionIds.includes(id)) return `page "${target.data.translationKey}" has no section "${id}"`;
  return undefined;
}
