import { isMdxComponent, ruleFor } from './mdxComponents.ts';
import type { Tag } from './mdxTags.ts';

/**
 * A page's "updated" date, from the history of the files its words come from (as Starlight's
 * lastUpdated reads `git log -1 --format=%cI -- file`): the page's own MDX file plus the data file
 * a list on it renders (the sources page: sources.yaml; the glossary: glossary.yaml; the
 * timeline: timeline/*.yaml). A front-matter `updated` is an override for a correction that
 * should show a later date: it wins only when it is later than the history. A file without
 * history (no git, a tarball, a new file) gets the build date, and the build says so once.
 *
 * Paths here are relative to the content folder, with "/": "nl/bronnen.mdx", "sources.yaml".
 */

/** Latest commit day per file, from ONE `git log --format=%x00%cI --name-only` over content/. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  // Each commit: NUL, its ISO date (committer's own day), a blank line, then the files it touched.
  for (const commit of output.split('\0')) {
    const [first, ...files] = commit.split('\n').map((l) => l.trim());
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(first ?? '')?.[1];
    if (!day) continue;
    // Newest commit first: the first date seen for a file is its last change.
    for (const file of files) if (file && !dates.has(file)) dates.set(file, day);
  }
  return dates;
}

/** `…/content/nl/voor-docenten/les.mdx` → `nl/voor-docenten/les.mdx` (relative to content/). */
export function contentPath(file: string): string {
  const m = /(?:^|\/)((?:nl|en)\/.+\.mdx)$/.exec(file.replace(/\\/g, '/'));
  if (!m) throw new Error(`${file}: not a page under content/nl/ or content/en/`);
  return m[1]!;
}

/** Data files (or folders, ending in "/") that each list component renders, relative to content/. */
const LIST_FILES = { sources: 'sources.yaml', glossary: 'glossary.yaml', events: 'timeline/' } as const;

/** The files a page's words come from: its MDX file and the data of the lists it renders. */
export function pageFiles(file: string, tags: readonly Tag[]): string[] {
  const files = [contentPath(file)];
  for (const tag of tags) {
    if (!isMdxComponent(tag.name)) continue;
    const list = ruleFor(tag.name).listsIds;
    if (list && !files.includes(LIST_FILES[list])) files.push(LIST_FILES[list]);
  }
  return files;
}

export interface DatedPage {
  file: string;
  tags: readonly Tag[];
  /** The front matter's `updated`, if any: an override that wins only when later. */
  override?: string;
}

export interface PageDates {
  /** The page's "updated" date (YYYY-MM-DD), by page file. */
  dates: Map<string, string>;
  /** One line for the build's output when some date is the build date; else undefined. */
  note?: string;
}

/**
 * Every page's date. `history` is parseGitLog's map, or undefined when git could not be read
 * (no .git, no git). `today` is the build date, YYYY-MM-DD.
 */
export function pageDates(pages: readonly DatedPage[], history: ReadonlyMap<string, string> | undefined, today: string): PageDates {
  const dates = new Map<string, string>();
  const undated = new Set<string>();
  for (const page of pages) {
    let latest: string | undefined;
    let someUndated = false;
    for (const f of pageFiles(page.file, page.tags)) {
      const known = f.endsWith('/') ? [...(history?.entries() ?? [])].filter(([k]) => k.startsWith(f)).map(([, d]) => d) : [history?.get(f)];
      const days = known.filter((d): d is string => d !== undefined);
      if (!days.length) {
        undated.add(f);
        someUndated = true;
      }
      for (const d of days) if (!latest || d > latest) latest = d;
    }
    // A file without history is new or not in git: it changes now, so the page does too.
    const date = someUndated || !latest ? today : latest;
    dates.set(page.file, page.override && page.override > date ? page.override : date);
  }
  let note: string | undefined;
  if (!history) {
    note = `[updated] No git history for content/ (not a git checkout?): every page shows the build date, ${today}, as its "updated" date.`;
  } else if (undated.size) {
    const list = [...undated].sort();
    note = `[updated] ${list.length} content file${list.length === 1 ? ' has' : 's have'} no git history yet (${list.slice(0, 3).join(', ')}${list.length > 3 ? ', …' : ''}): pages from ${list.length === 1 ? 'it' : 'them'} show the build date, ${today}.`;
  }
  return { dates, note };
}
