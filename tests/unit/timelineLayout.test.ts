import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareIso } from '../../src/lib/dates.ts';
import type { Lang } from '../../src/lib/locales.ts';
import { CATEGORIES, eventSchema, type TimelineEvent } from '../../src/lib/schemas.ts';
import {
  boxesOverlap,
  CHART_WIDTH,
  DEFAULT_OPTIONS,
  fitText,
  layoutTimeline,
  shapePath,
  textWidth,
  yearStarts,
  type Box,
  type LayoutInput,
  type TimelineLayout,
} from '../../src/lib/timelineLayout.ts';

// The real events, read straight from content/ (the layout must work for the data we publish).
const dir = new URL('../../content/timeline/', import.meta.url).pathname;
const events: TimelineEvent[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as unknown[])
  .map((raw) => eventSchema.parse(raw))
  .sort((a, b) => compareIso(a.date, b.date) || a.id.localeCompare(b.id));
const inputs = (lang: Lang): LayoutInput[] => events.map((e) => ({ id: e.id, date: e.date, category: e.category, label: e.title[lang] }));

/** Every width the layout is proven at: the chart's design width and well beyond either side. */
const WIDTHS = [640, 720, 800, 960, CHART_WIDTH, 1280, 1440, 1600, 1920];
const LANGS: Lang[] = ['nl', 'en'];
const cases = LANGS.flatMap((lang) => WIDTHS.map((width) => [lang, width] as const));

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;

function overlaps(boxes: { id: string; box: Box }[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!.box, boxes[j]!.box)) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    }
  }
  return found;
}

