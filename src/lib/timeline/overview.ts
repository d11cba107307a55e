import { CATEGORIES, type Category } from '../content/schemas.ts';

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
  /** dy: a marker right next to the one before it in its row moves half a row up or down, apart from it. */
  events: { id: string; category: Category; x: number; y: number; dy: number }[];
  years: { year: number; x: number }[];
  /** x of each break (more than a year without events). */
  breaks: number[];
}

const DAY = 86_400_000;
/** Room before an event, in design units before scaling: days apart get a little, months more. */
const step = (days: number) => Math.min(60, 4 * Math.sqrt(Math.max(0, days)));
const r = (v: number) => Math.round(v);
/** Room for a year's label. */
const YEAR = 44;
const MIN = 10;
/** Markers in a row closer than this (units) are moved apart up and down. */
const NEAR = 17;

export function overviewView(events: readonly OverviewInput[]): OverviewView {
  const o = OVERVIEW;
  const yearOf = (t: number) => new Date(t).getUTCFullYear();
  // Each new year also gets room for its label (YEAR units), after the time-based room.
  const newYear = events.map((e, i) => i === 0 || yearOf(e.time) !== yearOf(events[i - 1]!.time));
  const raw: number[] = [];
  events.forEach((e, i) => raw.push(i === 0 ? 0 : raw[i - 1]! + step((e.time - events[i - 1]!.time) / DAY)));
  const span = raw.at(-1) || 1;
  const changes = newYear.filter(Boolean).length;
  // Every event also gets MIN units, so no two markers ever sit on each other.
  const inner = o.width - o.left - o.right - 10 - changes * YEAR - events.length * MIN;
  let seen = 0;
  const x = raw.map((v, i) => o.left + (v / span) * inner + (newYear[i] ? ++seen : seen) * YEAR + i * MIN);
  const laneY = (c: Category) => o.top + o.lane * (CATEGORIES.indexOf(c) + 0.5);
  const years: OverviewView['years'] = [];
  const breaks: number[] = [];
  events.forEach((e, i) => {
    if (newYear[i]) years.push({ year: yearOf(e.time), x: r(x[i]! - YEAR + 4) });
    // A break halfway between the last event and the next year's line.
    if (i > 0 && (e.time - events[i - 1]!.time) / DAY > o.breakDays) breaks.push(r((x[i - 1]! + x[i]! - YEAR) / 2));
  });
  return {
    width: o.width,
    height: o.top + o.lane * CATEGORIES.length + o.bottom,
    lanes: CATEGORIES.map((category) => ({ category, y: laneY(category) })),
    events: apart(events.map((e, i) => ({ id: e.id, category: e.category, x: r(x[i]!), y: laneY(e.category), dy: 0 }))),
    years,
    breaks,
  };
}

/** Markers closer than NEAR in one row: up, down, up… (half a row, about a big marker's width). */
function apart(events: OverviewView['events']): OverviewView['events'] {
  const last = new Map<Category, OverviewView['events'][number]>();
  for (const e of events) {
    const prev = last.get(e.category);
    if (prev && e.x - prev.x < NEAR) {
      if (prev.dy === 0) prev.dy = -7;
      e.dy = -prev.dy;
    }
    last.set(e.category, e);
  }
  return events;
}
