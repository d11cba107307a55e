import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mustParseDate, sortByDate } from '../../src/lib/dates.ts';
import type { Lang } from '../../src/lib/locales.ts';
import { CATEGORIES, type Category, type TimelineEvent } from '../../src/lib/content/schemas.ts';
import { layoutAxis } from '../../src/lib/timeline/axis.ts';
import { boxesOverlap, gapFor, placeLabels, type Box } from '../../src/lib/timeline/labels.ts';
import { shapePath } from '../../src/lib/timeline/lanes.ts';
import { textWidth, wrapText } from '../../src/lib/timeline/text.ts';
import { CHART, LABEL_OPTIONS, chartView, overlaps, type ChartView } from '../../src/lib/timeline/view.ts';
import { timelineEvents } from '../support/timelineEvents.ts';

// The real events, read straight from content/ (the layout must work for the data we publish).
const events: TimelineEvent[] = timelineEvents();
const names = (lang: Lang) => ({
  category: Object.fromEntries(CATEGORIES.map((c) => [c, `${c}-${lang}`])) as Record<Category, string>,
  turningPoint: lang === 'nl' ? 'Keerpunt' : 'Turning point',
});
const view = (lang: Lang, list: readonly TimelineEvent[] = events) => chartView(list, lang, names(lang));
const LANGS: Lang[] = ['nl', 'en'];

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;

/** Everything a correct chart promises, for any events. */
function checkChart(chart: ChartView, list: readonly TimelineEvent[], lang: Lang): void {
  expect(chart.events.map((e) => e.id)).toEqual(list.map((e) => e.id));
  expect(overlaps(chart)).toEqual([]);
  const drawing = { x: 0, y: 0, width: chart.width, height: chart.height };
  chart.events.forEach((p, i) => {
    const e = list[i]!;
    // Absolute positions: the block is translated by p.y.
    expect(inside(p.box, drawing), p.id).toBe(true);
    expect(inside(p.textBox, p.box), p.id).toBe(true);
    expect(p.textBox.x + p.textBox.width, p.id).toBeLessThanOrEqual(chart.width - CHART.right);
    expect(p.box.height, `${p.id}: a target of at least 24 px`).toBeGreaterThanOrEqual(24);
    if (i > 0) expect(p.y, p.id).toBeGreaterThan(chart.events[i - 1]!.y);
    // The label is the title or the content's short title, whole: never cut, never an ellipsis.
    const drawn = p.lines.join(' ');
    expect([e.title[lang], e.short?.[lang]], p.id).toContain(drawn);
    expect(drawn.endsWith('…'), p.id).toBe(false);
    if (drawn !== e.title[lang]) expect(wrapText(e.title[lang], LABEL_OPTIONS.maxWidth, LABEL_OPTIONS.fontSize, LABEL_OPTIONS.maxLines), p.id).toBeUndefined();
    expect(p.lines.length).toBeLessThanOrEqual(LABEL_OPTIONS.maxLines);
    for (const l of p.lines) expect(textWidth(l, LABEL_OPTIONS.fontSize), l).toBeLessThanOrEqual(LABEL_OPTIONS.maxWidth);
    expect(p.noteLines.join(' ')).toBe(e.turningPoint?.[lang] ?? '');
    // The marker sits in its category's lane, on the first line of its label.
    expect(p.cx).toBe(chart.lanes.find((l) => l.category === e.category)!.x);
    expect(p.cy).toBeGreaterThan(0);
    expect(p.cy).toBeLessThan(p.height);
  });
}

