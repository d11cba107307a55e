// Enhancement: a section's "Link" still navigates; where the clipboard can be written it is
// relabelled "Kopieer link" / "Copy link" (the texts are on <html>), copies the full link and says
// so on screen, in the control itself, and in a polite live region.
import { announce } from './announce.ts';

const { copyText, copiedText = 'Link copied' } = document.documentElement.dataset;
const label = (link: Element) => link.querySelector(':scope > .anchor-label');

if (navigator.clipboard && copyText) {
  for (const link of document.querySelectorAll('a[data-copy-link]')) {
    const text = label(link);
    if (text) text.textContent = copyText;
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      announce(copiedText);
      const text = label(link);
      if (text) text.textContent = copiedText;
      link.classList.add('copied');
      window.setTimeout(() => {
        link.classList.remove('copied');
        if (text && copyText) text.textContent = copyText;
      }, 2000);
    },
    () => undefined,
  );
});
