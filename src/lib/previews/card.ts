import type { FontMetrics } from './fontMetrics.ts';

/**
 * The preview image of a page (og:image) as an SVG, laid out at build time: the site's masthead
 * with its wordmark, a kicker (the kind of page, or the lesson's number), the page's title in the
 * heading face, a line under it (a lesson's level and time, the home page's tagline) and, for the
 * timeline, a small drawing of the chart. src/build/previewImages.ts turns it into a PNG.
 */

export const CARD = { width: 1200, height: 630, margin: 72, mast: 136 } as const;

export interface CardFonts {
  serifBold: FontMetrics;
  sans: FontMetrics;
  sansSemibold: FontMetrics;
}

/** The site's colours by custom-property name without "--" (tokens.css, timeline.css). */
export type Colours = Readonly<Record<string, string>>;

export interface MiniTimeline {
  /** One lane per category, top to bottom. */
  lanes: { category: string; colour: string }[];
  /** `at` runs from 0 (first event) to 1 (last); `shape` is an SVG path centred on 0 0, drawn at `radius`. */
  events: { at: number; lane: number; turning: boolean; shape: string; radius: number }[];
  years: { at: number; label: string }[];
}

export interface CardContent {
  lang: string;
  /** The wordmark: the name and the rest ("Clearview AI", "in Nederland"). */
  name: string;
  nameRest: string;
  kicker?: string;
  title: string;
  /** Lines under the title, in the body face. */
  sub?: string[];
  timeline?: MiniTimeline;
}

type Font = { metrics: FontMetrics; size: number; spacing?: number };

/** Width of a line in px; fails naming the character the font cannot draw. */
export function measure(text: string, font: Font): number {
  let em = 0;
  let count = 0;
  for (const ch of text) {
    const w = font.metrics.advance(ch);
    if (w === undefined) throw new Error(`preview image: the font ${font.metrics.family} has no "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${text}"`);
    em += w;
    count++;
  }
  return em * font.size + (font.spacing ?? 0) * Math.max(0, count - 1);
}

/** Greedy line breaking at spaces; undefined when a word is too wide or more lines are needed. */
export function wrap(text: string, font: Font, maxWidth: number, maxLines: number): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidth) line = candidate;
    else if (!line || measure(word, font) > maxWidth) return undefined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}

/**
 * The largest title size (of a few steps) at which the title fits its room: in at most two lines
 * if a size down to 54 px allows it (three lines of large type crowd the card), else in maxLines.
 */
