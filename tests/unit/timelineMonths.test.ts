import { describe, expect, it } from 'vitest';
import { endOf } from '../../src/lib/dates.ts';
import type { Lang } from '../../src/lib/locales.ts';
import { yearEntries } from '../../src/lib/outline.ts';
import { CATEGORIES, type Category, type TimelineEvent } from '../../src/lib/content/schemas.ts';
import { boxesOverlap } from '../../src/lib/timeline/labels.ts';
import { OVERVIEW, overviewView } from '../../src/lib/timeline/overview.ts';
import { CHART, chartView } from '../../src/lib/timeline/view.ts';
import { timelineEvents } from '../support/timelineEvents.ts';

// Issue 23: month names in busy years, the axis parts that move with a filter, the overview.
const events: TimelineEvent[] = timelineEvents();
const category = Object.fromEntries(CATEGORIES.map((c) => [c, c])) as Record<Category, string>;
const view = (lang: Lang) => chartView(events, lang, { category, turningPoint: 'T' });
const year = (i: number) => events[i]!.date.date.getUTCFullYear();
const month = (lang: Lang, i: number) => new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(events[i]!.date.date);

describe('timeline months', () => {
  it.each(['nl', 'en'] as const)('%s: names the months of 2020 and 2021 (Intl), each beside its first event, apart from every other label', (lang) => {
    const chart = view(lang);
    const months = chart.ticks.filter((k) => k.kind === 'month');
    for (const y of [2020, 2021]) {
      const named = months.filter((k) => year(k.a) === y);
      const had = new Set(events.filter((e) => e.date.date.getUTCFullYear() === y).map((e) => e.date.date.getUTCMonth()));
      // Most months with events are named (one may give way to the year's own label).
      expect(named.length, String(y)).toBeGreaterThanOrEqual(had.size - 1);
      expect(named.length, String(y)).toBeGreaterThanOrEqual(3);
    }
    for (const k of months) {
      expect(k.text, k.text).toBe(month(lang, k.a));
      // Beside the first event of its month, which it spans to the last.
      expect(events[k.a - 1]?.date.date.getUTCMonth() === events[k.a]!.date.date.getUTCMonth() && year(k.a - 1) === year(k.a)).toBe(false);
      expect(events[k.z]!.date.date.getUTCMonth()).toBe(events[k.a]!.date.date.getUTCMonth());
    }
    expect(months.map((k) => k.text)).toContain(lang === 'nl' ? 'mrt' : 'Mar');
    // Quiet years get no months.
    expect(months.filter((k) => [2016, 2019, 2024].includes(year(k.a)))).toEqual([]);
    // No two labels of the axis touch (absolute boxes, estimated like the chart's text).
    const boxes = chart.ticks.filter((k) => k.text).map((k) => ({ x: CHART.yearX, y: k.top + k.textY! - 10, width: 30, height: 12, t: k.text }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!), `${boxes[i]!.t} × ${boxes[j]!.t}`).toBe(false);
  });

  it('places every axis part on the first event it belongs to, so a filter can move it or hide it', () => {
    const chart = view('en');
    for (const k of chart.ticks) {
      expect(k.top).toBe(chart.events[k.a]!.y);
      expect(k.z).toBeGreaterThanOrEqual(k.a);
    }
    // The years link the page's contents to the chart: one id per year, as the contents use them.
    const ids = chart.ticks.filter((k) => k.id).map((k) => k.id);
    expect(ids).toEqual(yearEntries(events.map((e) => ({ id: e.id, date: e.date.iso }))).map((e) => e.id));
    for (const k of chart.ticks.filter((t) => t.kind === 'year')) {
      expect(year(k.a)).toBe(Number(k.text));
      expect(year(k.z)).toBe(Number(k.text));
      expect(k.z === events.length - 1 || year(k.z + 1) !== Number(k.text)).toBe(true);
    }
  });
});

describe('timeline overview', () => {
  const ov = overviewView(events.map((e) => ({ id: e.id, category: e.category, time: endOf(e.date) - 1 })));

  it('shows every event once, in date order left to right, in its category\'s row, inside the view', () => {
    expect(ov.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    for (let i = 1; i < ov.events.length; i++) expect(ov.events[i]!.x).toBeGreaterThanOrEqual(ov.events[i - 1]!.x);
    for (const e of ov.events) {
      expect(e.x).toBeGreaterThan(OVERVIEW.left);
      expect(e.x).toBeLessThan(ov.width - OVERVIEW.right);
      expect(e.y).toBe(ov.lanes.find((l) => l.category === e.category)!.y);
    }
    // Markers in one row never sit on each other (up to about 17 units across): close ones are
    // moved apart up and down.
    for (const c of CATEGORIES) {
      const row = ov.events.filter((e) => e.category === c);
      for (let i = 1; i < row.length; i++) expect(Math.hypot(row[i]!.x - row[i - 1]!.x, row[i]!.dy - row[i - 1]!.dy), row[i]!.id).toBeGreaterThanOrEqual(17);
    }
  });

  it('fits one screen (a row per category) and labels every year with events, apart, with breaks for the quiet ones', () => {
    expect(ov.height).toBeLessThanOrEqual(OVERVIEW.top + OVERVIEW.lane * CATEGORIES.length + OVERVIEW.bottom);
    expect(ov.height / ov.width).toBeLessThan(0.5);
    expect(ov.years.map((y) => y.year)).toEqual([...new Set(events.map((e) => e.date.date.getUTCFullYear()))]);
    for (let i = 1; i < ov.years.length; i++) expect(ov.years[i]!.x - ov.years[i - 1]!.x, String(ov.years[i]!.year)).toBeGreaterThanOrEqual(42);
    expect(ov.breaks.length).toBeGreaterThanOrEqual(1);
  });
});
