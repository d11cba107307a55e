// Enhancement for lesson handouts. The "with answers" box already works without JavaScript
// (print CSS reads it); here it also follows ?answers in the URL (a teacher can share or bookmark
// the answer version) and opens the answers on screen. Full link addresses on paper come from
// printLinks.ts, as on every page.
const box = document.querySelector<HTMLInputElement>('input[data-print-answers]');
const answers = document.querySelectorAll<HTMLDetailsElement>('details[data-answers]');

function apply(checked: boolean): void {
  for (const d of answers) d.open = checked;
  const url = new URL(window.location.href);
  if (checked) url.searchParams.set('answers', '');
  else url.searchParams.delete('answers');
  try {
    window.history.replaceState(window.history.state, '', url.toString().replace(/answers=(?=&|#|$)/, 'answers'));
  } catch {
    // A page opened from disk may not rewrite its address; the box still works.
  }
}

if (box) {
  if (new URL(window.location.href).searchParams.has('answers')) {
    box.checked = true;
    apply(true);
  }
  box.addEventListener('change', () => apply(box.checked));
}
