import { endOf, formatDate } from '../dates.ts';
import type { SiteLinks } from '../urls/links.ts';
import type { Lang } from '../locales.ts';
import { CATEGORIES, type Category, type Source, type TimelineEvent } from '../content/schemas.ts';
import type { SiteMap } from '../site.ts';
import { layoutAxis, type YearLabel } from './axis.ts';
import { boxesOverlap, placeLabels, type Box, type LabelOptions } from './labels.ts';
import { laneCentres, lanesRight, shapePath } from './lanes.ts';
import { moreLinks, type MoreLink } from './links.ts';

/**
 * The one view model of the timeline page, computed at build time: the chart (time down the
 * page, a lane per category, every title in full or its short form from the content) and the
 * list grouped by year. Timeline.astro only renders it.
 */

/** The chart's design width (SVG user units = CSS px at scale 1); it scales with the column. */
export const CHART = {
  width: 320,
  top: 30,
  bottom: 10,
  yearX: 2,
  yearFontSize: 12,
  monthFontSize: 11,
  lanes: { left: 40, width: 12 },
  markerRadius: 4.5,
  turningRadius: 6,
  labelGap: 6,
  right: 4,
  label: { fontSize: 14, lineHeight: 17, noteFontSize: 13, maxLines: 3, minHeight: 24, padding: 3 },
  breakDays: 365,
} as const;

export const LABEL_X = lanesRight(CHART.lanes) + CHART.labelGap;
export const LABEL_OPTIONS: LabelOptions = { ...CHART.label, x: LABEL_X, maxWidth: CHART.width - CHART.right - LABEL_X };

type Event = TimelineEvent & { file?: string };

export interface ChartEvent {
  id: string;
  category: Category;
  turning: boolean;
  /** Top of the event's block; everything below is relative to it. */
  y: number;
  height: number;
  /** Marker centre (absolute x, y relative to the block). */
  cx: number;
  cy: number;
  lines: string[];
  noteLines: string[];
  /** Accessible name: the drawn title and note, then date, category (and the full title if shortened). */
  name: string;
  /** Absolute boxes: the text, and the whole target (lane to right edge). */
  textBox: Box;
  box: Box;
}

export interface ChartView {
  width: number;
  height: number;
  labelX: number;
  lanes: { category: Category; x: number }[];
  /** Vertical guide line down each lane. */
  guidePath: string;
  years: YearLabel[];
  /**
   * What the axis draws (year names and lines, month names, breaks), each placed relative to the
   * top of the first event it belongs to (`a`, up to `z`): when a filter hides events, the script
   * moves it with the first one still shown, or hides it.
   */
  ticks: Tick[];
  events: ChartEvent[];
  /** Marker shape per category, centred on 0 0 (each marker is placed with a transform). */
  shapes: Record<Category, string>;
  turningShapes: Record<Category, string>;
}

export interface Tick {
  a: number;
  z: number;
  top: number;
  kind: 'year' | 'month' | 'break';
  /** The year's id (`tl-2020`): the year links of the page's contents point here. */
  id?: string;
  text?: string;
  /** Baseline of the text, relative to top. */
  textY?: number;
  /** A line (the year's) or zigzag (a break), relative to top. */
  d?: string;
}

/** The id of a year on the chart (the contents' year links): `tl-2020`. */
export const yearId = (year: number | string) => `tl-${year}`;

