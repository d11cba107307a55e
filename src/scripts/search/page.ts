// The search page (/nl/zoeken/, /en/search/): reads ?q= so a search can be shared, and keeps the
// address bar in step with what the reader types. Its first load fetches nothing of Pagefind: the
// engine comes when the reader focuses the field or arrives with ?q=.
import { readQuery, withSearchQuery } from '../../lib/search/query.ts';
import { showStatus } from './mount.ts';
import { searchAvailable } from './pagefind.ts';
import { searchForm } from './run.ts';

export async function startSearchPage(page: HTMLElement): Promise<void> {
  const target = page.querySelector<HTMLElement>('[data-search-mount]');
  if (!searchAvailable()) {
    // From disk without WebAssembly the list of pages stays: it is the way to every topic.
    page.querySelector('[data-search-nojs]')?.remove();
    if (target) target.hidden = false;
    showStatus(page, 'offline');
    return;
  }
  // The list of every page stays under the form: removing it would move the footer up.
  page.querySelector('[data-search-nojs]')?.remove();
  if (target) target.hidden = false;
  const form = await searchForm(page, {
    onSearch: (term) => window.history.replaceState(window.history.state, '', withSearchQuery(window.location.href, term)),
  });
  if (!form) {
    showStatus(page, 'failed');
    return;
  }
  const query = readQuery(window.location.search);
  if (query) form.searchFor(query);
}
