// Search loader: a few hundred bytes on every page. Pagefind's UI, its CSS, the engine, the
// WebAssembly and the index are fetched only when the reader opens search (the header link, `/`
// or Ctrl/Cmd+K) or visits the search page. Without JavaScript the header link simply goes to the
// search page, which then says that search needs JavaScript and lists every page.
//
// Nothing from the URL (?q=, #hash) is ever written as HTML: the query goes to Pagefind's API
// and to input values only.
import { HIGHLIGHT_PARAM, isSearchShortcut, pagefindBundlePath, readQuery, wantsHighlight, withSearchQuery } from '../lib/search.ts';
import searchCssUrl from '../styles/search.css?url';

interface PagefindInstance {
  triggerSearch(term: string): void;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
type Scope = HTMLElement;

// Built at runtime from the base path, so Vite leaves these imports alone and they stay out of
// the page's bundle; the files are Pagefind's own output in <base>pagefind/.
const BUNDLE = pagefindBundlePath(import.meta.env.BASE_URL);
const load = (file: string): Promise<unknown> => import(/* @vite-ignore */ `${BUNDLE}${file}`);

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');

let ui: Promise<PagefindInstance> | undefined;

/** A stylesheet link, resolved once it has loaded (or failed: search still works unstyled). */
function stylesheet(href: string): Promise<void> {
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

/** Loads Pagefind's Component UI once and configures its default instance. */
function loadUi(): Promise<PagefindInstance> {
  ui ??= (async () => {
    await Promise.all([
      stylesheet(`${BUNDLE}pagefind-component-ui.css`).then(() => stylesheet(searchCssUrl)),
      load('pagefind-component-ui.js'),
    ]);
    const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    // Must run before any pagefind-* element connects; the template is cloned in afterwards.
    // noWorker: the index is small, so searching on the main thread is quick (median well under
    // the 100 ms budget) and saves fetching pagefind-worker.js (~12 KB gzip) on the first query.
    return components.configureInstance('default', { bundlePath: BUNDLE, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
  })();
  ui.catch(() => {
    ui = undefined; // let the reader try again
  });
  return ui;
}

/** Puts the UI from the scope's <template> into its mount point (once). */
function mount(scope: Scope, instance: PagefindInstance): void {
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

function showFailure(scope: Scope): void {
  const status = scope.querySelector<HTMLElement>('[data-search-status]');
  if (status?.dataset.failedText) status.textContent = status.dataset.failedText;
}

async function focusInput(scope: Scope): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const input = scope.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return;
  input.focus();
  input.select();
}


let returnFocus: HTMLElement | null = null;

async function openDialog(): Promise<void> {
  if (!dialog) return;
  if (!dialog.open) {
    const active = document.activeElement;
    returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
  }
  try {
    const instance = await loadUi();
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
    showFailure(dialog);
  }
}

function wireDialog(d: HTMLDialogElement): void {
  d.querySelector('[data-search-close]')?.addEventListener('click', () => d.close());
  // A click on the backdrop (the dialog element itself; its frame fills it) closes it. Both ends
  // of the click must be on the backdrop, so selecting text and releasing outside does not.
  let downOnBackdrop = false;
  d.addEventListener('pointerdown', (e) => {
    downOnBackdrop = e.target === d;
  });
  d.addEventListener('click', (e) => {
    if (e.target === d && downOnBackdrop) d.close();
  });
  d.addEventListener('close', () => {
    const back = returnFocus;
    returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  });
}

async function startSearchPage(page: HTMLElement): Promise<void> {
  const target = page.querySelector<HTMLElement>('[data-search-mount]');
  page.querySelector('[data-search-fallback]')?.remove();
  if (target) target.hidden = false;
  try {
    const instance = await loadUi();
    mount(page, instance);
    const query = readQuery(window.location.search);
    if (query) instance.triggerSearch(query);
    instance.on('search', (term) => {
      window.history.replaceState(window.history.state, '', withSearchQuery(window.location.href, term));
    });
  } catch {
    showFailure(page);
  }
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** On the search page the input takes focus; elsewhere the dialog opens instead of navigating. */
function openSearch(e: Event): void {
  if (searchPage) {
    e.preventDefault();
    void focusInput(searchPage);
  } else if (dialog) {
    e.preventDefault();
    void openDialog();
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
  if (!shortcut) return;
  openSearch(e);
});

if (dialog) {
  wireDialog(dialog);
  for (const link of document.querySelectorAll('a[data-search-open]')) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-controls', dialog.id);
  }
}
if (searchPage) void startSearchPage(searchPage);

// Arriving from a search result: highlight the words on this page (Pagefind's script, which
// marks only inside data-pagefind-body; its inline styles are off, global.css styles the marks).
if (wantsHighlight(window.location.search) && document.querySelector('[data-pagefind-body]')) {
  load('pagefind-highlight.js')
    .then((module) => {
      const Highlight = (module as { default: new (options: object) => unknown }).default;
      new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    })
    .catch(() => undefined);
}
