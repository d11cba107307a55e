// Section ids are the same in both languages, so the reader lands on the same section.
// The hash is checked to be an id and only ever set on a URL, never written as HTML.
import { isId } from '../lib/ids.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-switch]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const id = window.location.hash.slice(1);
  if (!isId(id)) return;
  const url = new URL(link.href);
  url.hash = id;
  link.href = url.href;
});
