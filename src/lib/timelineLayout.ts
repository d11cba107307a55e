import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { formatDate, mustParseDate, utcFormatFor } from './dates.ts';
import type { Lang } from './locales.ts';
import { CATEGORIES, type Category } from './schemas.ts';

/**
 * The timeline chart, laid out at build time: a UTC time scale, one lane per category, every
 * event a marker plus a one-line label packed into rows so that no two overlap, and month/year
 * ticks in the reader's language. Pure: no DOM and no fonts, so text widths are estimated, on
 * the wide side (DejaVu Sans, wider than the usual system UI fonts).
 */

export interface LayoutInput {
  id: string;
  /** ISO date at its own precision, as in content (YYYY-MM-DD or YYYY-MM). */
  date: string;
  category: Category;
  /** The label's full text: the event's title in the page's language. */
  label: string;
}

export interface LayoutOptions {
  /** Width of the drawing (the SVG viewBox); everything scales with it. */
  width: number;
  fontSize: number;
  tickFontSize: number;
  /** One label row; also the height of each event's click and focus target. */
  rowHeight: number;
  laneHeader: number;
  lanePadding: number;
  laneGap: number;
  axisHeight: number;
  margin: number;
  markerRadius: number;
  /** Between marker and label text. */
  labelGap: number;
  /** Free space between two targets in a row. */
  spacing: number;
  /** Label width each event claims when rows are packed; labels then grow into free space. */
  reserveWidth: number;
  /** Shorter claim tried before a lane gets another row; also the narrowest label left of a marker. */
  minLabelWidth: number;
  /** Months of air before the first and after the last event. */
  padBefore: number;
  padAfter: number;
}

/**
 * The drawing's design width in CSS pixels. The page shows the chart only where it has at least
 * this much room (timeline.css), so its text and targets are never drawn smaller than designed.
 */
export const CHART_WIDTH = 1120;

export const DEFAULT_OPTIONS: LayoutOptions = {
  width: CHART_WIDTH,
  fontSize: 13,
  tickFontSize: 12,
  rowHeight: 26,
  laneHeader: 22,
  lanePadding: 4,
  laneGap: 4,
  axisHeight: 34,
  margin: 6,
  markerRadius: 6,
  labelGap: 5,
  spacing: 10,
  reserveWidth: 160,
  minLabelWidth: 90,
  padBefore: 3,
  padAfter: 2,
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEvent {
  id: string;
  category: Category;
  date: Date;
  /** Written-out date in the page's language, e.g. "28 februari 2020". */
  dateText: string;
  lane: number;
  row: number;
  /** Marker centre. */
  x: number;
  y: number;
  /** SVG path of the category's shape around the marker centre. */
  marker: string;
  /** The label as drawn: the full text, or shortened at a word with "…". */
  text: string;
  full: string;
  truncated: boolean;
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  /** Estimated box of the label text alone. */
  labelBox: Box;
  /** Marker and label: the click and focus target; no two of these overlap. */
  box: Box;
}

export interface PlacedLane {
  category: Category;
  rows: number;
  y: number;
  height: number;
  /** Shape icon and the lane's name, top left of the lane. */
  icon: string;
  titleX: number;
  titleY: number;
}

export interface Tick {
  date: Date;
  x: number;
  kind: 'year' | 'month';
  label: string;
  /** Label position (text-anchor start) and its estimated box. */
  labelX: number;
  labelY: number;
  box: Box;
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  domain: [Date, Date];
  lanes: PlacedLane[];
  /** In input order. */
  events: PlacedEvent[];
  /** Labelled ticks: years, and months every `monthStep` months where they fit. */
  ticks: Tick[];
  monthStep: number | undefined;
  /** Unlabelled month ticks and year gridlines (x positions). */
  monthLines: number[];
  yearLines: number[];
  axisY: number;
  /** SVG paths: small month ticks on the axis; year gridlines through each lane's rows. */
  monthTickPath: string;
  gridPath: string;
}

// ---------------------------------------------------------------------------------------------
// Text width, estimated from DejaVu Sans advance widths (em), rounded up.

const WIDTH_GROUPS: [number, string][] = [
  [0.3, 'ijlIJìíîï|'],
  [0.33, ' .,:;\'‘’`'],
  [0.4, '!()[]{}/\\frtª-'],
  [0.43, '"“”'],
  [0.53, 'sz?'],
  [0.58, 'ckL'],
  [0.6, 'vxyFPTY'],
  [0.62, 'aeoàáâäèéêëòóôöEK'],
  [0.64, 'bdghnpquùúûü0123456789S$€£#'],
  [0.7, 'ABCRXZ'],
  [0.79, 'DGHNOQUVÖ&'],
  [0.82, 'w'],
  [0.87, 'M%'],
  [1.0, 'mW…—@'],
  [0.5, '–_*+=<>~^'],
];
const WIDTHS = new Map<string, number>();
for (const [w, chars] of WIDTH_GROUPS) for (const ch of chars) WIDTHS.set(ch, w);
const FALLBACK = 0.7;
/** Slack on top of the estimate (which already comes out 1–6 % wider than DejaVu Sans renders). */
const SLACK = 1.01;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += WIDTHS.get(ch) ?? FALLBACK;
  return em * fontSize * SLACK * (bold ? 1.1 : 1);
}

