// Puts the search form from the scope's <template> into its mount point (once, after the search
// stylesheet has loaded), and says so in the status line when search cannot run.

/** The parts of a mounted search form the other modules work with. */
export interface SearchParts {
  input: HTMLInputElement;
  form: HTMLFormElement;
  filter: HTMLFieldSetElement | null;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** A stylesheet link, resolved once it has loaded (or failed: search still works unstyled). */
export function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

function partsOf(scope: HTMLElement): SearchParts | null {
  const q = <T extends Element>(selector: string) => scope.querySelector<T>(selector);
  const input = q<HTMLInputElement>('[data-search-input]');
  const form = q<HTMLFormElement>('[data-search-form]');
  const status = q<HTMLElement>('[data-search-status]');
  const list = q<HTMLOListElement>('[data-search-results]');
  const more = q<HTMLButtonElement>('[data-search-more]');
  if (!input || !form || !status || !list || !more) return null;
  return { input, form, filter: q<HTMLFieldSetElement>('[data-search-filter]'), status, list, more };
}

/** Clones the form in (first call) and returns its parts; null when the page has no search form. */
export async function mount(scope: HTMLElement): Promise<SearchParts | null> {
  const target = scope.querySelector<HTMLElement>('[data-search-mount]');
  const template = scope.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (!target || !template) return null;
  if (!target.dataset.mounted) {
    if (scope.dataset.searchCss) await stylesheet(scope.dataset.searchCss);
    if (!target.dataset.mounted) {
      target.replaceChildren(template.content.cloneNode(true));
      target.dataset.mounted = 'true';
    }
  }
  return partsOf(target);
}

/** Puts one of the texts the status line carries (data-*-text) into it. */
export function showStatus(scope: HTMLElement, which: 'failed' | 'offline' | 'loading'): void {
  const status = scope.querySelector<HTMLElement>('[data-search-status]');
  const text = status?.dataset[`${which}Text`];
  if (status && text) {
    status.textContent = text;
    status.dataset.state = which;
  }
}

export function focusInput(scope: HTMLElement): void {
  const input = scope.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  input.focus();
  input.select();
}
