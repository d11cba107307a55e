// The search dialog on every content page: opened by the header link, `/` or Ctrl/Cmd+K.
import { withSearchQuery } from '../../lib/search.ts';
import { focusInput, showStatus } from './mount.ts';
import { loadEngine, searchAvailable } from './pagefind.ts';
import { searchForm } from './run.ts';

let returnFocus: HTMLElement | null = null;

export async function openDialog(dialog: HTMLDialogElement): Promise<void> {
  if (!dialog.dataset.wired) {
    dialog.dataset.wired = 'true';
    wireDialog(dialog);
  }
  if (!dialog.open) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
  }
  if (!searchAvailable()) {
    showStatus(dialog, 'offline');
    return;
  }
  // The reader asked for search: fetch the engine while the form appears (errors show on searching).
  loadEngine().catch(() => undefined);
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
