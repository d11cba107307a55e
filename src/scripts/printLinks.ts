// On paper a link is only useful with its address written out. Links in the page are relative
// (the site works in any folder), so the full address is only known here, in the browser: each
// link to another page gets it in data-print-href, which the print stylesheet writes after the
// link text. Glossary words, source markers and in-page anchors are left alone.
for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not(.term):not(.anchor)')) {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#') || a.closest('.cite') || /^[a-z]+:/i.test(href)) continue;
  a.dataset.printHref = a.href;
}

// The notes of each section are a closed disclosure on screen and printed in full: opened for
// printing, closed again afterwards (the ones the reader had open stay open).
let opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details.notes:not([open])')];
  for (const d of opened) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});
