/**
 * The geometry of the matching figure (MatchingFigure.astro renders it): photos as a frame with
 * a head and shoulders, arrows with heads, laid out in two narrow viewBoxes (320 wide) so the
 * labels stay readable on a 320 px screen.
 */
export interface Photo {
  frame: { x: number; y: number; width: number; height: number };
  /** One path: the head and the shoulders. */
  face: string;
}
export interface Arrow {
  line: string;
  head: string;
}

/** A photo: a rounded frame with a head and shoulders, `s` wide, top left at x,y. */
export const photo = (x: number, y: number, s: number): Photo => {
  // Numbers rounded to two decimals: 5.3999999999999995 is 5.4 to a reader's screen, and the
  // figure has 47 photos in every page that shows it.
  const n = (v: number) => +v.toFixed(2);
  const cx = x + s / 2;
  const r = n(s * 0.18);
  const head = `M${n(cx - r)} ${n(y + s * 0.4)}a${r} ${r} 0 1 0 ${n(2 * r)} 0a${r} ${r} 0 1 0 ${n(-2 * r)} 0Z`;
  const body = `M${n(x + s * 0.16)} ${n(y + s * 0.92)}c${n(s * 0.06)}-${n(s * 0.2)} ${n(s * 0.18)}-${n(s * 0.28)} ${n(s * 0.34)}-${n(s * 0.28)}s${n(s * 0.28)} ${n(s * 0.08)} ${n(s * 0.34)} ${n(s * 0.28)}`;
  return { frame: { x, y, width: s, height: s }, face: `${head}${body}` };
};
/** An arrow from (x1,y1) to (x2,y2), straight, with a head. */
export const arrow = (x1: number, y1: number, x2: number, y2: number): Arrow => {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const h = 7;
  const p = (da: number) => `${(x2 - h * Math.cos(a + da)).toFixed(1)} ${(y2 - h * Math.sin(a + da)).toFixed(1)}`;
  return { line: `M${x1} ${y1}L${x2} ${y2}`, head: `M${p(0.5)}L${x2} ${y2}L${p(-0.5)}` };
};

/** Both panels, computed once: scraping (three web pages, a program, a database) and matching. */
export const MATCHING_FIGURE = (() => {
  // Scraping: three pages of the web, a program, a database.
  const pages = [0, 1, 2].map((i) => ({ x: 16 + i * 100, y: 34 }));
  const pageFaces = pages.flatMap((p) => [photo(p.x + 10, p.y + 22, 30), photo(p.x + 46, p.y + 22, 30)]);
  const toProgram = pages.map((p) => arrow(p.x + 44, 128, 160 + (p.x - 116) * 0.4, 148));
  const toDb = arrow(160, 184, 160, 208);
  const dbFaces = Array.from({ length: 12 }, (_, i) => photo(88 + (i % 6) * 24, 236 + Math.floor(i / 6) * 26, 20));

  // Matching: two photos side by side; one photo against a grid of many.
  const a = photo(40, 44, 64);
  const b = photo(216, 44, 64);
  const one = photo(24, 224, 64);
  const many = Array.from({ length: 15 }, (_, i) => photo(140 + (i % 5) * 34, 200 + Math.floor(i / 5) * 34, 28));
  // The photo among the many that matches (marked, and labelled under the grid).
  const found = 7;
  const toMany = arrow(96, 256, 132, 256);
  return { pages, pageFaces, toProgram, toDb, dbFaces, a, b, one, many, found, toMany };
})();
