import type { Lang } from './locales.ts';
import { LOCALES } from './locales.ts';
import type { GlossaryEntry, PageData, Source, TimelineEvent } from './content/schemas.ts';
import { readMdx, type Tag } from './content/mdxTags.ts';
import { isMdxComponent, ruleFor } from './content/mdxComponents.ts';

/** One content page in one language, as the rest of the site sees it. */
export interface SitePage {
  lang: Lang;
  slug: string;
  /** Path of the MDX file relative to the project, for error messages. */
  file: string;
  data: PageData;
  /** The MDX source, for rules that read the words themselves. */
  body: string;
  tags: Tag[];
  /** Lines of Markdown headings, which the content rules refuse. */
  headingLines: number[];
  /** Section ids in document order: explicit Sections plus the ids a list component renders. */
  sectionIds: string[];
}

export interface PageInput {
  file: string;
  body: string;
  data: PageData;
}

/** Ids that the data-driven list components put on a page, by the kind of list. */
export interface ListIds {
  events: string[];
  glossary: string[];
  sources: string[];
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
  let outline: ReturnType<typeof readMdx>;
  try {
    outline = readMdx(input.body);
  } catch (error) {
    throw new Error(`${input.file}: not valid MDX: ${(error as Error).message}`);
  }
  const { tags, headingLines } = outline;
  const sectionIds: string[] = [];
  for (const tag of tags) {
    if (!isMdxComponent(tag.name)) continue;
    const rule = ruleFor(tag.name);
    const id = rule.sectionId ? tag.attrs[rule.sectionId] : undefined;
    if (id) sectionIds.push(id);
    if (rule.listsIds) sectionIds.push(...lists[rule.listsIds]);
  }
  return { ...where, file: input.file, data: input.data, body: input.body, tags, headingLines, sectionIds };
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

/** Everything the pages need, read once from the collections and checked as a whole. */
export interface SiteData {
  site: SiteMap;
  sources: ReadonlyMap<string, Source>;
  glossary: readonly GlossaryEntry[];
  /** Sorted once, by date then id; every list and chart shows them in this order. */
  events: readonly TimelineEvent[];
}