export function chartView(events: readonly Event[], lang: Lang, names: { category: Record<Category, string>; turningPoint: string }): ChartView {
  if (!events.length) throw new Error('timeline: no events');
  const o = LABEL_OPTIONS;
  const monthName = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  const where = (e: Event) => `${e.file ?? 'content/timeline/'} (id "${e.id}", ${lang})`;
  const times = events.map((e) => endOf(e.date) - 1);
  const labels = placeLabels(
    events.map((e, i) => ({
      id: e.id,
      where: where(e),
      title: e.title[lang],
      short: e.short?.[lang],
      note: e.turningPoint?.[lang],
      days: i === 0 ? 0 : (times[i]! - times[i - 1]!) / 86_400_000,
    })),
    CHART.top,
    o,
  );
  const lane = laneCentres(CHART.lanes);
  const chartEvents: ChartEvent[] = events.map((e, i) => {
    const l = labels[i]!;
    const cy = round(l.textBox.y - l.y + o.lineHeight / 2);
    const cx = lane[e.category];
    // The visible text first (WCAG 2.5.3, label in name), then what the chart shows by shape,
    // colour and place: date and category; then the full title where the short one is drawn.
    const drawn = l.lines.join(' ');
    const parts = [drawn, ...(e.turningPoint ? [e.turningPoint[lang]] : []), `${formatDate(e.date, lang)}, ${names.category[e.category]}${e.turningPoint ? `, ${names.turningPoint}` : ''}`];
    if (l.short) parts.push(e.title[lang]);
    return {
      id: e.id,
      category: e.category,
      turning: !!e.turningPoint,
      y: l.y,
      height: l.height,
      cx,
      cy,
      lines: l.lines,
      noteLines: l.noteLines,
      name: parts.join('. '),
      textBox: l.textBox,
      box: { x: CHART.lanes.left - 2, y: l.y, width: round(CHART.width - CHART.lanes.left), height: l.height },
    };
  });
  const height = round(labels.at(-1)!.y + labels.at(-1)!.height + CHART.bottom);
  const axis = layoutAxis(
    chartEvents.map((e, i) => ({ time: times[i]!, y: e.y + e.cy, top: e.y, bottom: e.y + e.height })),
    {
      fontSize: CHART.yearFontSize,
      x: CHART.yearX,
      lineEnd: lanesRight(CHART.lanes),
      breakDays: CHART.breakDays,
      months: { minEvents: 5, fontSize: CHART.monthFontSize, name: (y, m) => monthName.format(Date.UTC(y, m, 15)) },
    },
  );
  const zig = (y: number) => {
    let d = `M${CHART.lanes.left - 4} ${round(y + 3)}`;
    for (let x = CHART.lanes.left - 4; x < lanesRight(CHART.lanes) + 4; x += 6) d += `l3 -6l3 6`;
    return d;
  };
  const top = (i: number) => chartEvents[i]!.y;
  const ticks: Tick[] = [
    ...axis.years.map((y, i): Tick => ({
      a: y.anchor, z: y.last, top: top(y.anchor), kind: 'year', id: yearId(y.year), text: y.label, textY: round(y.labelY - top(y.anchor)),
      ...(i > 0 && { d: `M${CHART.yearX} ${round(y.y - top(y.anchor))}H${lanesRight(CHART.lanes)}` }),
    })),
    ...axis.months.map((m): Tick => ({ a: m.anchor, z: m.last, top: top(m.anchor), kind: 'month', text: m.label, textY: round(m.labelY - top(m.anchor)) })),
    ...axis.breakAnchors.map((a, i): Tick => ({ a, z: chartEvents.length - 1, top: top(a), kind: 'break', d: zig(axis.breaks[i]! - top(a)) })),
  ];
  const shapes = (r: number) => Object.fromEntries(CATEGORIES.map((c) => [c, shapePath(c, 0, 0, r)])) as Record<Category, string>;
  return {
    width: CHART.width,
    height,
    labelX: LABEL_X,
    lanes: CATEGORIES.map((category) => ({ category, x: lane[category] })),
    guidePath: CATEGORIES.map((c) => `M${lane[c]} 24V${height - 4}`).join(''),
    years: axis.years,
    ticks,
    events: chartEvents,
    shapes: shapes(CHART.markerRadius),
    turningShapes: shapes(CHART.turningRadius),
  };
}

/** Pairs of events whose targets or text overlap: none, by construction; the tests check it. */
export function overlaps(chart: Pick<ChartView, 'events'>): string[] {
  const found: string[] = [];
  const ev = chart.events;
  for (let i = 0; i < ev.length; i++) {
    for (let j = i + 1; j < ev.length; j++) {
      if (boxesOverlap(ev[i]!.box, ev[j]!.box) || boxesOverlap(ev[i]!.textBox, ev[j]!.textBox)) found.push(`${ev[i]!.id} × ${ev[j]!.id}`);
    }
  }
  return found;
}

export interface ListItem {
  event: Event;
  dateText: string;
  sources: { href: string; label: string }[];
  more: MoreLink[];
}

export interface YearGroup {
  year: number;
  items: ListItem[];
}

/** The list: every event in the loader's order, grouped by the year it happened. */
export function listView(
  events: readonly Event[],
  lang: Lang,
  ctx: { site: SiteMap; sources: ReadonlyMap<string, Source>; url: Pick<SiteLinks, 'page' | 'source'> },
): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = event.date.date.getUTCFullYear();
    if (groups.at(-1)?.year !== year) groups.push({ year, items: [] });
    groups.at(-1)!.items.push({
      event,
      dateText: formatDate(event.date, lang),
      sources: event.sources.map((id) => ({ href: ctx.url.source(id), label: ctx.sources.get(id)?.label[lang] ?? id })),
      more: moreLinks(ctx.site, event, lang, ctx.url),
    });
  }
  return groups;
}

const round = (v: number) => Math.round(v * 2) / 2;
