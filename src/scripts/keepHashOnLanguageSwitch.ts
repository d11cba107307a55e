// The language switch keeps the reader's place. Section ids are the same in both languages, so
// the link carries the section nearest the top of the screen (or, at the top of the page, the
// address's own #id) and the reader lands on the same section. The id is checked to be an id and
// only ever set on a URL, never written as HTML. Without JavaScript the switch opens the page's top.
import { isId } from '../lib/content/ids.ts';
import { placeOnPage } from '../lib/placeOnPage.ts';

function currentPlace(): string | undefined {
  // The address's own #id (a teacher's link) while the reader is still in its section: its
  // heading not yet scrolled past, the top of the page (where a scrolled-away switch is), or a
  // heading inside that section at the reading line. After that, the heading at the reading line.
  const hash = window.location.hash.slice(1);
  const target = isId(hash) ? document.getElementById(hash) : null;
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')].map((h) => ({ id: h.id, top: h.getBoundingClientRect().top }));
  const place = placeOnPage(headings, window.innerHeight, window.scrollY);
  if (target) {
    const section = target.closest('section, li') ?? target;
    const at = place ? document.getElementById(place) : null;
    if (target.getBoundingClientRect().top >= 0 || !at || section.contains(at)) return hash;
  }
  return place;
}

// A keyboard reader reaches the switch by tabbing back through the menu's row, which on a wide
// screen scrolls away with the page: focusing it brings the page to its top, and the place would
// be lost. So the place is taken when focus enters the header from the page (focusin comes before
// that scroll) and kept while focus stays there. A pointer drops it: what is on screen is the
// place again.
let kept: [string?] | undefined;
const inHeader = (el: EventTarget | null) => !!(el as Element | null)?.closest?.('.site-header, .site-nav');
document.addEventListener('focusin', (event) => {
  kept = inHeader(event.target) ? (inHeader(event.relatedTarget) ? kept : [currentPlace()]) : undefined;
});
document.addEventListener('pointerdown', () => (kept = undefined), true);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-switch]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const id = kept ? kept[0] : currentPlace();
  const url = new URL(link.href);
  url.hash = id ?? '';
  link.href = url.href;
});
