import { useTranslations, type Translate } from '../i18n.ts';
import { lessonLevel } from '../content/lessonRules.ts';
import { DEFAULT_LANG, LANG_NAMES, LOCALES, type Lang } from '../locales.ts';
import type { CardContent, Colours, MiniTimeline } from './card.ts';
import { CATEGORIES, type Category, type TimelineEvent } from '../content/schemas.ts';
import { kindLabelKey, searchPagePath } from '../search/search.ts';
import type { SiteMap, SitePage } from '../site.ts';
import { CHART, chartView } from '../timeline/view.ts';

/**
 * Which preview image (og:image) each page shares, what its alt text says and what the image
 * shows. One image per content page and language, one per search page and one for the bilingual
 * language chooser; the 404 page has none. Files are named by the page's translationKey (an id
 * that never changes), not by its slug: previews/nl-questions-2020.png.
 */

export const PREVIEW_FOLDER = 'previews';

export type PreviewTarget = { kind: 'page'; page: SitePage } | { kind: 'search'; lang: Lang } | { kind: 'chooser' };

export interface Preview {
  /** Site path of the PNG. */
  file: string;
  /** Alt text in the page's language (both languages, Dutch first, for the chooser). */
  alt: string;
  card: CardContent;
}

/** The preview a built page shares, from where it is: undefined for the 404 page. */
export function previewTargetOf(here: string, lang: Lang, page: SitePage | undefined): PreviewTarget | undefined {
  if (page) return { kind: 'page', page };
  if (here === '') return { kind: 'chooser' };
  if (here === searchPagePath(lang)) return { kind: 'search', lang };
  return undefined;
}

/** Every page's preview target: what the build renders. */
export function previewTargets(site: SiteMap): PreviewTarget[] {
  return [{ kind: 'chooser' }, ...LOCALES.map((lang) => ({ kind: 'search', lang }) as const), ...site.pages.map((page) => ({ kind: 'page', page }) as const)];
}

export function previewName(target: PreviewTarget): string {
  if (target.kind === 'chooser') return 'site';
  if (target.kind === 'search') return `${target.lang}-search`;
  return `${target.page.lang}-${target.page.data.translationKey}`;
}

/** The wordmark's two parts, split as Wordmark.astro splits the name (at its first " in "). */
function nameParts(t: Translate): { name: string; nameRest: string } {
  const full = t('site.name');
  const at = full.indexOf(' in ');
  return at > 0 ? { name: full.slice(0, at), nameRest: full.slice(at + 1) } : { name: full, nameRest: '' };
}

export function preview(target: PreviewTarget, events: readonly TimelineEvent[]): Preview {
  const file = `${PREVIEW_FOLDER}/${previewName(target)}.png`;
  if (target.kind === 'chooser') {
    const [nl, en] = [useTranslations(DEFAULT_LANG), useTranslations(DEFAULT_LANG === 'nl' ? 'en' : 'nl')];
    const alt = [nl, en].map((t) => t('preview.alt', { site: t('site.name'), title: t('site.tagline') })).join(' / ');
    // The chooser: both languages named, the Dutch tagline as the title, the English one under it.
    const card = {
      lang: DEFAULT_LANG,
      name: nameParts(nl).name,
      nameRest: [nl, en].map((t) => nameParts(t).nameRest).join(' · '),
      kicker: LOCALES.map((l) => LANG_NAMES[l]).join(' · '),
      title: nl('site.tagline'),
      sub: [en('site.tagline')],
    };
    return { file, alt, card };
  }
  const lang = target.kind === 'search' ? target.lang : target.page.lang;
  const t = useTranslations(lang);
  const base = { lang, ...nameParts(t) };
  if (target.kind === 'search') {
    return { file, alt: t('preview.alt', { site: t('site.name'), title: t('search.title') }), card: { ...base, title: t('search.title') } };
  }
  const { data } = target.page;
  const alt = [t('preview.alt', { site: t('site.name'), title: data.title })];
  const card: CardContent = { ...base, kicker: t(kindLabelKey(data.kind)), title: data.title };
  if (data.translationKey === 'home') {
    card.kicker = undefined;
    card.sub = [t('site.tagline')];
  }
  if (data.lesson) {
    const level = `${t('lesson.col.level')}: ${lessonLevel(data.lesson, t)}`;
    const time = `${t('lesson.col.time')}: ${t('lesson.minutes', { n: data.lesson.minutes })}`;
    card.kicker = t('lesson.number', { n: data.lesson.number });
    card.sub = [`${level} · ${time}`];
    alt.push(`${card.kicker}. ${level}. ${time}.`);
  }
  if (data.kind === 'timeline' && events.length) {
    card.timeline = miniTimeline(events, lang, t);
    const years = events.map((e) => e.date.date.getUTCFullYear());
    const span = { n: events.length, from: years[0]!, to: years.at(-1)! };
    card.sub = [t('preview.timelineSpan', span)];
    alt.push(t('preview.altTimeline', span));
  }
  return { file, alt: alt.join(' '), card };
}

/** The timeline's own build-time layout (timelineView.ts), reduced to where each marker sits. */
export function miniTimeline(events: readonly TimelineEvent[], lang: Lang, t: Translate, colours: Colours = {}): MiniTimeline {
  const category = Object.fromEntries(CATEGORIES.map((c) => [c, t(`timeline.category.${c}`)])) as Record<Category, string>;
  const chart = chartView(events, lang, { category, turningPoint: t('timeline.turningPoint') });
  const ys = chart.events.map((e) => e.y + e.cy);
  const [first, last] = [Math.min(...ys), Math.max(...ys)];
  const at = (y: number) => Math.min(1, Math.max(0, (y - first) / (last - first || 1)));
  const laneOf = new Map(chart.lanes.map((l, i) => [l.category, i]));
  return {
    lanes: chart.lanes.map((l) => ({ category: l.category, colour: colours[`cat-${l.category}`] ?? '' })),
    events: chart.events.map((e, i) => ({
      at: at(ys[i]!),
      lane: laneOf.get(e.category)!,
      turning: e.turning,
      shape: (e.turning ? chart.turningShapes : chart.shapes)[e.category],
      radius: e.turning ? CHART.turningRadius : CHART.markerRadius,
    })),
    years: chart.years.map((y) => ({ at: at(y.y), label: y.label })),
  };
}

/**
 * The site's colours for the image, from its stylesheets: each custom property's first (light)
 * value, plus the header's scan-line colour (layout.css) as `mast-scan`. Fails naming what is missing.
 */
export function siteColours(css: string, needed: readonly string[]): Colours {
  const colours: Record<string, string> = {};
  for (const m of css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)) colours[m[1]!] ??= m[2]!;
  const scan = /\.site-header \.wm-scan\s*\{\s*stroke:\s*(#[0-9a-fA-F]{3,8})/.exec(css);
  if (scan) colours['mast-scan'] = scan[1]!;
  const missing = needed.filter((n) => !colours[n]);
  if (missing.length) throw new Error(`preview images: no colour for ${missing.map((n) => `--${n}`).join(', ')} in the stylesheets`);
  return colours;
}

/** Colours the card uses, besides one `cat-…` per timeline category. */
export const CARD_COLOURS = ['bg', 'bg-raised', 'text', 'text-soft', 'border', 'signal', 'mast-bg', 'mast-text', 'mast-soft', 'mast-scan', ...CATEGORIES.map((c) => `cat-${c}`)] as const;
