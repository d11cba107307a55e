import { textWidth, wrapText } from './text.ts';

/**
 * Label placement for the vertical chart. Every event gets a block: its title wrapped to at most
 * `maxLines` lines (the content's short title where the full one needs more, never an automatic
 * ellipsis), plus the turning-point note if it has one. Blocks are stacked down the chart in date
 * order, each below the one before with a gap that grows with the time between them, so no two
 * overlap and every label keeps to the room it was measured for.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelOptions {
  /** Left edge of the label text and the room it has. */
  x: number;
  maxWidth: number;
  fontSize: number;
  lineHeight: number;
  noteFontSize: number;
  maxLines: number;
  /** Smallest block: the event's click and focus target (WCAG 2.5.8, at least 24 px). */
  minHeight: number;
  /** Padding above the first line and below the last. */
  padding: number;
}

export interface LabelInput {
  id: string;
  /** Who tells what: used in the error message when no label fits. */
  where: string;
  title: string;
  short?: string | undefined;
  note?: string | undefined;
  /** Days since the previous event (0 for the first). */
  days: number;
}

export interface PlacedLabel {
  id: string;
  /** Top of the block. */
  y: number;
  height: number;
  lines: string[];
  noteLines: string[];
  /** True where the short title was used. */
  short: boolean;
  /** Estimated box of the text alone. */
  textBox: Box;
}

/** Space between two blocks: a little for events days apart, more for quiet months, capped. */
export function gapFor(days: number): number {
  return Math.min(54, 3 + 1.6 * Math.sqrt(Math.max(0, days)));
}

/** The title as drawn: the full title where it fits, else the content's short title. */
export function labelLines(input: Pick<LabelInput, 'title' | 'short' | 'where'>, o: LabelOptions): { lines: string[]; short: boolean } {
  const full = wrapText(input.title, o.maxWidth, o.fontSize, o.maxLines);
  if (full) return { lines: full, short: false };
  const short = input.short === undefined ? undefined : wrapText(input.short, o.maxWidth, o.fontSize, o.maxLines);
  if (short) return { lines: short, short: true };
  throw new Error(
    `${input.where}: the title needs more than ${o.maxLines} lines on the chart; ` +
      (input.short === undefined ? 'add a field "short" (nl and en) of at most about 60 characters' : 'field "short" is too long too'),
  );
}

export function placeLabels(inputs: readonly LabelInput[], top: number, o: LabelOptions): PlacedLabel[] {
  let y = top;
  return inputs.map((input, i) => {
    const { lines, short } = labelLines(input, o);
    const noteLines = input.note ? (wrapText(input.note, o.maxWidth, o.noteFontSize, 2, true) ?? fail(input, o)) : [];
    const textHeight = (lines.length + noteLines.length) * o.lineHeight;
    const height = Math.ceil(Math.max(o.minHeight, textHeight + 2 * o.padding));
    if (i > 0) y += Math.ceil(gapFor(input.days));
    const widest = Math.max(...lines.map((l) => textWidth(l, o.fontSize)), ...noteLines.map((l) => textWidth(l, o.noteFontSize, true)));
    const placed: PlacedLabel = {
      id: input.id,
      y: round(y),
      height: round(height),
      lines,
      noteLines,
      short,
      textBox: { x: o.x, y: round(y + (height - textHeight) / 2), width: round(widest), height: round(textHeight) },
    };
    y += height;
    return placed;
  });
}

function fail(input: LabelInput, o: LabelOptions): never {
  throw new Error(`${input.where}: field "turningPoint" needs more than two lines on the chart (${o.maxWidth} px)`);
}

/** Whole units: the chart's numbers stay short (and the page light). */
const round = (v: number) => Math.round(v);

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
