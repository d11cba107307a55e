// "Cite this", once the reader opens one: today's date and this page's address go into the
// citation (by the same function the build used), and a copy button is added. Loaded on first use
// by src/scripts/citeThis.ts.
import { citation, citationParts, isoDay, type CitationInput } from '../../lib/sources/citation.ts';
import { announce } from '../announce.ts';

/** This page's address as the browser has it, without ?query or #hash. */
export function here(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  url.search = '';
  return url.toString();
}


export function enhance(el: HTMLElement): void {
  if (el.dataset.enhanced) return;
  el.dataset.enhanced = 'true';
  let data: CitationInput & { hash?: string };
  try {
    data = JSON.parse(el.dataset.citation ?? '');
  } catch {
    return;
  }
  const page = here();
  const input: CitationInput = { ...data, accessed: isoDay(new Date()), url: data.url || (data.hash ? `${page}#${data.hash}` : page) };
  const retrieved = el.querySelector('[data-cite-retrieved]');
  if (retrieved) retrieved.textContent = citationParts(input).retrieved;
  if (navigator.clipboard) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button cite-copy';
    button.textContent = el.dataset.copyLabel ?? 'Copy';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(citation(input)).then(
        () => announce(el.dataset.copiedLabel ?? 'Copied'),
        () => undefined,
      );
    });
    el.after(button);
  }
}
