// Puts the search UI into a dialog or the search page, and says so when it cannot.
import type { PagefindInstance } from './pagefind.ts';

/** Puts the UI from the scope's <template> into its mount point (once). */
export function mount(scope: HTMLElement, instance: PagefindInstance): void {
  const target = scope.querySelector<HTMLElement>('[data-search-mount]');
  const template = scope.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (!target || !template || target.dataset.mounted) return;
  instance.setTranslations(JSON.parse(template.dataset.translations ?? '{}') as Record<string, string>);
  target.replaceChildren(template.content.cloneNode(true));
  target.dataset.mounted = 'true';
  // Pagefind announces result counts in live regions it appends to <body>. Everything outside an
  // open modal dialog is inert and silent, so the regions move into the dialog.
  const announcer = document.querySelector('[data-pagefind-announcer]');
  if (announcer && scope instanceof HTMLDialogElement) scope.append(announcer);
}

/** Replaces the loading message with one of the texts the page carries (data-*-text). */
export function showStatus(scope: HTMLElement, which: 'failed' | 'offline'): void {
  const status = scope.querySelector<HTMLElement>('[data-search-status]');
  const text = which === 'failed' ? status?.dataset.failedText : status?.dataset.offlineText;
  if (status && text) {
    status.textContent = text;
    status.dataset.state = which;
  }
}

export async function focusInput(scope: HTMLElement): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const input = scope.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  input.focus();
  input.select();
}
