// Runs a search as the reader types or changes the filter: asks Pagefind's engine, shows the
// results a few at a time, keeps the filter's counts and says in the live region how it went.
// Only the newest search may change the screen; an older one that finishes late is dropped.
import { kindFilter, resultSummary } from '../../lib/search/results.ts';
import { mount, showStatus, type SearchParts } from './mount.ts';
import { loadEngine, onDisk, type PagefindResult } from './pagefind.ts';
import { resultItem } from './results.ts';

const PAGE_SIZE = 6;
const DEBOUNCE_MS = 40;

export interface SearchForm {
  parts: SearchParts;
  /** Puts `query` in the field and searches for it now. */
  searchFor(query: string): void;
}

interface Options {
  /** Called with each query searched for ('' when cleared), e.g. to keep ?q= in step. */
  onSearch?(query: string): void;
}

function checkedKinds(parts: SearchParts): string[] {
  return [...(parts.filter?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((box) => box.value);
}

function showCounts(parts: SearchParts, counts: Record<string, number> | undefined): void {
  for (const box of parts.filter?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
    const count = box.parentElement?.querySelector('[data-search-count]');
    if (count) count.textContent = counts && box.value in counts ? `(${counts[box.value]})` : '';
  }
}

function wire(parts: SearchParts, scope: HTMLElement, options: Options): SearchForm {
  const kindName = parts.filter?.dataset.searchFilter ?? '';
  const { status, list, more, input } = parts;
  let current = 0;
  let timer: number | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;

  async function showMore(): Promise<HTMLLIElement[]> {
    const run = current;
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map(async (r) => resultItem(await r.data(), kindName)));
    if (run !== current) return [];
    list.append(...next);
    shown += next.length;
    more.hidden = shown >= results.length;
    return next;
  }

  async function search(query: string): Promise<void> {
    const run = ++current;
    window.clearTimeout(timer);
    options.onSearch?.(query);
    if (!query) {
      results = [];
      list.replaceChildren();
      list.hidden = more.hidden = true;
      status.textContent = '';
      showCounts(parts, undefined);
      return;
    }
    let response;
    try {
      const loading = loadEngine();
      // Say "loading" only when the engine takes a moment (the first search on a slow line).
      const ready = await Promise.race([loading, new Promise((resolve) => window.setTimeout(resolve, 150))]);
      if (!ready && run === current) showStatus(scope, 'loading');
      const engine = await loading;
      response = await engine.search(query, { filters: kindFilter(kindName, checkedKinds(parts)) });
    } catch {
      // From disk, a browser that refuses the engine gets the message that search needs a server.
      if (run === current) showStatus(scope, onDisk() ? 'offline' : 'failed');
      return;
    }
    if (run !== current || !response) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (run !== current) return;
    list.hidden = results.length === 0;
    showCounts(parts, response.filters?.[kindName]);
    const { noneText = '', oneText = '', manyText = '' } = status.dataset;
    status.textContent = resultSummary({ none: noneText, one: oneText, many: manyText }, results.length, query);
    status.dataset.state = 'done';
  }

  const now = () => void search(input.value.trim());
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(now, DEBOUNCE_MS);
  });
  // Focusing the field is reason enough to start fetching the engine and the WebAssembly.
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
  parts.form.addEventListener('submit', (e) => {
    e.preventDefault();
    now();
  });
  parts.filter?.addEventListener('change', now);
  more.addEventListener('click', () => {
    void showMore().then((added) => added[0]?.querySelector('a')?.focus());
  });
  return {
    parts,
    searchFor(query) {
      input.value = query;
      now();
    },
  };
}

const forms = new WeakMap<HTMLElement, SearchForm>();

/** The scope's search form, mounted and wired on the first call. */
export async function searchForm(scope: HTMLElement, options: Options = {}): Promise<SearchForm | null> {
  const known = forms.get(scope);
  if (known) return known;
  const parts = await mount(scope);
  if (!parts) return null;
  const form = forms.get(scope) ?? wire(parts, scope, options);
  forms.set(scope, form);
  return form;
}