describe('timeline layout with the published events', () => {
  it('has the events to lay out', () => {
    expect(events.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s at %ipx: every event once, in its category lane, left to right in date order', (lang, width) => {
    const layout = layoutTimeline(inputs(lang), lang, { width });
    expect(layout.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(layout.lanes.map((l) => l.category)).toEqual([...CATEGORIES]);
    layout.events.forEach((p, i) => {
      expect(p.lane, p.id).toBe(CATEGORIES.indexOf(events[i]!.category));
      expect(p.row, p.id).toBeLessThan(layout.lanes[p.lane]!.rows);
      if (i > 0) expect(p.x, p.id).toBeGreaterThanOrEqual(layout.events[i - 1]!.x);
      expect(p.x).toBeGreaterThanOrEqual(layout.left);
      expect(p.x).toBeLessThanOrEqual(layout.right);
    });
  });

  it.each(cases)('%s at %ipx: no two event labels (with their markers) overlap', (lang, width) => {
    const layout = layoutTimeline(inputs(lang), lang, { width });
    expect(overlaps(layout.events)).toEqual([]);
    expect(overlaps(layout.events.map((e) => ({ id: e.id, box: e.labelBox })))).toEqual([]);
  });

  it.each(cases)('%s at %ipx: labels stay in the drawing, in their lane, under the lane title, clear of the axis', (lang, width) => {
    const layout = layoutTimeline(inputs(lang), lang, { width });
    const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
    for (const p of layout.events) {
      const lane = layout.lanes[p.lane]!;
      const rows = { x: 0, y: lane.y + DEFAULT_OPTIONS.laneHeader, width: layout.width, height: lane.height - DEFAULT_OPTIONS.laneHeader };
      expect(inside(p.box, drawing), p.id).toBe(true);
      expect(inside(p.box, rows), p.id).toBe(true);
      expect(inside(p.labelBox, p.box), p.id).toBe(true);
      expect(p.x - DEFAULT_OPTIONS.markerRadius).toBeGreaterThanOrEqual(p.box.x - 1e-6);
      expect(p.x + DEFAULT_OPTIONS.markerRadius).toBeLessThanOrEqual(p.box.x + p.box.width + 1e-6);
    }
    const firstLane = layout.lanes[0]!.y;
    for (const tick of layout.ticks) expect(tick.box.y + tick.box.height, tick.label).toBeLessThanOrEqual(firstLane);
  });

  it.each(cases)('%s at %ipx: labels are the title, or the title cut at a word with "…", and fit their box', (lang, width) => {
    const layout = layoutTimeline(inputs(lang), lang, { width });
    for (const p of layout.events) {
      expect(p.full).toBe(events.find((e) => e.id === p.id)!.title[lang]);
      if (p.truncated) {
        expect(p.text.endsWith('…'), p.text).toBe(true);
        expect(p.full.startsWith(p.text.slice(0, -1).trimEnd()), p.text).toBe(true);
        expect(p.text.length).toBeGreaterThan(3);
      } else expect(p.text).toBe(p.full);
      expect(textWidth(p.text, DEFAULT_OPTIONS.fontSize)).toBeLessThanOrEqual(p.labelBox.width + 0.1);
    }
  });

  it.each(cases)('%s at %ipx: tick labels do not overlap and stay in the drawing', (lang, width) => {
    const layout = layoutTimeline(inputs(lang), lang, { width });
    const ticks = [...layout.ticks].sort((a, b) => a.x - b.x);
    expect(overlaps(ticks.map((t) => ({ id: t.label, box: t.box })))).toEqual([]);
    for (const t of ticks) {
      expect(t.box.x).toBeGreaterThanOrEqual(0);
      expect(t.box.x + t.box.width).toBeLessThanOrEqual(layout.width);
    }
    // Every year the events span has its label.
    const years = new Set(events.map((e) => e.date.slice(0, 4)));
    const labelled = new Set(ticks.filter((t) => t.kind === 'year').map((t) => t.label));
    for (const year of years) expect(labelled.has(year), year).toBe(true);
  });

  it('is the same every time (build output is stable)', () => {
    expect(JSON.stringify(layoutTimeline(inputs('nl'), 'nl'))).toBe(JSON.stringify(layoutTimeline(inputs('nl'), 'nl')));
  });
});

describe('timeline dates and ticks in both languages', () => {
  const at = (layout: TimelineLayout, id: string) => layout.events.find((e) => e.id === id)!;

  it('writes event dates out in Dutch and English', () => {
    const nl = layoutTimeline(inputs('nl'), 'nl');
    const en = layoutTimeline(inputs('en'), 'en');
    expect(at(nl, 'nos-report').dateText).toBe('28 februari 2020');
    expect(at(en, 'nos-report').dateText).toBe('28 February 2020');
    expect(at(nl, 'supplementary-answer').dateText).toBe('13 oktober 2021');
    expect(at(en, 'supplementary-answer').dateText).toBe('13 October 2021');
    // Only the month is known: the date says so.
    expect(at(nl, 'dekker-answers-verhoeven').dateText).toBe('maart 2020');
    expect(at(en, 'dsb-decision').dateText).toBe('May 2023');
  });

  it('names the months on the axis in the reader’s language', () => {
    const nl = layoutTimeline(inputs('nl'), 'nl');
    const en = layoutTimeline(inputs('en'), 'en');
    expect(nl.monthStep).toBe(en.monthStep);
    const months = (l: TimelineLayout) => l.ticks.filter((t) => t.kind === 'month').map((t) => t.label);
    expect(months(nl)).toContain('okt');
    expect(months(en)).toContain('Oct');
    expect(months(nl)).not.toContain('Oct');
    // Where there is room for every month, each language has its own abbreviations.
    const wideNl = layoutTimeline(inputs('nl'), 'nl', { width: 3200 });
    const wideEn = layoutTimeline(inputs('en'), 'en', { width: 3200 });
    expect(wideNl.monthStep).toBe(1);
    expect(months(wideNl)).toEqual(expect.arrayContaining(['feb', 'mrt', 'mei', 'okt']));
    expect(months(wideEn)).toEqual(expect.arrayContaining(['Feb', 'Mar', 'May', 'Oct']));
  });

  it('labels years as numbers and puts the months in between where they fit', () => {
    const layout = layoutTimeline(inputs('en'), 'en');
    const labels = layout.ticks.map((t) => t.label);
    expect(labels.indexOf('2020')).toBeLessThan(labels.indexOf('2021'));
    expect(labels.slice(labels.indexOf('2021'), labels.indexOf('2022'))).toEqual(['2021', 'Apr', 'Jul', 'Oct']);
    // Narrow drawings drop month labels rather than letting them collide.
    const narrow = layoutTimeline(inputs('en'), 'en', { width: 640 });
    expect(narrow.ticks.filter((t) => t.kind === 'month').length).toBeLessThan(layout.ticks.filter((t) => t.kind === 'month').length);
  });
});

describe('timeline layout in hard cases', () => {
  it('stacks events on the same day into rows without overlap', () => {
    const same: LayoutInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, date: '2021-06-01', category: 'media', label: `Event number ${i} with a fairly long title` }));
    const layout = layoutTimeline([...same, { id: 'late', date: '2024-01-01', category: 'company', label: 'Later' }], 'en');
    expect(layout.lanes[0]!.rows).toBe(12);
    expect(overlaps(layout.events)).toEqual([]);
  });

  it('puts labels left of markers near the right edge', () => {
    const layout = layoutTimeline(
      [
        { id: 'a', date: '2020-01-01', category: 'regulators', label: 'Start' },
        { id: 'b', date: '2025-12-01', category: 'regulators', label: 'A long label at the very end of the time axis' },
      ],
      'en',
    );
    const b = layout.events.find((e) => e.id === 'b')!;
    expect(b.anchor).toBe('end');
    expect(b.box.x + b.box.width).toBeLessThanOrEqual(layout.width);
    expect(b.text).toBe('A long label at the very end of the time axis');
  });

  it('keeps an empty category as a lane, so the chart always shows all five', () => {
    const layout = layoutTimeline([{ id: 'a', date: '2020-01-01', category: 'media', label: 'Only one' }], 'nl');
    expect(layout.lanes.map((l) => l.rows)).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses an empty timeline', () => {
    expect(() => layoutTimeline([], 'nl')).toThrow(/no events/);
  });
});

