// Search, wired on every page in a few hundred bytes; the rest (./search/ui.ts) is a chunk fetched
// when the reader asks for search. Pages carry no search markup at all: the dialog and its form
// come from the search page itself (a <template> there), fetched with the chunk; its stylesheet,
// Pagefind's engine (pagefind.js), the WebAssembly and the index follow only then. Search opens
// from the header link, `/` or Ctrl/Cmd+K. Without JavaScript the header link simply goes to the
// search page, which says that search needs JavaScript and lists every page. Opened from disk
// (file://, the copy `npm run package` makes) search works the same, reading Pagefind's files from
// classic scripts (search/disk.ts); in a browser that cannot run it there, the link goes to the
// search page, which says in the page's language that search needs a web server and how to start one.
//
// Nothing from the URL (?q=, #hash) or the index is ever written as HTML: the query goes to
// Pagefind's API, input values and textContent; results are built from text with DOM calls.
import { isSearchShortcut, searchAvailable, wantsHighlight } from '../lib/search/search.ts';

const ui = () => import('./search/ui.ts');

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
const canSearch = searchAvailable(window.location.protocol, typeof WebAssembly === 'object');

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** On the search page the input takes focus; elsewhere the dialog opens instead of navigating. */
function openSearch(e: Event): void {
  if (searchPage) {
    e.preventDefault();
    void ui().then((m) => m.focusInput(searchPage));
  } else if (link && canSearch) {
    e.preventDefault();
    void ui().then((m) => m.openDialog(link));
  } else if (link && e.type === 'keydown') {
    // From disk without WebAssembly: the shortcut does what the link does, and the search page explains.
    e.preventDefault();
    window.location.assign(link.href);
  }
}

document.addEventListener('click', (e) => {
  const target = (e.target as Element | null)?.closest?.('a[data-search-open]');
  if (!target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
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

if (link && canSearch && !searchPage) {
  link.setAttribute('aria-haspopup', 'dialog');
  // A pointer on its way to the link: fetch the dialog now, so it opens without a wait.
  link.addEventListener('pointerenter', () => void ui().then((m) => m.prepareDialog(link)), { once: true });
}
if (searchPage) void ui().then((m) => m.startSearchPage(searchPage));
if (wantsHighlight(window.location.search)) void ui().then((m) => m.highlightFromResult());
