// Enhancement: the section anchor still navigates; where the clipboard is available it also
// copies the full link and says so in a polite live region and, in place, beside the control.
// Every control is named by the page's one hidden label and its heading (CopyLink.astro): with
// JavaScript that label says "Copy link" instead of "Link".
import { announce } from './announce.ts';

const root = document.documentElement.dataset;
const label = document.getElementById('copy_link');
if (label && root.copyText) label.textContent = root.copyText;

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
  const message = root.copiedText ?? 'Link copied';
  navigator.clipboard.writeText(link.href).then(
    () => {
      announce(message);
      // The confirmation on screen, drawn by CSS from this attribute (screen readers hear the live region).
      link.dataset.done = message;
      link.classList.add('copied');
      window.setTimeout(() => link.classList.remove('copied'), 2000);
    },
    () => undefined,
  );
});
