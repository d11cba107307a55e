import { CATEGORIES, type Category } from './schemas.ts';

/**
 * The overview for wide screens: every event in one horizontal view, a swimlane per category,
 * time running to the right. Time is not to scale: each event gets room by the time since the
 * one before (a little for days, more for months, capped), so the busy spring of 2020 spreads
 * out and the quiet years 2017–2018 become a short break. Computed at build time; the overview
 * only links to the events of the detailed chart and the list.
 */

export const OVERVIEW = {
  width: 1000,
  /** Room for the lane names (the column key) on the left. */
  left: 170,
  right: 14,
  top: 34,
  lane: 34,
  bottom: 8,
  breakDays: 365,
} as const;

export interface OverviewInput {
  id: string;
  category: Category;
  /** The event's place in time (ms), in date order. */
  time: number;
}

export interface OverviewView {
  width: number;
  height: number;
  lanes: { category: Category; y: number }[];
  events: { id: string; category: Category; x: number; y: number }[];
  years: { year: number; x: number }[];
  /** x of each break (more than a year without events). */
  breaks: number[];
}

const DAY = 86_400_000;
/** Room before an event, in design units before scaling: days apart get a little, months more. */
const step = (days: number) => Math.min(60, 8 + 4 * Math.sqrt(Math.max(0, days)));
const r = (v: number) => Math.round(v);

export function overviewView(events: readonly OverviewInput[]): OverviewView {
  const o = OVERVIEW;
  const raw: number[] = [];
  events.forEach((e, i) => raw.push(i === 0 ? 0 : raw[i - 1]! + step((e.time - events[i - 1]!.time) / DAY)));
  const span = raw.at(-1) || 1;
  const inner = o.width - o.left - o.right - 20;
  const x = raw.map((v) => o.left + 10 + (v / span) * inner);
  const laneY = (c: Category) => o.top + o.lane * (CATEGORIES.indexOf(c) + 0.5);
  const yearOf = (t: number) => new Date(t).getUTCFullYear();
  const years: OverviewView['years'] = [];
  const breaks: number[] = [];
  events.forEach((e, i) => {
    const prev = events[i - 1];
    const mid = i === 0 ? o.left + 2 : (x[i - 1]! + x[i]!) / 2;
    if (!prev || yearOf(prev.time) !== yearOf(e.time)) years.push({ year: yearOf(e.time), x: r(i === 0 ? mid : mid + (prev && (e.time - prev.time) / DAY > o.breakDays ? (x[i]! - mid) / 2 : 0)) });
    if (prev && (e.time - prev.time) / DAY > o.breakDays) breaks.push(r(mid));
  });
  return {
    width: o.width,
    height: o.top + o.lane * CATEGORIES.length + o.bottom,
    lanes: CATEGORIES.map((category) => ({ category, y: laneY(category) })),
    events: events.map((e, i) => ({ id: e.id, category: e.category, x: r(x[i]!), y: laneY(e.category) })),
    years,
    breaks,
  };
}
