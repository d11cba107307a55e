// The timeline, enhanced. Without this script the chart's events are plain links to the list and
// the category filter works through CSS. With it: the chart is one Tab stop whose events the arrow
// keys (Home, End) walk through in date order; choosing an event (in the chart or the overview)
// shows its details beside the chart, or in a sheet at the bottom of a narrow screen, without
// moving the page more than needed to keep the event in view; previous/next buttons; Escape or
// Close closes them. The URL's hash follows as a history entry, so back and forward step through
// what the reader chose (back to no event closes the details). A filter closes the gaps: the
// events shown are stacked again, each keeping the room it had before it (or the largest room of
// the events hidden since the one before), and the axis follows. Everything shown is already in
// the page: details are copied from the list, and an id from the URL is checked, then only ever
// used as a lookup key.

import { isId } from '../lib/content/ids.ts';

const root = document.querySelector<HTMLElement>('[data-timeline]');
if (root) enhance(root);

function enhance(root: HTMLElement): void {
  const $ = <T extends Element>(s: string) => root.querySelector<T>(s);
  const chart = $<SVGSVGElement>('[data-tl-chart]');
  // Each event in the chart is a link to its place in the list: the id is its href's hash.
  const marks = [...root.querySelectorAll<SVGAElement>('[data-tl-chart] a')];
  const idOf = (m: Element | undefined) => m?.getAttribute('href')?.slice(1);
  const markById = new Map(marks.map((m) => [idOf(m) ?? '', m]));
  const items = new Map([...root.querySelectorAll<HTMLLIElement>('li[data-event]')].map((li) => [li.dataset.event ?? '', li]));
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-tl-filter]')];
  const steps = [...root.querySelectorAll<HTMLButtonElement>('[data-tl-step]')];
  const status = $<HTMLElement>('[data-tl-status]');
  const detail = $<HTMLElement>('[data-tl-detail]');
  const body = $<HTMLElement>('[data-tl-detail-body]');
  const empty = $<HTMLElement>('[data-tl-detail-empty]');
  const ov = $<SVGSVGElement>('[data-tl-ov]');
  const ovById = new Map<string, SVGAElement>();
  // Loaded when first needed: on a wide screen (the overview) or at the first filter change.
  const layout = () => import('./timelineLayout.ts');
  const wide = window.matchMedia('(min-width: 64rem)');
  const drawOverview = () => {
    if (!ov || !wide.matches || ovById.size) return;
    void layout().then((m) => {
      if (ovById.size) return;
      m.drawOverview(ov, marks, ovById);
      if (selected) ovById.get(selected)?.classList.add('is-selected');
    });
  };
  let restacked = false;
  const narrow = () => window.matchMedia('(max-width: 47.99rem)').matches;
  const motion = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  let selected: string | undefined;

  const visibleMarks = () => {
    const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    return marks.filter((m) => shown.has(m.dataset.category ?? ''));
  };

  /** Roving tabindex: one event in the chart is the Tab stop, the chosen one or else the first. */
  function setTabStop(): void {
    const visible = visibleMarks();
    const chosen = selected ? markById.get(selected) : undefined;
    const stop = chosen && visible.includes(chosen) ? chosen : visible[0];
    for (const m of marks) m.setAttribute('tabindex', m === stop ? '0' : '-1');
    const i = chosen ? visible.indexOf(chosen) : -1;
    steps.forEach((b) => (b.disabled = i < 0 || !visible[i + Number(b.dataset.tlStep)]));
  }

  function showDetails(li: HTMLLIElement | undefined): void {
    if (!detail || !body) return;
    body.replaceChildren();
    if (empty) empty.hidden = !!li;
    detail.dataset.category = li?.dataset.category ?? '';
    if (!li) return;
    const copy = li.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const el of copy.querySelectorAll('.tl-dot')) el.remove();
    // The details show the sources and what tells more, folded in the list.
    for (const el of copy.querySelectorAll('details')) el.open = true;
    const heading = copy.querySelector('h2');
    if (heading) {
      // A paragraph, not a second heading: the list keeps the page's outline.
      const title = document.createElement('p');
      title.className = 'tl-detail-title';
      title.append(...heading.childNodes);
      heading.replaceWith(title);
    }
    body.append(...copy.childNodes);
  }

  /** Keeps the event in view (above the sheet on a narrow screen), moving the page only as much as needed. */
  function keepInView(el: Element): void {
    const r = el.getBoundingClientRect();
    const limit = narrow() && detail ? detail.getBoundingClientRect().top : window.innerHeight;
    if (r.bottom < 0 || r.top > window.innerHeight) el.scrollIntoView({ block: 'center', behavior: motion() });
    else if (r.bottom > limit - 8) window.scrollBy({ top: r.bottom - limit + 16, behavior: motion() });
    else if (r.top < 40) window.scrollBy({ top: r.top - 48, behavior: motion() });
  }

  type How = { focus?: boolean; push?: boolean; scroll?: 'mark' | 'item' };
  function select(id: string | undefined, how: How = {}): void {
    if (selected) {
      markById.get(selected)?.removeAttribute('aria-current');
      items.get(selected)?.classList.remove('is-selected');
      ovById.get(selected)?.classList.remove('is-selected');
    }
    selected = id && items.has(id) ? id : undefined;
    const mark = selected ? markById.get(selected) : undefined;
    const item = selected ? items.get(selected) : undefined;
    mark?.setAttribute('aria-current', 'true');
    item?.classList.add('is-selected');
    if (selected) ovById.get(selected)?.classList.add('is-selected');
    showDetails(item);
    setTabStop();
    if (how.focus) mark?.focus({ preventScroll: true });
    if (how.push && selected && location.hash !== `#${selected}`) history.pushState(null, '', `#${selected}`);
    if (how.scroll === 'mark' && mark) keepInView(mark);
    if (how.scroll === 'item' && item) {
      const group = item.closest('details');
      if (group) group.open = true;
      item.scrollIntoView({ block: 'start', behavior: motion() });
    }
  }

  function applyFilter(announce: boolean): void {
    const shown = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    if (chart && (restacked || shown.size < boxes.length)) {
      restacked = shown.size < boxes.length;
      void layout().then((m) => m.restack(chart, marks, shown));
    }
    let count = 0;
    for (const li of items.values()) {
      li.hidden = !shown.has(li.dataset.category ?? '');
      if (!li.hidden) count++;
    }
    if (announce && status) {
      status.textContent = (status.dataset.template ?? '{shown}/{total}').replace('{shown}', String(count)).replace('{total}', String(items.size));
    }
    if (selected && items.get(selected)?.hidden) select(undefined);
    else setTabStop();
  }

  /** The event named in the URL, if it is one: shown (its category too) and scrolled to; none, none. */
  function fromHash(): void {
    const id = location.hash.slice(1);
    // Back to the address without an event closes the details; any other hash changes nothing.
    if (!id) return select(undefined);
    if (!isId(id) || !items.has(id)) return;
    const box = boxes.find((b) => b.value === items.get(id)!.dataset.category);
    if (box && !box.checked) {
      box.checked = true;
      applyFilter(true);
    }
    if (id !== selected) select(id, { scroll: 'item' });
  }

  /** The event `delta` steps from the chosen one among those shown, or the first. */
  const step = (delta: number) => {
    const visible = visibleMarks();
    const i = selected ? visible.indexOf(markById.get(selected)!) : -1;
    return visible[Math.max(0, Math.min(visible.length - 1, i + delta))];
  };

  chart?.addEventListener('keydown', (event) => {
    const mark = (event.target as Element | null)?.closest?.('a');
    if (!(mark instanceof SVGAElement)) return;
    const visible = visibleMarks();
    const i = visible.indexOf(mark);
    const to: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: visible.length - 1 };
    if (!(event.key in to)) return;
    event.preventDefault();
    const next = visible[Math.max(0, Math.min(visible.length - 1, to[event.key]!))];
    if (next) select(idOf(next), { focus: true, push: true, scroll: 'mark' });
  });

  /** Closes the details (Escape, Close): no event chosen, focus back on the one that was. */
  function close(): void {
    const mark = selected ? markById.get(selected) : undefined;
    if (!mark) return;
    select(undefined);
    history.replaceState(null, '', location.pathname + location.search);
    mark.focus({ preventScroll: true });
  }
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  $('[data-tl-close]')?.addEventListener('click', close);

  const choose = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // new tab or window
    const mark = (event.target as Element | null)?.closest?.('a');
    if (!(mark instanceof SVGAElement)) return;
    event.preventDefault();
    select(idOf(mark), { focus: true, push: true, scroll: 'mark' });
  };
  chart?.addEventListener('click', choose);
  ov?.addEventListener('click', choose);

  for (const b of steps) {
    b.addEventListener('click', () => {
      const next = step(Number(b.dataset.tlStep));
      if (next) select(idOf(next), { push: true, scroll: 'mark' });
      if (b.disabled) steps.find((s) => !s.disabled)?.focus();
    });
  }
  for (const box of boxes) box.addEventListener('change', () => applyFilter(true));
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('popstate', fromHash);

  root.classList.add('tl-enhanced');
  if (detail) detail.hidden = false;
  applyFilter(false);
  fromHash();
  drawOverview();
  wide.addEventListener('change', drawOverview);
}
