// Everything search does once the reader asks for it, in one chunk the page fetches on first use
// (src/scripts/search.ts): the dialog, the search page's form, the highlighter.
export { openDialog, prepareDialog } from './dialog.ts';
export { highlightFromResult } from './highlight.ts';
export { focusInput } from './mount.ts';
export { startSearchPage } from './page.ts';
