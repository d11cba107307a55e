import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { textWidth } from './text.ts';

/**
 * The time axis of the vertical chart. Time runs down the page but not at one even pace: busy
 * months get the room their labels need and quiet years are shortened, with an axis break where
 * more than a year passes without an event. A d3 UTC scale through every event's (time, y) pair
 * finds where each year begins. Only years with events are labelled; a year that begins inside a
 * break starts just above its first event, below the break.
 */

export interface AxisPoint {
  /** The event's place in time (ms), in date order. */
  time: number;
  /** The event marker's y. */
  y: number;
  /** Top and bottom of the event's block. */
  top: number;
  bottom: number;
}

export interface AxisOptions {
  fontSize: number;
  /** Left edge of the year labels and right end of the year lines. */
  x: number;
  lineEnd: number;
  /** More days than this between two events make an axis break. */
  breakDays: number;
  /** Months are labelled in years with at least this many events, with this name (Intl). */
  months?: { minEvents: number; fontSize: number; name: (year: number, month: number) => string };
}

/** The events a label belongs to (indexes into the points): when a filter hides them, it goes. */
export interface Anchored {
  anchor: number;
  last: number;
}

export interface YearLabel extends Anchored {
  year: number;
  label: string;
  /** Where the year begins (the first event's y for the first year). */
  y: number;
  /** Baseline of the label. */
  labelY: number;
  box: { x: number; y: number; width: number; height: number };
}

/** A month in a busy year: its name beside the first event of that month. */
export interface MonthLabel extends Anchored {
  label: string;
  /** Baseline of the label. */
  labelY: number;
  box: { x: number; y: number; width: number; height: number };
}

export interface Axis {
  years: YearLabel[];
  months: MonthLabel[];
  /** The event below each break (index into the points). */
  breakAnchors: number[];
  /** Horizontal lines where each labelled year begins (not the first). */
  gridPath: string;
  /** y of each axis break (the middle of the quiet stretch). */
  breaks: number[];
}

const DAY = 86_400_000;
const round = (v: number) => Math.round(v);

export function layoutAxis(points: readonly AxisPoint[], o: AxisOptions): Axis {
  if (!points.length) return { years: [], months: [], breakAnchors: [], gridPath: '', breaks: [] };
  // Strictly increasing domain: one y per time (the first event at that time).
  const domain: Date[] = [];
  const range: number[] = [];
  for (const p of points) {
    if (domain.length && p.time <= domain.at(-1)!.getTime()) continue;
    domain.push(new Date(p.time));
    range.push(p.y);
  }
  const y = scaleUtc().domain(domain).range(range);
  const first = domain[0]!;
  const last = domain.at(-1)!;
  const eventYears = new Set(points.map((p) => new Date(p.time).getUTCFullYear()));

  const height = o.fontSize * 1.1;
  const yearOf = (p: AxisPoint) => new Date(p.time).getUTCFullYear();
  const span = (test: (p: AxisPoint) => boolean) => {
    const anchor = points.findIndex(test);
    return { anchor, last: points.findLastIndex(test) };
  };
  const make = (year: number, at: number): YearLabel => {
    const label = String(year);
    // Just above the line where the year begins.
    const labelY = round(at - 3);
    return {
      ...span((p) => yearOf(p) === year),
      year,
      label,
      y: round(at),
      labelY,
      box: { x: o.x, y: round(labelY - o.fontSize * 0.8), width: round(textWidth(label, o.fontSize, true)), height: round(height) },
    };
  };
  // The quiet stretches drawn as breaks: between these two events, time is not to scale.
  const gaps: { from: AxisPoint; to: AxisPoint; at: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    if ((points[i]!.time - points[i - 1]!.time) / DAY > o.breakDays) gaps.push({ from: points[i - 1]!, to: points[i]!, at: i });
  }
  // A year that begins inside a break begins, on the chart, just above its first event: below
  // the break, so the break reads as the skipped time. Years without events are not labelled
  // (they can only lie inside a break).
  const startOf = (d: Date) => {
    const gap = gaps.find((g) => g.from.time < d.getTime() && d.getTime() <= g.to.time);
    return gap ? gap.to.top - 1 : y(d);
  };
  const starts = utcYear.range(utcYear.ceil(first), new Date(last.getTime() + 1));
  const candidates = [
    make(first.getUTCFullYear(), range[0]!),
    ...starts.filter((d) => d > first && eventYears.has(d.getUTCFullYear())).map((d) => make(d.getUTCFullYear(), startOf(d))),
  ];

  const kept: YearLabel[] = [];
  for (const c of candidates) {
    const prev = kept.at(-1);
    if (prev && prev.box.y + prev.box.height + 2 > c.box.y) {
      const shift = prev.box.y + prev.box.height + 2 - c.box.y;
      c.labelY = round(c.labelY + shift);
      c.box.y = round(c.box.y + shift);
    }
    kept.push(c);
  }

  // A line where each labelled year begins (the first year's label heads the chart instead).
  const gridPath = kept
    .filter((c) => c !== candidates[0])
    .map((c) => `M${o.x} ${c.y}H${o.lineEnd}`)
    .join('');
  const breaks = gaps.map((g) => round((g.from.bottom + g.to.top) / 2));
  return { years: kept, months: monthLabels(points, kept, o), breakAnchors: gaps.map((g) => g.at), gridPath, breaks };
}

/**
 * In busy years, each month with events is named beside its first event, in the year column;
 * a name that would touch a year label or the month before is left out.
 */
function monthLabels(points: readonly AxisPoint[], years: readonly YearLabel[], o: AxisOptions): MonthLabel[] {
  const m = o.months;
  if (!m) return [];
  const out: MonthLabel[] = [];
  const boxes = years.map((y) => y.box);
  const key = (p: AxisPoint) => new Date(p.time).toISOString().slice(0, 7);
  points.forEach((p, i) => {
    const d = new Date(p.time);
    const year = d.getUTCFullYear();
    if (i > 0 && key(points[i - 1]!) === key(p)) return;
    if (points.filter((q) => new Date(q.time).getUTCFullYear() === year).length < m.minEvents) return;
    const label = m.name(year, d.getUTCMonth());
    const labelY = round(p.y + m.fontSize * 0.35);
    const box = { x: o.x, y: round(labelY - m.fontSize * 0.8), width: round(textWidth(label, m.fontSize)), height: round(m.fontSize * 1.1) };
    if (boxes.some((b) => b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height + 1 && box.y < b.y + b.height + 1)) return;
    boxes.push(box);
    out.push({ label, labelY, box, anchor: i, last: points.findLastIndex((q) => key(q) === key(p)) });
  });
  return out;
}
