// Enhancement for "Cite this" and the printed page header. The build writes the page's address
// only when it knows it (SITE_URL); otherwise the real address is the one in the browser, so it
// is filled in here, with today's date, by the same function the build used, and a copy button
// is added. Without JavaScript the citation keeps its placeholders ("[datum]", "[date]") and
// stays selectable. Nothing here depends on where the site is hosted.
import { citation, citationParts, isoDay, type CitationInput } from '../lib/citation.ts';

/** This page's address as the browser has it, without ?query or #hash. */
function here(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  url.search = '';
  return url.toString();
}

function status(text: string): void {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-status';
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = text;
}

const today = isoDay(new Date());
const page = here();

for (const el of document.querySelectorAll<HTMLElement>('.cite-text[data-citation]')) {
  let data: CitationInput & { hash?: string };
  try {
    data = JSON.parse(el.dataset.citation ?? '');
  } catch {
    continue;
  }
  const input: CitationInput = { ...data, accessed: today, url: data.url || (data.hash ? `${page}#${data.hash}` : page) };
  const retrieved = el.querySelector('[data-cite-retrieved]');
  if (retrieved) retrieved.textContent = citationParts(input).retrieved;
  if (navigator.clipboard) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button cite-copy';
    button.textContent = el.dataset.copyLabel ?? 'Copy';
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(citation(input)).then(
        () => status(el.dataset.copiedLabel ?? 'Copied'),
        () => undefined,
      );
    });
    el.after(button);
  }
}

// The printed header: the address (unless the build wrote the site's own) and today's date.
for (const el of document.querySelectorAll<HTMLElement>('[data-print-here]')) {
  if (!el.textContent?.trim()) el.textContent = page;
}
for (const el of document.querySelectorAll<HTMLElement>('[data-print-address]')) el.hidden = false;
// Written as the page writes its dates ("25 november 2026", "25 November 2026"), not the US way.
const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
for (const el of document.querySelectorAll('[data-print-today]')) {
  el.textContent = new Date().toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
for (const el of document.querySelectorAll<HTMLElement>('[data-print-today-wrap]')) el.hidden = false;
