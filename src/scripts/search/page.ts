// The search page (/nl/zoeken/, /en/search/): reads ?q= so a search can be shared, and keeps the
// address bar in step with what the reader types.
import { readQuery, withSearchQuery } from '../../lib/search.ts';
import { mount, showStatus } from './mount.ts';
import { loadUi, searchAvailable } from './pagefind.ts';

export async function startSearchPage(page: HTMLElement): Promise<void> {
  const target = page.querySelector<HTMLElement>('[data-search-mount]');
  if (!searchAvailable()) {
    // From disk the list of pages stays: it is the way to every topic without a server.
    page.querySelector('[data-search-nojs]')?.remove();
    if (target) target.hidden = false;
    showStatus(page, 'offline');
    return;
  }
  page.querySelector('[data-search-fallback]')?.remove();
  if (target) target.hidden = false;
  try {
    const instance = await loadUi(page.dataset.searchCss);
    mount(page, instance);
    const query = readQuery(window.location.search);
    if (query) instance.triggerSearch(query);
    instance.on('search', (term) => {
      window.history.replaceState(window.history.state, '', withSearchQuery(window.location.href, term));
    });
  } catch {
    showStatus(page, 'failed');
  }
}
