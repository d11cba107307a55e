// The timeline, enhanced. Without this script the chart's events are plain links to the list and
// the category filter works through CSS. With it: the chart is one Tab stop whose events the arrow
// keys (Home, End) walk through in date order; choosing an event shows its details under the
// chart and puts its id in the URL; a #event-id in the URL chooses and scrolls to that event; the
// filter says how many events it shows. Everything shown is already in the page: details are
// copied from the list, and an id from the URL is checked, then only ever used as a lookup key.

import { isId } from '../lib/ids.ts';

const root = document.querySelector<HTMLElement>('[data-timeline]');
if (root) enhance(root);

function enhance(root: HTMLElement): void {
  const chart = root.querySelector<SVGSVGElement>('[data-tl-chart]');
  const marks = [...root.querySelectorAll<SVGAElement>('[data-tl-chart] a[data-event]')];
  const markById = new Map(marks.map((m) => [m.dataset.event ?? '', m]));
  const items = new Map([...root.querySelectorAll<HTMLLIElement>('li[data-event]')].map((li) => [li.dataset.event ?? '', li]));
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-tl-filter]')];
  const status = root.querySelector<HTMLElement>('[data-tl-status]');
  const detail = root.querySelector<HTMLElement>('[data-tl-detail]');
  const detailBody = root.querySelector<HTMLElement>('[data-tl-detail-body]');
  const detailEmpty = root.querySelector<HTMLElement>('[data-tl-detail-empty]');
  const help = root.querySelector<HTMLElement>('[data-tl-help]');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let selected: string | undefined;

  const shownCategories = () => new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  const visibleMarks = () => {
    const shown = shownCategories();
    return marks.filter((m) => shown.has(m.dataset.category ?? ''));
  };

  /** Roving tabindex: one event in the chart is the Tab stop, the chosen one or else the first. */
  function setTabStop(): void {
    const visible = visibleMarks();
    const chosen = selected ? markById.get(selected) : undefined;
    const stop = chosen && visible.includes(chosen) ? chosen : visible[0];
    for (const m of marks) m.setAttribute('tabindex', m === stop ? '0' : '-1');
  }

  function showDetails(li: HTMLLIElement | undefined): void {
    if (!detail || !detailBody) return;
    detailBody.replaceChildren();
    if (detailEmpty) detailEmpty.hidden = !!li;
    if (!li) {
      delete detail.dataset.category;
      return;
    }
    detail.dataset.category = li.dataset.category ?? '';
    const copy = li.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const el of copy.querySelectorAll('.tl-year, .tl-dot')) el.remove();
    const heading = copy.querySelector('h2');
    if (heading) {
      // A paragraph, not a second heading: the list keeps the page's outline.
      const title = document.createElement('p');
      title.className = 'tl-detail-title';
      title.append(...heading.childNodes);
      heading.replaceWith(title);
    }
    detailBody.append(...copy.childNodes);
  }

  function select(id: string | undefined, how: { focus?: boolean; hash?: boolean; scroll?: boolean } = {}): void {
    if (selected) {
      markById.get(selected)?.removeAttribute('aria-current');
      items.get(selected)?.classList.remove('is-selected');
    }
    selected = id && items.has(id) ? id : undefined;
    const mark = selected ? markById.get(selected) : undefined;
    const item = selected ? items.get(selected) : undefined;
    mark?.setAttribute('aria-current', 'true');
    item?.classList.add('is-selected');
    showDetails(item);
    setTabStop();
    if (how.focus) mark?.focus();
    if (how.hash && selected) history.replaceState(history.state, '', `#${selected}`);
    if (how.scroll && item) item.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }

  function applyFilter(announce: boolean): void {
    const shown = shownCategories();
    for (const m of marks) m.classList.toggle('tl-off', !shown.has(m.dataset.category ?? ''));
    let count = 0;
    for (const li of items.values()) {
      li.hidden = !shown.has(li.dataset.category ?? '');
      if (!li.hidden) count++;
    }
    if (announce && status) {
      status.textContent = (status.dataset.template ?? '{shown}/{total}')
        .replace('{shown}', String(count))
        .replace('{total}', String(items.size));
    }
    const current = selected ? items.get(selected) : undefined;
    if (current?.hidden) select(undefined);
    else setTabStop();
  }

  /** The event named in the URL, if it is one: shown (its category too) and scrolled to. */
  function fromHash(): void {
    const id = window.location.hash.slice(1);
    if (!isId(id)) return;
    const item = items.get(id);
    if (!item) return;
    const box = boxes.find((b) => b.value === item.dataset.category);
    if (box && !box.checked) {
      box.checked = true;
      applyFilter(true);
    }
    select(id, { scroll: true });
  }

  chart?.addEventListener('keydown', (event) => {
    const mark = (event.target as Element | null)?.closest?.('a[data-event]');
    if (!(mark instanceof SVGAElement)) return;
    const visible = visibleMarks();
    const i = visible.indexOf(mark);
    let next: SVGAElement | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = visible[Math.min(i + 1, visible.length - 1)];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = visible[Math.max(i - 1, 0)];
        break;
      case 'Home':
        next = visible[0];
        break;
      case 'End':
        next = visible[visible.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) select(next.dataset.event, { focus: true, hash: true });
  });

  chart?.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // new tab or window
    const mark = (event.target as Element | null)?.closest?.('a[data-event]');
    if (!(mark instanceof SVGAElement)) return;
    event.preventDefault();
    select(mark.dataset.event, { focus: true, hash: true });
  });

  for (const box of boxes) box.addEventListener('change', () => applyFilter(true));
  window.addEventListener('hashchange', fromHash);

  root.classList.add('tl-enhanced');
  if (detail) detail.hidden = false;
  if (help) help.hidden = false;
  applyFilter(false);
  fromHash();
}
