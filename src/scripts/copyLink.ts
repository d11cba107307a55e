// Enhancement: the section anchor still navigates; where the clipboard is available it also
// copies the full link and says so in a polite live region.
import { announce } from './announce.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
  const message = document.documentElement.dataset.copiedText ?? 'Link copied';
  navigator.clipboard.writeText(link.href).then(
    () => {
      announce(message);
      link.classList.add('copied');
      window.setTimeout(() => link.classList.remove('copied'), 2000);
    },
    () => undefined,
  );
});