describe('timeline helpers', () => {
  it('estimates text width, wider for longer and bold text', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('mmmm', 13)).toBeGreaterThan(textWidth('iiii', 13));
    expect(textWidth('2020', 12, true)).toBeGreaterThan(textWidth('2020', 12));
    expect(textWidth('abc', 26)).toBeCloseTo(2 * textWidth('abc', 13));
  });

  it('shortens text at a word and never beyond the room it has', () => {
    const title = 'Privacy groups complain to five regulators';
    expect(fitText(title, 1000, 13)).toBe(title);
    const short = fitText(title, 120, 13);
    expect(short).toMatch(/^Privacy groups( complain)?…$/);
    expect(textWidth(short, 13)).toBeLessThanOrEqual(120);
    expect(fitText('Supercalifragilistic', 40, 13)).toMatch(/^Sup.*…$/);
    expect(textWidth(fitText('Supercalifragilistic', 40, 13), 13)).toBeLessThanOrEqual(40);
  });

  it('gives every category its own shape, not only its own colour', () => {
    const shapes = CATEGORIES.map((c) => shapePath(c, 0, 0, 6));
    expect(new Set(shapes).size).toBe(CATEGORIES.length);
    for (const d of shapes) expect(d).toMatch(/^M[-\d.]+ [-\d.]+.*Z$/);
  });

  it('match the stylesheet, which shows the chart only where it has its design width', () => {
    const css = readFileSync(new URL('../../src/styles/timeline.css', import.meta.url), 'utf8');
    expect(css).toContain(`width: ${CHART_WIDTH / 16}rem`);
  });

  it('marks the first event of each year', () => {
    expect(yearStarts(['2019-11-20', '2019-11-21', '2020-01', '2020-03-05', '2021-05-27'])).toEqual([2019, undefined, 2020, undefined, 2021]);
    expect(yearStarts([])).toEqual([]);
  });
});
