// The phone menu and the table of contents are <details> disclosures and work without this
// script. It adds what a reader expects of a menu: Escape closes it and puts focus back on its
// button, and choosing a link in the contents folds the contents away. Focus is never trapped.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = (event.target as Element | null)?.closest?.('details[data-menu][open], details[data-toc][open]');
  if (!(open instanceof HTMLDetailsElement)) return;
  open.open = false;
  open.querySelector('summary')?.focus();
});

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('details[data-toc] a');
  const details = link?.closest('details');
  // Only where the contents is a fold-out (phones); on wide screens its summary is not shown.
  if (details instanceof HTMLDetailsElement && details.querySelector('summary')?.offsetParent) details.open = false;
});
