/**
 * Text metrics for the timeline chart, which is laid out at build time without a browser: widths
 * are estimated from DejaVu Sans advance widths (em), rounded up, so that real system fonts
 * (narrower) never run past the room a label was given.
 */

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

/**
 * Breaks text into lines of at most `maxWidth`, at spaces, greedily. Never shortens: returns
 * undefined when a single word is wider than the room or more than `maxLines` lines are needed.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (!line || textWidth(word, fontSize, bold) > maxWidth) return undefined;
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}
