// Search, wired on every page in a few hundred bytes; the rest (./search/ui.ts) is a chunk fetched
// when the reader asks for search. The search form comes from a <template> in the page;
// its stylesheet, Pagefind's engine (pagefind.js), the WebAssembly and the index are fetched only
// when the reader opens search (the header link, `/` or Ctrl/Cmd+K) or uses the search page. Without JavaScript the header link simply goes to the
// search page, which then says that search needs JavaScript and lists every page. Opened from
// disk (file://), search says in the page's language that it needs a web server.
//
// Nothing from the URL (?q=, #hash) or the index is ever written as HTML: the query goes to
// Pagefind's API, input values and textContent; results are built from text with DOM calls.
import { isSearchShortcut, wantsHighlight } from '../lib/search.ts';

const ui = () => import('./search/ui.ts');

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** On the search page the input takes focus; elsewhere the dialog opens instead of navigating. */
function openSearch(e: Event): void {
  if (searchPage) {
    e.preventDefault();
    void ui().then((m) => m.focusInput(searchPage));
  } else if (dialog) {
    e.preventDefault();
    void ui().then((m) => m.openDialog(dialog));
  }
}

document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.('a[data-search-open]');
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  openSearch(e);
});

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented) return;
  const shortcut = isSearchShortcut({
    key: e.key,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    isComposing: e.isComposing,
    inEditable: isEditable(e.target),
  });
  if (shortcut) openSearch(e);
});

if (dialog) {
  for (const link of document.querySelectorAll('a[data-search-open]')) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-controls', dialog.id);
  }
}
if (searchPage) void ui().then((m) => m.startSearchPage(searchPage));
if (wantsHighlight(window.location.search)) void ui().then((m) => m.highlightFromResult());
