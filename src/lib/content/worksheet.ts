import type { Lang } from '../locales.ts';
import type { SitePage } from '../site.ts';
import { pagePath } from '../urls/urls.ts';

/**
 * The pupil's worksheet of a lesson: its own address below the lesson
 * (`/nl/voor-docenten/<les>/werkblad/`, `/en/for-teachers/<lesson>/worksheet/`), made from the
 * same MDX as the teacher's guide (only the parts in PUPIL_PARTS, lessonRules.ts). Public
 * addresses: never renamed.
 */
export const WORKSHEET_SLUGS: Record<Lang, string> = { nl: 'werkblad', en: 'worksheet' };

/** The route's params: `{ lang: 'nl', slug: 'voor-docenten/les', sheet: 'werkblad' }`. */
export interface WorksheetParams {
  lang: Lang;
  slug: string;
  sheet: string;
}

/** Every lesson's worksheet, for getStaticPaths. */
export function worksheetParams(pages: readonly SitePage[]): WorksheetParams[] {
  return pages.filter((p) => p.data.kind === 'lesson').map((p) => ({ lang: p.lang, slug: p.slug, sheet: WORKSHEET_SLUGS[p.lang] }));
}

/** Site-relative path of a lesson's worksheet: `nl/voor-docenten/les/werkblad/`. */
export function worksheetPath(lesson: Pick<SitePage, 'lang' | 'slug'>): string {
  return `${pagePath({ lang: lesson.lang, slug: lesson.slug })}${WORKSHEET_SLUGS[lesson.lang]}/`;
}

/** True when route params name a worksheet (the `sheet` param is the language's worksheet slug). */
export function isWorksheetRoute(lang: Lang, params: Record<string, string | undefined>): boolean {
  return params.sheet !== undefined && params.sheet === WORKSHEET_SLUGS[lang];
}
