/**
 * Search results: what Pagefind's JavaScript API returns and how the search component shows it.
 * Pure, and used only by the search chunk fetched when search is opened (scripts/search/), so
 * none of it travels with the small script every page loads.
 */

/**
 * What Pagefind's JavaScript API returns for one result (`await result.data()`), as far as the
 * search component uses it. URLs already carry the site's folder (baseUrl) and `?highlight=`.
 */
export interface SubResultData {
  title: string;
  url: string;
  excerpt: string;
  /** How many matched words the section holds: the busiest sections are shown. */
  locations?: number[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResultData[];
}

/** A run of excerpt text, marked when it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_m, e: string) => ENTITIES[e]!);

/**
 * An excerpt as text runs: Pagefind wraps matched words in `<mark>…</mark>`. Only those two tags
 * are read; anything else that looks like markup stays text, so the component can build the
 * excerpt from text nodes and <mark> elements and never parses HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = decode(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * The sections to link under a result, as Pagefind's own UI picks them: the first sub-result is
 * dropped when it is the page itself (text before the first heading), and of the rest at most
 * `limit` are kept, those with the most matches, in page order.
 */
export function subResultsToShow(data: ResultData, limit = 3): SubResultData[] {
  const subs = data.sub_results ?? [];
  const rest = subs[0]?.url === data.url ? subs.slice(1) : subs;
  if (rest.length <= limit) return rest;
  const busiest = new Set([...rest].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, limit));
  return rest.filter((s) => busiest.has(s));
}

/** Fills `{name}` placeholders in an interface string the page carries (no HTML is involved). */
export function fillIn(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The interface strings that say how a search went, as the page carries them. */
export interface SummaryTexts {
  none: string;
  one: string;
  many: string;
}

/** What the live region says after a search: "3 resultaten voor catch". */
export function resultSummary(texts: SummaryTexts, count: number, query: string): string {
  const template = count === 0 ? texts.none : count === 1 ? texts.one : texts.many;
  return fillIn(template, { count, query });
}

/** The filter argument for Pagefind's search(): any of the checked kinds, or none at all. */
export function kindFilter(name: string, checked: readonly string[]): Record<string, { any: string[] }> {
  return checked.length ? { [name]: { any: [...checked] } } : {};
}
