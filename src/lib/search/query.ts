/**
 * What a search asks: the query in a shared address (`?q=`), how it is written and read back, and
 * the ranking asked of Pagefind. Pure and tested. Only the search chunk that loads on demand needs
 * it, so it is a module of its own: the script every page loads (scripts/search.ts) imports
 * search.ts, and what is here stays out of every page's first load.
 */

/** Query parameter a teacher shares: `/nl/zoeken/?q=catch`. */
export const QUERY_PARAM = 'q';

/** Longest query taken from a URL; anything longer is cut, never rendered as HTML anyway. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Pagefind's ranking, the same for the site's search and the tests. A page title's words add a
 * boost on top of the text's score (metaWeights.title, 5 by default): at 5 a lesson whose title
 * holds a reader's word ("gezichtsherkenning", "facial recognition") came first, above the
 * explainers. At 2 a title still helps (a lesson is found by its own title), the text decides.
 * Lessons' own words also weigh less (LESSON_SEARCH_WEIGHT in lessonRules.ts).
 */
export const SEARCH_RANKING = { metaWeights: { title: 2 } } as const;

/**
 * The same URL with the search term as `?q=` (or without it when the term is empty), so a link or
 * the address bar can be shared. The term is URL-encoded, never HTML.
 */
export function withSearchQuery(href: string, term: string, location = 'http://localhost/'): string {
  const url = new URL(href, location);
  const q = term.trim();
  if (q) url.searchParams.set(QUERY_PARAM, q);
  else url.searchParams.delete(QUERY_PARAM);
  return url.href;
}

/** The shared query from a location's search string (`?q=…`), trimmed and bounded. */
export function readQuery(search: string): string {
  const value = new URLSearchParams(search).get(QUERY_PARAM) ?? '';
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}