/** The text, or its longest prefix ending at a word with "…" that fits `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const candidate = `${words.slice(0, n).join(' ').replace(/[\s,.:;–-]+$/, '')}…`;
    if (textWidth(candidate, fontSize) <= maxWidth) return candidate;
  }
  const chars = [...(words[0] ?? '')];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

// ---------------------------------------------------------------------------------------------
// Shapes: colour is never the only sign of a category.

export const SHAPE_NAMES: Record<Category, string> = {
  media: 'circle',
  parliament: 'square',
  government: 'diamond',
  regulators: 'triangle',
  company: 'cross',
};

const round = (v: number) => Math.round(v * 10) / 10;
const n = (v: number) => String(round(v));
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });

/** SVG path of a category's shape centred on (cx, cy), about 2r across. */
export function shapePath(category: Category, cx: number, cy: number, r: number): string {
  switch (category) {
    case 'media': // circle
      return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    case 'parliament': {
      const s = r * 0.88;
      return `M${n(cx - s)} ${n(cy - s)}H${n(cx + s)}V${n(cy + s)}H${n(cx - s)}Z`;
    }
    case 'government': {
      const s = r * 1.2;
      return `M${n(cx)} ${n(cy - s)}L${n(cx + s)} ${n(cy)}L${n(cx)} ${n(cy + s)}L${n(cx - s)} ${n(cy)}Z`;
    }
    case 'regulators': {
      const s = r * 1.15;
      return `M${n(cx)} ${n(cy - s)}L${n(cx + s)} ${n(cy + s * 0.85)}H${n(cx - s)}Z`;
    }
    case 'company': {
      const a = r;
      const b = r * 0.38;
      return `M${n(cx - b)} ${n(cy - a)}H${n(cx + b)}V${n(cy - b)}H${n(cx + a)}V${n(cy + b)}H${n(cx + b)}V${n(cy + a)}H${n(cx - b)}V${n(cy + b)}H${n(cx - a)}V${n(cy - b)}H${n(cx - b)}Z`;
    }
  }
}

// ---------------------------------------------------------------------------------------------

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

const PAD = 2; // target padding around marker and text

interface Draft {
  input: LayoutInput;
  index: number;
  date: Date;
  lane: number;
  row: number;
  x: number;
  anchor: 'start' | 'end';
  full: number;
  /** Target extent in the row, x only. */
  left: number;
  right: number;
  text: string;
}

/**
 * Lays out the events. Rows are packed first-fit per lane in date order, each label claiming up
 * to `reserveWidth`; then every label grows into the free space before its neighbour and is
 * shortened at a word where it must be. Labels near the right edge sit left of their marker.
 */
