import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { previewPng, previewSvg } from '../../src/build/previewImages.ts';
import { readFontMetrics } from '../../src/lib/previews/fontMetrics.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { CARD, fitTitle, measure, wrap } from '../../src/lib/previews/card.ts';
import { CARD_COLOURS, miniTimeline, preview, previewName, previewTargetOf, previewTargets, siteColours } from '../../src/lib/previews/previews.ts';
import { CATEGORIES, type PageData, type TimelineEvent } from '../../src/lib/content/schemas.ts';
import { SiteMap, toSitePage } from '../../src/lib/site.ts';
import { timelineEvents } from '../support/timelineEvents.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => readFontMetrics(readFileSync(require.resolve(file)));
const serifBold = font('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf');
const sans = font('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf');
const serifFile = require.resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf');

const events: TimelineEvent[] = timelineEvents();

/** The PNG's size from its IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('font metrics (read from the TTF files the images are drawn with)', () => {
  it('name the family resvg matches and give advances per character, none for a missing glyph', () => {
    expect(serifBold.family).toBe('Source Serif 4');
    expect(sans.family).toBe('Source Sans 3');
    expect(serifBold.advance('W')!).toBeGreaterThan(serifBold.advance('i')! * 2);
    for (const ch of 'ëéï’–→·') expect(serifBold.advance(ch), ch).toBeGreaterThan(0);
    expect(serifBold.advance('😀')).toBeUndefined();
  });

  it('measure a line as wide as resvg draws it (never narrower, at most a few per cent wider)', () => {
    for (const line of ['Hoe de antwoorden veranderden, 2020 → 2021', 'What is facial recognition', 'Wim']) {
      const size = 76;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="200"><text x="0" y="120" font-family="Source Serif 4" font-weight="700" font-size="${size}">${line}</text></svg>`;
      const ink = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [serifFile] } }).getBBox()!;
      const estimate = measure(line, { metrics: serifBold, size });
      expect(estimate, line).toBeGreaterThanOrEqual(ink.x + ink.width - 1);
      expect(estimate, line).toBeLessThan((ink.x + ink.width) * 1.06 + 6);
    }
  });
});

describe('wrapping a title', () => {
  const f = { metrics: serifBold, size: 60 };
  it('breaks at spaces into lines that fit, keeping every word', () => {
    const title = 'Wat is gezichtsherkenning, en wat doet Clearview anders?';
    const lines = wrap(title, f, 700, 4)!;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, f)).toBeLessThanOrEqual(700);
    expect(lines.join(' ')).toBe(title);
  });
  it('gives up instead of shortening: too many lines, or a word wider than the room', () => {
    expect(wrap('een twee drie vier vijf zes', f, 200, 2)).toBeUndefined();
    expect(wrap('Gezichtsherkenningstechnologie', f, 300, 3)).toBeUndefined();
  });
  it('picks a smaller size for two lines before it takes a third', () => {
    const fitted = fitTitle('Wat is gezichtsherkenning, en wat doet Clearview anders?', serifBold, CARD.width - 2 * CARD.margin, 3);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.size).toBeLessThan(76);
    expect(fitTitle('Tijdlijn', serifBold, 1056, 3)).toEqual({ size: 76, lines: ['Tijdlijn'] });
  });
  it('stops the build naming a character the font cannot draw', () => {
    expect(() => measure('Clearview 😀', f)).toThrow(/U\+1F600.*Clearview/);
  });
});

describe("the site's colours", () => {
  const css = ['tokens', 'layout', 'timeline'].map((n) => readFileSync(new URL(`../../src/styles/${n}.css`, import.meta.url), 'utf8')).join('\n');
  it('come from the stylesheets: the light value of each property, the header scan line, every category', () => {
    const colours = siteColours(css, CARD_COLOURS);
    expect(colours.bg).toBe('#fbfaf7');
    expect(colours['mast-bg']).toBe('#10263f');
    expect(colours['mast-scan']).toMatch(/^#[0-9a-f]{6}$/i);
    for (const c of CATEGORIES) expect(colours[`cat-${c}`], c).toMatch(/^#/);
  });
  it('fail naming a property the stylesheets lack', () => {
    expect(() => siteColours(':root { --bg: #fff; }', ['bg', 'signal'])).toThrow(/--signal/);
  });
});

const lessonData: PageData = {
  translationKey: 'lesson-facial-recognition',
  title: 'Wat is gezichtsherkenning?',
  navTitle: 'Les 1',
  description: 'D',
  kind: 'lesson',
  order: 1,
  parent: 'teachers',
  sources: ['x'],
  updated: '2026-11-25',
  lesson: { number: 1, stages: ['onderbouw'], tracks: ['havo', 'vwo'], subjects: ['burgerschap'], minutes: 50, topic: 'T' },
};
const lists = { events: [], glossary: [], sources: [] };
const lesson = toSitePage({ file: 'content/nl/voor-docenten/gezichtsherkenning.mdx', body: '', data: lessonData }, lists);
const timelinePage = toSitePage({ file: 'content/en/timeline.mdx', body: '', data: { ...lessonData, translationKey: 'timeline', title: 'Timeline', kind: 'timeline', lesson: undefined } }, lists);

describe('which image a page shares and what its alt text says', () => {
  it('a content page, the search page and the chooser have one; the 404 page has none', () => {
    expect(previewTargetOf('nl/voor-docenten/gezichtsherkenning/', 'nl', lesson)).toEqual({ kind: 'page', page: lesson });
    expect(previewTargetOf('', 'nl', undefined)).toEqual({ kind: 'chooser' });
    expect(previewTargetOf('en/search/', 'en', undefined)).toEqual({ kind: 'search', lang: 'en' });
    expect(previewTargetOf('404.html', 'nl', undefined)).toBeUndefined();
  });
  it('names files by language and translationKey, one per page', () => {
    const targets = previewTargets(new SiteMap([lesson, timelinePage]));
    expect(targets.map(previewName)).toEqual(['site', 'nl-search', 'en-search', 'nl-lesson-facial-recognition', 'en-timeline']);
    expect(preview(targets[3]!, events).file).toBe('previews/nl-lesson-facial-recognition.png');
  });
  it("a lesson's image and alt text give its number, level and time, in the page's language", () => {
    const { alt, card } = preview({ kind: 'page', page: lesson }, events);
    const t = useTranslations('nl');
    expect(card.kicker).toBe('Les 1');
    expect(card.sub).toEqual(['Niveau: onderbouw, havo/vwo · Tijd: 50 minuten']);
    expect(alt).toBe(`${t('preview.alt', { site: 'Clearview AI in Nederland', title: 'Wat is gezichtsherkenning?' })} Les 1. Niveau: onderbouw, havo/vwo. Tijd: 50 minuten.`);
  });
  it("the timeline's image carries the chart and its alt text says so; the chooser's alt is in both languages", () => {
    const { alt, card } = preview({ kind: 'page', page: timelinePage }, events);
    expect(card.timeline?.events).toHaveLength(events.length);
    expect(alt).toContain(`${events.length} events from`);
    const chooser = preview({ kind: 'chooser' }, events).alt;
    expect(chooser).toContain('woordmerk');
    expect(chooser).toContain('wordmark');
  });
});

describe('the drawing of the timeline', () => {
  const tl = miniTimeline(events, 'nl', useTranslations('nl'));
  it('places every event in date order from the left edge to the right, in its category\'s lane', () => {
    const at = tl.events.map((e) => e.at);
    expect(at[0]).toBe(0);
    expect(at.at(-1)).toBe(1);
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
    expect(tl.lanes.map((l) => l.category)).toEqual([...CATEGORIES]);
    tl.events.forEach((e, i) => expect(tl.lanes[e.lane]!.category).toBe(events[i]!.category));
  });
  it('labels the years in order, inside the drawing', () => {
    expect(tl.years.length).toBeGreaterThan(3);
    for (const y of tl.years) expect(y.at >= 0 && y.at <= 1, y.label).toBe(true);
    expect(tl.years.map((y) => y.label)).toEqual([...tl.years.map((y) => y.label)].sort());
  });
});

describe('the rendered image', () => {
  it('is a 1200×630 PNG well under 100 KB, in the fonts from npm', () => {
    const { card } = preview({ kind: 'page', page: timelinePage }, events);
    const svg = previewSvg(card);
    expect(svg).toContain('font-family="Source Serif 4"');
    expect(svg).not.toMatch(/<image|href=/);
    const png = previewPng(card, timelinePage.file, { cache: false });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(80 * 1024);
  });
  it('fails naming the page when its title cannot be drawn', () => {
    const { card } = preview({ kind: 'page', page: lesson }, events);
    expect(() => previewPng({ ...card, title: 'Gezichtsherkenning 😀' }, lesson.file)).toThrow(/content\/nl\/voor-docenten\/gezichtsherkenning\.mdx: preview image: .*U\+1F600/);
  });
});