describe('the timeline chart with the published events', () => {
  it('has the events to lay out, including CATCH in December 2016', () => {
    expect(events.length).toBeGreaterThanOrEqual(35);
    expect(events[0]!.id).toBe('catch-in-use');
    expect(events[0]!.date.iso).toBe('2016-12');
  });

  it.each(LANGS)('%s: every event once, in date order; no overlaps; every label whole and inside the chart', (lang) => {
    checkChart(view(lang), events, lang);
  });

  it.each(LANGS)('%s: names every event with its date, category, full title and turning point', (lang) => {
    const chart = view(lang);
    const nos = chart.events.find((e) => e.id === 'nos-report')!;
    expect(nos.name).toBe(
      lang === 'nl'
        ? 'NOS meldt gebruik van Clearview in Nederland. Het nieuws bereikt Nederland. 28 februari 2020, media-nl, Keerpunt'
        : 'NOS reports use of Clearview in the Netherlands. The news reaches the Netherlands. 28 February 2020, media-en, Turning point',
    );
    expect(chart.events.find((e) => e.id === 'dekker-answers-verhoeven')!.name).toMatch(lang === 'nl' ? /\. maart 2020, government-nl$/ : /\. March 2020, government-en$/);
    // Where the short title is drawn, the name ends with the full one.
    for (const e of chart.events) {
      const full = events.find((x) => x.id === e.id)!.title[lang];
      expect(e.name.startsWith(e.lines.join(' ')), e.id).toBe(true);
      expect(e.name.endsWith(full) || e.name.startsWith(full), e.id).toBe(true);
    }
  });

  it('marks three to five turning points, each with a note in both languages', () => {
    const turning = events.filter((e) => e.turningPoint);
    expect(turning.length).toBeGreaterThanOrEqual(3);
    expect(turning.length).toBeLessThanOrEqual(5);
    for (const lang of LANGS) expect(view(lang).events.filter((e) => e.turning).every((e) => e.noteLines.length > 0)).toBe(true);
  });

  it.each(LANGS)('%s: labels every year that has events, apart and inside the chart, with a break in the quiet years', (lang) => {
    const chart = view(lang);
    const labelled = chart.years.map((y) => y.label);
    for (const year of new Set(events.map((e) => String(e.date.date.getUTCFullYear())))) expect(labelled, year).toContain(year);
    for (let i = 1; i < chart.years.length; i++) {
      expect(boxesOverlap(chart.years[i - 1]!.box, chart.years[i]!.box, 1), chart.years[i]!.label).toBe(false);
      expect(chart.years[i]!.y).toBeGreaterThan(chart.years[i - 1]!.y);
    }
    for (const y of chart.years) expect(y.box.x + y.box.width).toBeLessThanOrEqual(CHART.lanes.left);
    // December 2016 to October 2019: nearly three quiet years, drawn as a break, not as 1,000 px.
    const catchEvent = chart.events[0]!;
    const next = chart.events[1]!;
    expect(next.y - (catchEvent.y + catchEvent.height)).toBeLessThanOrEqual(60);
    expect(chart.ticks.filter((k) => k.kind === 'break').map((k) => k.a)).toEqual([1, ...chart.ticks.filter((k) => k.kind === 'break').slice(1).map((k) => k.a)]);
  });

  it('is the same every time (build output is stable)', () => {
    expect(JSON.stringify(view('nl'))).toBe(JSON.stringify(view('nl')));
  });
});

