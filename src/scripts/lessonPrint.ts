// Enhancement for lesson handouts. The "with answers" box already works without JavaScript
// (print CSS reads it); here it also follows ?answers in the URL (a teacher can share or bookmark
// the answer version), opens the answers on screen, and every link gets its full address for
// paper in data-print-href (the print stylesheet writes it after the link text).
const box = document.querySelector<HTMLInputElement>('input[data-print-answers]');
const answers = document.querySelectorAll<HTMLDetailsElement>('details[data-answers]');

function apply(checked: boolean): void {
  for (const d of answers) d.open = checked;
  const url = new URL(window.location.href);
  if (checked) url.searchParams.set('answers', '');
  else url.searchParams.delete('answers');
  window.history.replaceState(window.history.state, '', url.toString().replace(/answers=(?=&|#|$)/, 'answers'));
}

if (box) {
  if (new URL(window.location.href).searchParams.has('answers')) {
    box.checked = true;
    apply(true);
  }
  box.addEventListener('change', () => apply(box.checked));
}

for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-print-full-urls] a[href]')) {
  if (a.matches('.term, .anchor, .cite a') || a.getAttribute('href')!.startsWith('#')) continue;
  a.dataset.printHref = a.href;
}
