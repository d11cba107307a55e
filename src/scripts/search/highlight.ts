// Arriving from a search result: highlight the words on this page (Pagefind's script, which
// marks only inside data-pagefind-body; its inline styles are off, global.css styles the marks).
// From disk it comes as a classic script (./disk.ts).
import { HIGHLIGHT_PARAM, wantsHighlight } from '../../lib/search/search.ts';
import { bundleUrl, fromDisk, loadModule, onDisk, searchAvailable } from './pagefind.ts';

type HighlightClass = new (options: object) => unknown;

export function highlightFromResult(): void {
  if (!searchAvailable() || !wantsHighlight(window.location.search) || !document.querySelector('[data-pagefind-body]')) return;
  const highlighter = onDisk()
    ? fromDisk().then((disk) => disk.diskHighlight(bundleUrl('')))
    : loadModule('pagefind-highlight.js').then((module) => (module as { default: unknown }).default);
  highlighter
    .then((Highlight) => {
      new (Highlight as HighlightClass)({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    })
    .catch(() => undefined);
}