describe('label placement in hard cases', () => {
  const make = (i: number, date: string, category: Category, title: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
    id: `e${i}`, date: mustParseDate(date), category, title: { nl: title, en: title }, summary: { nl: 's', en: 's' }, sources: ['s'], ...extra,
  });

  it('stacks many events on one day, and ten times today’s events, without overlap', () => {
    const same = Array.from({ length: 12 }, (_, i) => make(i, '2021-06-01', 'media', `Event number ${i} with a fairly long title that wraps`));
    checkChart(view('en', same), same, 'en');
    const many = sortByDate(
      Array.from({ length: 340 }, (_, i) => events[i % events.length]!).map((e, i) => ({ ...e, id: `${e.id}-${i}`, date: mustParseDate(`${2010 + (i % 16)}-${String((i % 12) + 1).padStart(2, '0')}`) })),
    );
    checkChart(view('nl', many), many, 'nl');
  });

  it('uses the short title where the full one needs more than three lines, and refuses when neither fits', () => {
    const long = 'A very long title that goes on and on about what happened in great detail, far more than three lines of the chart can hold';
    const withShort = [make(1, '2020-01-01', 'law', long, { short: { nl: 'Kort', en: 'Short' } })];
    const chart = view('en', withShort);
    expect(chart.events[0]!.lines).toEqual(['Short']);
    expect(chart.events[0]!.name).toBe(`Short. 1 January 2020, law-en. ${long}`);
    expect(() => view('en', [make(1, '2020-01-01', 'law', long, { file: 'content/timeline/x.yaml' } as Partial<TimelineEvent>)])).toThrow(
      /content\/timeline\/x\.yaml \(id "e1", en\): the title needs more than 3 lines on the chart; add a field "short"/,
    );
  });

  it('puts a month-only event after the dated events of its month, on the chart too', () => {
    const list = sortByDate([make(1, '2020-03', 'government', 'Month only'), make(2, '2020-03-26', 'government', 'Late March'), make(3, '2020-04-20', 'media', 'April')]);
    expect(view('en', list).events.map((e) => e.id)).toEqual(['e2', 'e1', 'e3']);
    const real = events.map((e) => e.id);
    expect(real.indexOf('dekker-answers-verhoeven')).toBeGreaterThan(real.indexOf('answers-delayed'));
    expect(real.indexOf('dekker-answers-verhoeven')).toBeLessThan(real.indexOf('grapperhaus-answers'));
  });

  it('refuses an empty timeline', () => {
    expect(() => view('nl', [])).toThrow(/no events/);
  });

  it('places blocks below each other with a gap that grows with the time between them, capped', () => {
    const placed = placeLabels(
      [{ id: 'a', where: 'a', title: 'One', days: 0 }, { id: 'b', where: 'b', title: 'Two', days: 1 }, { id: 'c', where: 'c', title: 'Three', days: 3000 }],
      10,
      LABEL_OPTIONS,
    );
    expect(placed[0]!.y).toBe(10);
    expect(placed[1]!.y - (placed[0]!.y + placed[0]!.height)).toBe(Math.ceil(gapFor(1)));
    expect(placed[2]!.y - (placed[1]!.y + placed[1]!.height)).toBe(Math.ceil(gapFor(3000)));
    expect(gapFor(3000)).toBe(gapFor(100_000));
    expect(gapFor(30)).toBeGreaterThan(gapFor(1));
  });
});

describe('timeline axis', () => {
  it('labels only years with events, and starts a year that begins in a break below the break', () => {
    const day = (iso: string) => mustParseDate(iso).date.getTime();
    const points = [
      { time: day('2016-12-15'), y: 40, top: 30, bottom: 50 },
      { time: day('2019-10-31'), y: 110, top: 100, bottom: 120 },
      { time: day('2020-01-02'), y: 140, top: 130, bottom: 150 },
    ];
    const axis = layoutAxis(points, { fontSize: 12, x: 2, lineEnd: 124, breakDays: 365 });
    // 2017 and 2018 have no events: the break stands for them, unlabelled.
    expect(axis.years.map((y) => y.label)).toEqual(['2016', '2019', '2020']);
    expect(axis.breaks).toEqual([75]);
    // 2019 begins inside the break; on the chart it starts below the break, above its first event.
    const y2019 = axis.years[1]!;
    expect(y2019.y).toBeGreaterThan(75);
    expect(y2019.y).toBeLessThanOrEqual(100);
    expect(y2019.box.y).toBeGreaterThan(75);
    for (let i = 1; i < axis.years.length; i++) expect(boxesOverlap(axis.years[i - 1]!.box, axis.years[i]!.box)).toBe(false);
  });
});

describe('timeline text and shapes', () => {
  it('estimates text width, wider for longer and bold text', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('mmmm', 13)).toBeGreaterThan(textWidth('iiii', 13));
    expect(textWidth('2020', 12, true)).toBeGreaterThan(textWidth('2020', 12));
  });

  it('wraps at spaces and never shortens a word', () => {
    expect(wrapText('Privacy groups complain to five regulators', 120, 13, 3)).toEqual(['Privacy groups', 'complain to five', 'regulators']);
    expect(wrapText('Privacy groups complain to five regulators', 120, 13, 2)).toBeUndefined();
    expect(wrapText('Supercalifragilisticexpialidocious', 60, 13, 3)).toBeUndefined();
  });

  it('gives every category its own shape, not only its own colour', () => {
    const shapes = CATEGORIES.map((c) => shapePath(c, 0, 0, 6));
    expect(new Set(shapes).size).toBe(CATEGORIES.length);
    for (const d of shapes) expect(d).toMatch(/^M[-\d.]+ [-\d.]+.*Z$/);
  });
});