export function fitTitle(title: string, metrics: FontMetrics, maxWidth: number, maxLines: number): { size: number; lines: string[] } {
  const sizes = [76, 68, 60, 54, 48];
  for (const lines of [Math.min(2, maxLines), maxLines]) {
    for (const size of sizes) {
      const fitted = wrap(title, { metrics, size }, maxWidth, lines);
      if (fitted) return { size, lines: fitted };
    }
  }
  throw new Error(`preview image: the title "${title}" does not fit in ${maxLines} lines`);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function cardSvg(card: CardContent, fonts: CardFonts, c: Colours): string {
  const { width: W, height: H, margin: M, mast } = CARD;
  const inner = W - 2 * M;
  const text = (x: number, y: number, font: Font, fill: string, s: string, weight: number) =>
    `<text x="${r1(x)}" y="${r1(y)}" font-family="${escapeXml(font.metrics.family)}" font-size="${font.size}" font-weight="${weight}"${font.spacing ? ` letter-spacing="${font.spacing}"` : ''} fill="${fill}">${escapeXml(s)}</text>`;
  const out: string[] = [];
  out.push(`<rect width="${W}" height="${H}" fill="${c.bg}"/>`);
  out.push(`<rect width="${W}" height="${mast}" fill="${c['mast-bg']}"/>`);
  out.push(wordmark(card, fonts, c, text));

  // The body: kicker, title and sub lines as one block, centred in the room left for it.
  const bottom = card.timeline ? H - 220 : H - 56;
  // A kicker that only repeats the title ("Tijdlijn", "Begrippen") is left out.
  const kickerShown = card.kicker && card.kicker.toLocaleLowerCase(card.lang) !== card.title.toLocaleLowerCase(card.lang);
  const kicker = kickerShown ? { metrics: fonts.sansSemibold, size: 26, spacing: 2 } : undefined;
  const kickerText = card.kicker?.toLocaleUpperCase(card.lang);
  if (kicker && measure(kickerText!, kicker) > inner) throw new Error(`preview image: the kicker "${card.kicker}" is too wide`);
  const subFont = { metrics: fonts.sans, size: 30 };
  const sub = (card.sub ?? []).flatMap((s) => wrap(s, subFont, inner, 2) ?? fail(`preview image: "${s}" does not fit in 2 lines`));
  const maxTitleLines = card.timeline ? 2 : sub.length > 1 ? 2 : 3;
  const title = fitTitle(card.title, fonts.serifBold, inner, maxTitleLines);
  const lead = Math.round(title.size * 1.12);
  const kickerH = kicker ? 26 + 26 : 0;
  const subH = sub.length ? 22 + sub.length * 40 : 0;
  const blockH = kickerH + title.lines.length * lead + subH;
  let y = Math.round(mast + (bottom - mast - blockH) / 2);
  if (kicker) {
    out.push(`<rect x="${M}" y="${y + 8}" width="40" height="6" fill="${c.signal}"/>`);
    out.push(text(M + 56, y + 20, kicker, c.signal, kickerText!, 600));
    y += kickerH;
  }
  for (const line of title.lines) {
    y += lead;
    out.push(text(M, y - Math.round(lead - title.size * 0.8), { metrics: fonts.serifBold, size: title.size }, c.text, line, 700));
  }
  if (sub.length) y += 22;
  for (const line of sub) {
    y += 40;
    out.push(text(M, y - 8, subFont, c['text-soft'], line, 400));
  }
  if (card.timeline) out.push(miniTimeline(card.timeline, { x: M, y: H - 200, width: inner }, fonts, c));
  out.push(`<rect y="${H - 12}" width="${W}" height="12" fill="${c['mast-bg']}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${card.lang}">${out.join('')}</svg>`;
}

function fail(message: string): never {
  throw new Error(message);
}

/** The site's mark (WordmarkMark.astro's drawing, 40 units) and its name on two lines. */
function wordmark(card: CardContent, fonts: CardFonts, c: Colours, text: (x: number, y: number, f: Font, fill: string, s: string, w: number) => string): string {
  const size = 76;
  const s = size / 40;
  const x = CARD.margin - 4;
  const y = (CARD.mast - size) / 2;
  const stroke = `fill="none" stroke-width="2.5" stroke-linecap="round"`;
  const mark =
    `<g transform="translate(${x} ${r1(y)}) scale(${r1(s * 100) / 100})">` +
    `<path d="M3 12V5a2 2 0 0 1 2-2h7M28 3h7a2 2 0 0 1 2 2v7M37 28v7a2 2 0 0 1-2 2h-7M12 37H5a2 2 0 0 1-2-2v-7" stroke="${c['mast-text']}" ${stroke}/>` +
    `<circle cx="20" cy="17" r="6.5" stroke="${c['mast-text']}" ${stroke}/>` +
    `<path d="M9.5 33c1.8-5 5.7-7.5 10.5-7.5s8.7 2.5 10.5 7.5" stroke="${c['mast-text']}" ${stroke}/>` +
    `<path d="M6 20h28" stroke="${c['mast-scan']}" ${stroke}/></g>`;
  const tx = x + size + 22;
  return (
    mark +
    text(tx, 66, { metrics: fonts.serifBold, size: 44 }, c['mast-text'], card.name, 700) +
    text(tx, 100, { metrics: fonts.sansSemibold, size: 20, spacing: 2 }, c['mast-soft'], card.nameRest.toLocaleUpperCase(card.lang), 600)
  );
}

/** The timeline chart turned on its side: time runs left to right, a lane per category. */
function miniTimeline(tl: MiniTimeline, box: { x: number; y: number; width: number }, fonts: CardFonts, c: Colours): string {
  const laneGap = 18;
  const pad = 14;
  const x = (at: number) => r1(box.x + pad + at * (box.width - 2 * pad));
  const laneY = (i: number) => box.y + pad + i * laneGap;
  const height = 2 * pad + (tl.lanes.length - 1) * laneGap;
  const out: string[] = [`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${height}" rx="8" fill="${c['bg-raised']}" stroke="${c.border}"/>`];
  for (const [i] of tl.lanes.entries()) out.push(`<path d="M${box.x + pad} ${laneY(i)}H${box.x + box.width - pad}" stroke="${c.border}" stroke-dasharray="2 4"/>`);
  const yearFont = { metrics: fonts.sansSemibold, size: 22 };
  let free = -Infinity;
  for (const year of tl.years) {
    const labelWidth = measure(year.label, yearFont);
    out.push(`<path d="M${x(year.at)} ${box.y}v${height + 10}" stroke="${c['text-soft']}" stroke-width="1.5"/>`);
    // A year whose label would run into the one before keeps its line, not its label.
    if (x(year.at) + 6 < free) continue;
    free = x(year.at) + 6 + labelWidth + 12;
    out.push(`<text x="${r1(x(year.at) + 6)}" y="${box.y + height + 30}" font-family="${escapeXml(yearFont.metrics.family)}" font-size="${yearFont.size}" font-weight="600" fill="${c.text}">${escapeXml(year.label)}</text>`);
  }
  // Turning points last, so they sit on top, larger and outlined as on the page.
  for (const e of [...tl.events].sort((a, b) => Number(a.turning) - Number(b.turning))) {
    const r = e.turning ? 10 : 7;
    const lane = tl.lanes[e.lane]!;
    const scale = r / e.radius;
    out.push(`<path d="${e.shape}" transform="translate(${x(e.at)} ${laneY(e.lane)}) scale(${r1(scale * 100) / 100})" fill="${lane.colour}" stroke="${e.turning ? c.text : c['bg-raised']}" stroke-width="${r1((1.5 / scale) * 100) / 100}"/>`);
  }
  return out.join('');
}
