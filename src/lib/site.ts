import type { Lang } from './locales.ts';
import { LOCALES } from './locales.ts';
import type { PageData } from './schemas.ts';
import { readTags, type Tag } from './mdxTags.ts';

/** One content page in one language, as the rest of the site sees it. */
export interface SitePage {
  lang: Lang;
  slug: string;
  /** Path of the MDX file relative to the project, for error messages. */
  file: string;
  data: PageData;
  tags: Tag[];
  /** Section ids in document order: explicit Sections plus the ids a list component renders. */
  sectionIds: string[];
}

export interface PageInput {
  file: string;
  body: string;
  data: PageData;
}

/** Ids that the data-driven list components put on a page. */
export interface ListIds {
  Timeline: string[];
  GlossaryList: string[];
  SourceList: string[];
}

/** `content/nl/kamervragen-2020.mdx` → lang nl, slug kamervragen-2020; `index.mdx` → slug ''. */
export function langAndSlug(file: string): { lang: Lang; slug: string } | undefined {
  const m = /(?:^|\/)content\/([a-z]{2})\/(.+)\.mdx$/.exec(file.replace(/\\/g, '/'));
  if (!m) return undefined;
  const lang = m[1] as Lang;
  if (!LOCALES.includes(lang)) return undefined;
  const slug = m[2] === 'index' ? '' : m[2]!.replace(/\/index$/, '');
  return { lang, slug };
}

export function toSitePage(input: PageInput, lists: ListIds): SitePage {
  const where = langAndSlug(input.file);
  if (!where) throw new Error(`${input.file}: pages must live in content/nl/ or content/en/`);
  const tags = readTags(input.body);
  const sectionIds: string[] = [];
  for (const tag of tags) {
    if (tag.name === 'Section' && tag.attrs.id) sectionIds.push(tag.attrs.id);
    // A lesson part is a section whose id is its kind: the same fixed ids on every lesson.
    if (tag.name === 'LessonPart' && tag.attrs.kind) sectionIds.push(tag.attrs.kind);
    if (tag.name in lists) sectionIds.push(...lists[tag.name as keyof ListIds]);
  }
  return { ...where, file: input.file, data: input.data, tags, sectionIds };
}

/** The pages indexed by translationKey and language. */
export class SiteMap {
  readonly byKey = new Map<string, Partial<Record<Lang, SitePage>>>();

  constructor(readonly pages: readonly SitePage[]) {
    for (const page of pages) {
      const entry = this.byKey.get(page.data.translationKey) ?? {};
      entry[page.lang] = page;
      this.byKey.set(page.data.translationKey, entry);
    }
  }

  page(key: string, lang: Lang): SitePage | undefined {
    return this.byKey.get(key)?.[lang];
  }

  /** Pages of one language in navigation order; pages with a parent are listed by that parent. */
  nav(lang: Lang): SitePage[] {
    return this.pages.filter((p) => p.lang === lang && !p.data.parent).sort((a, b) => a.data.order - b.data.order);
  }

  /** The pages under `parentKey` in one language, in their order. */
  children(parentKey: string, lang: Lang): SitePage[] {
    return this.pages
      .filter((p) => p.lang === lang && p.data.parent === parentKey)
      .sort((a, b) => a.data.order - b.data.order);
  }

  /** The page whose URL slug is `slug` in `lang`. */
  bySlug(lang: Lang, slug: string): SitePage | undefined {
    return this.pages.find((p) => p.lang === lang && p.slug === slug);
  }
}
