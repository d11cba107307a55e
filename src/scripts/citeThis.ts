// Enhancement for "Cite this" and the printed page header. The build writes the page's address
// only when it knows it (SITE_URL); otherwise the real address is the one in the browser. The
// printed header gets it here, at once (printing cannot wait for a download); a citation gets
// today's date, the address and a copy button when the reader opens it (./citeThis/enhance.ts,
// fetched then). Without JavaScript the citation keeps its placeholders ("[datum]", "[date]") and
// stays selectable. Nothing here depends on where the site is hosted.
const enhancer = () => import('./citeThis/enhance.ts');

document.addEventListener(
  'toggle',
  (e) => {
    const details = e.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    const cites = details.querySelectorAll<HTMLElement>('.cite-text[data-citation]');
    if (cites.length) void enhancer().then((m) => cites.forEach((el) => m.enhance(el)));
  },
  true,
);

const url = new URL(window.location.href);
url.hash = '';
url.search = '';
const page = url.toString();

// The printed header: the address (unless the build wrote the site's own) and today's date.
for (const el of document.querySelectorAll<HTMLElement>('[data-print-here]')) {
  if (!el.textContent?.trim()) el.textContent = page;
}
for (const el of document.querySelectorAll<HTMLElement>('[data-print-address]')) el.hidden = false;
// Written as the page writes its dates ("25 november 2026", "25 November 2026"), not the US way:
// the layout writes the language's Intl locale (src/lib/locales.ts) on <html data-intl>, so no
// table travels with every page's script.
const locale = document.documentElement.dataset.intl || document.documentElement.lang;
for (const el of document.querySelectorAll('[data-print-today]')) {
  el.textContent = new Date().toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
for (const el of document.querySelectorAll<HTMLElement>('[data-print-today-wrap]')) el.hidden = false;
