import { isId } from './content/ids.ts';

/**
 * Where the reader is on a page: the id of the section (or entry, or event) whose heading is the
 * last one at or above a reading line near the top of the screen. The language switch carries it
 * to the other language, where every id is the same. Pure: the script measures, this decides.
 */
export interface HeadingPlace {
  id: string;
  /** The heading's top edge, relative to the top of the screen (negative once scrolled past). */
  top: number;
}

/** The reading line: this share of the screen's height from the top. */
export const READING_LINE = 0.3;

/**
 * The id of the place the reader is at, or undefined at the top of the page (before the first
 * heading reaches the reading line) or when no heading carries a valid id.
 */
export function placeOnPage(headings: readonly HeadingPlace[], viewportHeight: number, scrolled: number): string | undefined {
  if (scrolled <= 0) return undefined;
  const line = viewportHeight * READING_LINE;
  let place: string | undefined;
  for (const h of headings) {
    if (!isId(h.id)) continue;
    if (h.top <= line) place = h.id;
    else break;
  }
  return place;
}
