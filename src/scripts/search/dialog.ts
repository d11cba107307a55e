// The search dialog: opened by the header link, `/` or Ctrl/Cmd+K on every page but the search
// page. No page carries it: on first use it is taken from the search page the header link points
// to (a <template> there, in the page's language), so each page's first load stays small.
import { withSearchQuery } from '../../lib/search/query.ts';
import { focusInput, showStatus, stylesheet } from './mount.ts';
import { bundleUrl, fromDisk, loadEngine, onDisk } from './pagefind.ts';
import { searchForm } from './run.ts';

let returnFocus: HTMLElement | null = null;
let pending: Promise<HTMLDialogElement> | undefined;

/**
 * The search page the header link points to, parsed, and its URL. From disk, where it cannot be
 * fetched, the package carries its dialog <template> as a classic script (./disk.ts).
 */
async function searchPage(link: HTMLAnchorElement): Promise<{ doc: Document; from: string }> {
  if (onDisk()) return { doc: await (await fromDisk()).diskDialogPage(bundleUrl('')), from: link.href };
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`search page: HTTP ${response.status}`);
  return { doc: new DOMParser().parseFromString(await response.text(), 'text/html'), from: response.url || link.href };
}

/**
 * The dialog from the search page, once. Its links are written relative to the search page, so
 * they are made absolute against it before the dialog joins this page (which may be deeper or
 * shallower). Parsing our own page is not rendering input: nothing from the URL or the index is
 * involved. The stylesheet is loaded first, so the dialog never shows unstyled.
 */
function dialogFrom(link: HTMLAnchorElement): Promise<HTMLDialogElement> {
  pending ??= (async () => {
    const { doc, from } = await searchPage(link);
    const template = doc.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
    const source = template?.content.querySelector('dialog[data-search-dialog]');
    if (!source) throw new Error('search page: no dialog template');
    const dialog = document.importNode(source, true) as HTMLDialogElement;
    for (const a of dialog.querySelectorAll<HTMLAnchorElement>('a[href]')) a.href = new URL(a.getAttribute('href')!, from).href;
    if (dialog.dataset.searchCss) {
      dialog.dataset.searchCss = new URL(dialog.dataset.searchCss, from).href;
      await stylesheet(dialog.dataset.searchCss);
    }
    document.body.append(dialog);
    wireDialog(dialog);
    link.setAttribute('aria-controls', dialog.id);
    return dialog;
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/** Fetches the dialog ahead of time (a pointer is heading for the search link); errors wait for opening. */
export function prepareDialog(link: HTMLAnchorElement): void {
  dialogFrom(link).catch(() => undefined);
}

export async function openDialog(link: HTMLAnchorElement): Promise<void> {
  // The reader asked for search: fetch the engine while the dialog and its form arrive.
  loadEngine().catch(() => undefined);
  let dialog: HTMLDialogElement;
  try {
    dialog = await dialogFrom(link);
  } catch {
    // The search page could not be fetched: go there, where the browser says what is wrong.
    window.location.assign(link.href);
    return;
  }
  if (!dialog.open) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : link;
    dialog.showModal();
  }
  const share = dialog.querySelector<HTMLAnchorElement>('a[data-search-share]');
  const form = await searchForm(dialog, {
    onSearch: (term) => {
      if (share) share.href = withSearchQuery(share.href, term, window.location.href);
    },
  });
  if (!form) showStatus(dialog, 'failed');
  else if (dialog.open) focusInput(dialog);
}

function wireDialog(dialog: HTMLDialogElement): void {
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself; its frame fills it) closes it. Both ends
  // of the click must be on the backdrop, so selecting text and releasing outside does not.
  let downOnBackdrop = false;
  dialog.addEventListener('pointerdown', (e) => {
    downOnBackdrop = e.target === dialog;
  });
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog && downOnBackdrop) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const back = returnFocus;
    returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  });
}
