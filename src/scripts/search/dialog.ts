// The search dialog on every content page: opened by the header link, `/` or Ctrl/Cmd+K.
import { withSearchQuery } from '../../lib/search.ts';
import { focusInput, mount, showStatus } from './mount.ts';
import { loadUi, searchAvailable } from './pagefind.ts';

let returnFocus: HTMLElement | null = null;

export async function openDialog(dialog: HTMLDialogElement): Promise<void> {
  if (!dialog.open) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
  }
  if (!searchAvailable()) {
    showStatus(dialog, 'offline');
    return;
  }
  try {
    const instance = await loadUi(dialog.dataset.searchCss);
    if (!dialog.dataset.wired) {
      dialog.dataset.wired = 'true';
      const share = dialog.querySelector<HTMLAnchorElement>('a[data-search-share]');
      instance.on('search', (term) => {
        if (share) share.href = withSearchQuery(share.href, term, window.location.href);
      });
    }
    mount(dialog, instance);
    if (dialog.open) await focusInput(dialog);
  } catch {
    showStatus(dialog, 'failed');
  }
}

export function wireDialog(dialog: HTMLDialogElement): void {
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
  for (const link of document.querySelectorAll('a[data-search-open]')) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-controls', dialog.id);
  }
}
