/**
 * URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): a link that opens a
 * document scrolled to, and highlighting, a passage. Browsers without support simply open it
 * from the top. Pure functions, unit-tested.
 */

/** Whitespace collapsed and trimmed: how a passage is stored, compared and linked. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Percent-encodes one term of a text directive. encodeURIComponent already encodes ',' and '&';
 * the spec also reserves '-' (it marks a prefix or suffix), so that is encoded too.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Passages longer than this many words are linked by their first and last words (start,end). */
export const MAX_EXACT_WORDS = 8;
const EDGE_WORDS = 4;

/** The directive for a passage: `text=exact` or, for a long passage, `text=start,end`. */
export function textDirective(passage: string): string {
  const words = normaliseSpace(passage).split(' ').filter(Boolean);
  if (!words.length) throw new Error('a text fragment needs a non-empty passage');
  if (words.length <= MAX_EXACT_WORDS) return `text=${encodeTextDirectiveTerm(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/** `url` opened at `passage`: appends `#:~:text=…` (or `:~:text=…` after an existing fragment). */
export function withTextFragment(url: string, passage: string): string {
  const directive = textDirective(passage);
  if (url.includes(':~:')) throw new Error(`${url}: already has a fragment directive`);
  return url.includes('#') ? `${url}:~:${directive}` : `${url}#:~:${directive}`;
}

/** Whether a passage occurs in a document, both with whitespace normalised (and case kept). */
export function passageOccurs(passage: string, documentText: string): boolean {
  return normaliseSpace(documentText).includes(normaliseSpace(passage));
}
