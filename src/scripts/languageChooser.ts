// On the bilingual root page: suggest the reader's language by marking its card and button, and
// never leave the page on its own, so the root address can be shared and the choice stays the reader's.
import { isLang } from '../lib/locales.ts';

const preferred = (navigator.languages ?? [navigator.language])
  .map((l) => l.toLowerCase().slice(0, 2))
  .find(isLang);
const link = preferred && document.querySelector<HTMLAnchorElement>(`a[data-lang="${preferred}"]`);
if (link) {
  link.classList.add('suggested');
  const card = link.closest('section');
  card?.classList.add('suggested');
  const note = card?.querySelector<HTMLElement>('[data-suggest]');
  if (note) note.hidden = false;
}
