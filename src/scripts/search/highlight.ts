// Arriving from a search result: highlight the words on this page (Pagefind's script, which
// marks only inside data-pagefind-body; its inline styles are off, global.css styles the marks).
import { HIGHLIGHT_PARAM, wantsHighlight } from '../../lib/search.ts';
import { loadModule, searchAvailable } from './pagefind.ts';

export function highlightFromResult(): void {
  if (!searchAvailable() || !wantsHighlight(window.location.search) || !document.querySelector('[data-pagefind-body]')) return;
  loadModule('pagefind-highlight.js')
    .then((module) => {
      const Highlight = (module as { default: new (options: object) => unknown }).default;
      new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    })
    .catch(() => undefined);
}
