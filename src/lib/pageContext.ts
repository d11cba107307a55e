import { useTranslations, type Translate } from './i18n.ts';
import { neighbours, pageNotes, type PageNotes } from './outline.ts';
import { createLinks, type SiteLinks } from './urls/links.ts';
import { DEFAULT_LANG, isLang, type Lang } from './locales.ts';
import type { SiteData, SitePage } from './site.ts';
import { stripBase, type LinkFormat } from './urls/urls.ts';
import { isWorksheetRoute } from './content/worksheet.ts';

/**
 * What every component of a page needs, worked out once per page (by src/middleware.ts) and read
 * from `Astro.locals`: components only render.
 */
export interface PageContext {
  lang: Lang;
  t: Translate;
  data: SiteData;
  /** The content page being rendered; undefined on the search pages, the chooser and 404. */
  page: SitePage | undefined;
  /** The one URL helper, relative to this page. */
  url: SiteLinks;
  /**
   * What of the page is shown: the page itself, or a lesson's pupil worksheet (the same MDX, only
   * the pupil parts), at its own address below the lesson.
   */
  view: 'page' | 'worksheet';
  /** The page's numbered notes (every <Cite>), worked out once: sections, citations and the page's end read them. */
  notes: PageNotes | undefined;
  /** The pages before and after this one in the menu's order. */
  pager: { prev?: SitePage; next?: SitePage };
}

export interface RouteInput {
  /** The request path as Astro gives it, with the base (`/sub/nl/bronnen/`, `/404.html`). */
  pathname: string;
  base: string;
  params: Record<string, string | undefined>;
  currentLocale: string | undefined;
  format: LinkFormat;
  /** SITE_URL, when given. */
  site?: URL;
}

/** The language of the page being rendered, from the route's `lang` param or Astro's locale. */
export function langFrom(currentLocale: string | undefined, params: Record<string, string | undefined>): Lang {
  if (isLang(params.lang)) return params.lang;
  if (isLang(currentLocale)) return currentLocale;
  return DEFAULT_LANG;
}

/** Site-relative path of the page being built: `nl/bronnen/`, `''` for the root, `404.html`. */
export function routePath(pathname: string, base: string): string {
  const path = stripBase(pathname, base);
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return path;
  // Astro names the 404 route "/404"; it is written to 404.html.
  return path === '404' ? '404.html' : `${path}/`;
}

export function createPageContext(data: SiteData, route: RouteInput): PageContext {
  const lang = langFrom(route.currentLocale, route.params);
  const here = routePath(route.pathname, route.base);
  const slug = route.params.slug;
  const page = route.params.lang && !route.params.search ? data.site.bySlug(lang, slug ?? '') : undefined;
  const view = page?.data.kind === 'lesson' && isWorksheetRoute(lang, route.params) ? 'worksheet' : 'page';
  const notes = page ? pageNotes(page.tags) : undefined;
  const pager = page ? neighbours(data.site.nav(lang), (p) => p.data.translationKey === page.data.translationKey) : {};
  return { lang, t: useTranslations(lang), data, page, view, notes, pager, url: createLinks(data.site, lang, here, { format: route.format, base: route.base, origin: route.site }) };
}