export function layoutTimeline(inputs: readonly LayoutInput[], lang: Lang, options: Partial<LayoutOptions> = {}): TimelineLayout {
  const o = { ...DEFAULT_OPTIONS, ...options };
  if (inputs.length === 0) throw new Error('layoutTimeline: no events');
  const left = o.margin;
  const right = o.width - o.margin;
  const r = o.markerRadius;

  const dates = inputs.map((e) => mustParseDate(e.date).date);
  const times = dates.map((d) => d.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const start = utcMonth.offset(utcMonth.floor(first), -o.padBefore);
  const end = utcMonth.offset(utcMonth.ceil(new Date(last.getTime() + 1)), o.padAfter);
  const x = scaleUtc().domain([start, end]).range([left, right]);

  // Pass 1: rows.
  const drafts: Draft[] = [];
  const rowEnds: { claimed: number; wanted: number }[][] = CATEGORIES.map(() => []);
  const order = inputs.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  for (const i of order) {
    const input = inputs[i]!;
    const lane = CATEGORIES.indexOf(input.category);
    const cx = x(dates[i]!);
    const full = textWidth(input.label, o.fontSize);
    const ends = rowEnds[lane]!;
    // Right of the marker where it fits the drawing, else left of it; each with its box.
    const sidesFor = (claim: number) => {
      const reserve = Math.min(full, claim);
      const startRight = cx + r + o.labelGap + reserve + PAD;
      const endReserve = Math.min(reserve, cx - r - o.labelGap - PAD - left);
      return [
        { anchor: 'start' as const, left: cx - r - PAD, right: startRight, ok: startRight <= right },
        { anchor: 'end' as const, left: cx - r - o.labelGap - endReserve - PAD, right: cx + r + PAD, ok: endReserve >= Math.min(full, o.minLabelWidth) },
      ].filter((s) => s.ok);
    };
    // Among the rows with room for this event's claim (the reserve, then a shorter claim), take
    // the one where its label and the previous label in the row clash least when both are at
    // full length, so fewer labels get shortened; the lowest such row; else a new row.
    let row = -1;
    let side: ReturnType<typeof sidesFor>[number] | undefined;
    for (const claim of [o.reserveWidth, o.minLabelWidth]) {
      let best = Infinity;
      sidesFor(claim).forEach((s, preference) => {
        const wantLeft = s.anchor === 'start' ? s.left : cx - r - o.labelGap - full - PAD;
        for (let k = 0; k < ends.length; k++) {
          if (ends[k]!.claimed + o.spacing > s.left) continue;
          const clash = Math.max(0, ends[k]!.wanted + o.spacing - wantLeft) + preference * 0.5;
          if (clash < best) {
            best = clash;
            row = k;
            side = s;
          }
        }
      });
      if (row !== -1) break;
    }
    if (row === -1) {
      side = sidesFor(o.reserveWidth)[0] ?? sidesFor(o.minLabelWidth)[0];
      if (!side) throw new Error(`layoutTimeline: no room for the label of "${input.id}" at width ${o.width}`);
      row = ends.length;
      ends.push({ claimed: 0, wanted: 0 });
    }
    const { anchor, left: boxLeft, right: boxRight } = side!;
    ends[row] = { claimed: boxRight, wanted: anchor === 'start' ? cx + r + o.labelGap + full + PAD : boxRight };
    drafts.push({ input, index: i, date: dates[i]!, lane, row, x: cx, anchor, full, left: boxLeft, right: boxRight, text: input.label });
  }

  // Pass 2: labels grow into free space, left to right within each row.
  for (let lane = 0; lane < CATEGORIES.length; lane++) {
    for (let row = 0; row < rowEnds[lane]!.length; row++) {
      const inRow = drafts.filter((d) => d.lane === lane && d.row === row);
      inRow.forEach((d, k) => {
        if (d.anchor === 'start') {
          const limit = k + 1 < inRow.length ? inRow[k + 1]!.left - o.spacing : right;
          const textX = d.x + r + o.labelGap;
          d.text = fitText(d.input.label, limit - PAD - textX, o.fontSize);
          d.right = textX + textWidth(d.text, o.fontSize) + PAD;
        } else {
          const limit = k > 0 ? inRow[k - 1]!.right + o.spacing : left;
          const textEnd = d.x - r - o.labelGap;
          d.text = fitText(d.input.label, textEnd - PAD - limit, o.fontSize);
          d.left = textEnd - textWidth(d.text, o.fontSize) - PAD;
        }
      });
    }
  }

  // Vertical positions.
  const lanes: PlacedLane[] = [];
  let y = o.axisHeight;
  CATEGORIES.forEach((category, lane) => {
    const rows = Math.max(1, rowEnds[lane]!.length);
    const height = o.laneHeader + rows * o.rowHeight + o.lanePadding;
    const titleY = y + o.laneHeader / 2 + o.fontSize * 0.35 + 1;
    const titleX = left + 2 * r + 8;
    lanes.push({
      category,
      rows,
      y,
      height,
      icon: shapePath(category, left + r + 2, y + o.laneHeader / 2 + 1, r),
      titleX,
      titleY,
    });
    y += height + o.laneGap;
  });
  const height = y - o.laneGap + o.margin;

  const events: PlacedEvent[] = drafts
    .sort((a, b) => a.index - b.index)
    .map((d) => {
      const lane = lanes[d.lane]!;
      const cy = lane.y + o.laneHeader + d.row * o.rowHeight + o.rowHeight / 2;
      const tw = textWidth(d.text, o.fontSize);
      const textX = d.anchor === 'start' ? d.x + r + o.labelGap : d.x - r - o.labelGap;
      const textY = cy + o.fontSize * 0.35;
      const labelBox = { x: d.anchor === 'start' ? textX : textX - tw, y: cy - o.fontSize * 0.6, width: tw, height: o.fontSize * 1.2 };
      return {
        id: d.input.id,
        category: d.input.category,
        date: d.date,
        dateText: formatDate(d.input.date, lang),
        lane: d.lane,
        row: d.row,
        x: round(d.x),
        y: round(cy),
        marker: shapePath(d.input.category, d.x, cy, r),
        text: d.text,
        full: d.input.label,
        truncated: d.text !== d.input.label,
        textX: round(textX),
        textY: round(textY),
        anchor: d.anchor,
        labelBox: roundBox(labelBox),
        box: roundBox({ x: d.left, y: cy - o.rowHeight / 2 + 1, width: d.right - d.left, height: o.rowHeight - 2 }),
      };
    });

  const axisY = o.axisHeight - 6;
  const { ticks, monthStep } = axisTicks(start, end, x, lang, { ...o, left, right, labelY: axisY - 10 });
  const monthLines = utcMonth.range(start, end).map((d) => round(x(d)));
  const yearLines = utcYear.range(start, end).map((d) => round(x(d)));
  const monthTickPath = monthLines.map((mx) => `M${mx} ${axisY - (yearLines.includes(mx) ? 9 : 4)}V${axisY}`).join('');
  const gridPath = lanes
    .flatMap((lane) => yearLines.map((yx) => `M${yx} ${n(lane.y + o.laneHeader)}V${n(lane.y + lane.height)}`))
    .join('');
  return {
    width: o.width,
    height,
    left,
    right,
    domain: [start, end],
    lanes,
    events,
    ticks,
    monthStep,
    monthLines,
    yearLines,
    axisY,
    monthTickPath,
    gridPath,
  };
}

/** For each event (ISO dates in order), its year when it is the first event of that year. */
export function yearStarts(isoDates: readonly string[]): (number | undefined)[] {
  return isoDates.map((iso, i) => {
    const year = mustParseDate(iso).date.getUTCFullYear();
    return i === 0 || mustParseDate(isoDates[i - 1]!).date.getUTCFullYear() !== year ? year : undefined;
  });
}

/** Candidate steps for labelled months, finest first; January always shows its year instead. */
export const MONTH_STEPS = [1, 2, 3, 6] as const;
const TICK_LABEL_OFFSET = 3;
const TICK_SPACING = 6;

function axisTicks(
  start: Date,
  end: Date,
  x: (d: Date) => number,
  lang: Lang,
  o: LayoutOptions & { left: number; right: number; labelY: number },
): { ticks: Tick[]; monthStep: number | undefined } {
  const yearFormat = utcFormatFor(lang, '%Y');
  const monthFormat = utcFormatFor(lang, '%b');
  const make = (date: Date, kind: Tick['kind'], at = x(date)): Tick => {
    const label = kind === 'year' ? yearFormat(date) : monthFormat(date);
    const labelX = at + TICK_LABEL_OFFSET;
    const width = textWidth(label, o.tickFontSize, kind === 'year');
    const box = { x: labelX, y: o.labelY - o.tickFontSize, width, height: o.tickFontSize * 1.3 };
    return { date, x: round(at), kind, label, labelX: round(labelX), labelY: round(o.labelY), box: roundBox(box) };
  };
  const fits = (ticks: Tick[]) =>
    ticks.every((t, i) => t.box.x + t.box.width <= o.right && (i === 0 || ticks[i - 1]!.box.x + ticks[i - 1]!.box.width + TICK_SPACING <= t.box.x));

  // Years: every January in the domain, plus the starting year at the left edge when it fits.
  let years = utcYear.range(start, end).map((d) => make(d, 'year'));
  while (!fits(years) && years.length > 1) years = years.filter((_, i) => i % 2 === 0);
  if (start.getUTCMonth() !== 0) {
    const withStart = [make(start, 'year', o.left), ...years];
    if (fits(withStart)) years = withStart;
  }
  years = years.filter((t) => t.box.x + t.box.width <= o.right);

  // Months every `step` months, leaving out those that would touch a year label: the finest
  // step whose labels all keep apart.
  const apart = (a: Tick, b: Tick) => a.box.x + a.box.width + TICK_SPACING <= b.box.x || b.box.x + b.box.width + TICK_SPACING <= a.box.x;
  for (const step of MONTH_STEPS) {
    const months = utcMonth
      .range(start, end)
      .filter((d) => d.getUTCMonth() !== 0 && d.getUTCMonth() % step === 0)
      .map((d) => make(d, 'month'))
      .filter((m) => m.box.x + m.box.width <= o.right && years.every((y) => apart(y, m)));
    if (fits(months)) return { ticks: [...years, ...months].sort((a, b) => a.x - b.x), monthStep: step };
  }
  return { ticks: years, monthStep: undefined };
}
