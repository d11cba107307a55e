// The timeline's layout at work, loaded by timeline.ts when first needed: stacking the chart
// again when a filter hides events (at the first filter change), and the overview's markers (on
// wide screens only).

/** The chart as drawn at build time: each event's top, height and the room above it. */
let blocks: { y: number; h: number; gap: number }[] | undefined;
/** Each tick's first and last event: the one at its height, as drawn at build time, and the last
 *  of its month or year (by the dates of the list's headings; a break: the end). */
const spans = new Map<Element, [number, number]>();
let guideD = '';
const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr)?.replace(/^translate\(0 |\)$/g, '') ?? 0);

/**
 * Stacks the events shown again: hidden ones give up their rows; each event shown keeps the room
 * it had above it, or the largest room of the events hidden since the one before (so a break
 * keeps its place). The axis follows: each year, month or break moves with the first event it
 * belongs to that is still shown, or is hidden with them.
 */
export function restack(chart: SVGSVGElement, marks: readonly SVGAElement[], shown: ReadonlySet<string>): void {
  const guide = chart.querySelector('.tl-guide');
  if (!blocks) {
    blocks = marks.map((m) => ({ y: num(m, 'transform'), h: num(m.querySelector('rect'), 'height'), gap: 0 }));
    blocks.forEach((b, i) => (b.gap = i ? b.y - blocks![i - 1]!.y - blocks![i - 1]!.h : 0));
    guideD = guide?.getAttribute('d') ?? '';
    const dates = marks.map((m) => document.getElementById(m.getAttribute('href')?.slice(1) ?? '')?.querySelector('time')?.getAttribute('datetime') ?? '');
    for (const k of chart.querySelectorAll('.tl-tick')) {
      const a = blocks.findIndex((b) => b.y === num(k, 'transform'));
      const same = k.classList.contains('tl-break') ? 0 : k.classList.contains('tl-month') ? 7 : 4;
      let z = a;
      while (z + 1 < marks.length && (!same || dates[z + 1]!.slice(0, same) === dates[a]!.slice(0, same))) z++;
      spans.set(k, [a, z]);
    }
  }
  const top: number[] = [];
  let bottom = blocks[0]!.y;
  let gap = 0;
  marks.forEach((m, i) => {
    const b = blocks![i]!;
    gap = Math.max(gap, b.gap);
    if (!shown.has(m.dataset.category ?? '')) return;
    top[i] = bottom + gap;
    bottom = top[i]! + b.h;
    gap = 0;
    m.setAttribute('transform', `translate(0 ${top[i]})`);
  });
  for (const k of chart.querySelectorAll<SVGGElement>('.tl-tick')) {
    const [a, z] = spans.get(k) ?? [0, 0];
    let v = a;
    while (v < z && top[v] === undefined) v++;
    const off = top[v] === undefined || (k.classList.contains('tl-break') && !top.slice(0, a).some((t) => t !== undefined));
    k.classList.toggle('tl-off', off);
    if (!off) k.setAttribute('transform', `translate(0 ${top[v]})`);
  }
  const height = bottom + 10;
  chart.setAttribute('viewBox', `0 0 ${chart.viewBox.baseVal.width} ${height}`);
  chart.setAttribute('height', String(height));
  guide?.setAttribute('d', guideD.replace(/V[\d.]+/g, `V${height - 4}`));
}

/** The overview, from what the page wrote (TimelineOverview.astro): the years' lines and names,
 *  the breaks, each row's line, shape and name (the filter's), and each chart event's marker with
 *  its name and link, in its category's row, at data-x. */
export function drawOverview(ov: SVGSVGElement, marks: readonly SVGAElement[], byId: Map<string, SVGAElement>): void {
  const d = ov.dataset;
  const list = (v: string | undefined) => v?.split(' ').filter(Boolean) ?? [];
  const xs = list(d.x);
  const [left, right, bottom] = list(d.frame);
  const svg = (tag: string, attrs: Record<string, string | number>, text?: string | null) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text) el.textContent = text;
    return el;
  };
  const axis = svg('g', { 'aria-hidden': 'true' });
  for (const y of list(d.years)) {
    const [x, year] = y.split(':');
    axis.append(svg('path', { class: 'tl-ov-yr', d: `M${x} 6V${bottom}` }), svg('text', { class: 'tl-yr', x: Number(x) + 4, y: 20 }, year));
  }
  for (const x of list(d.breaks)) axis.append(svg('path', { class: 'tl-break', d: `M${Number(x) - 4} 14l4 -8l4 8` }));
  ov.prepend(axis);
  const rows = new Map<string, Element>();
  for (const lane of ov.querySelectorAll<SVGGElement>('g.tl-ev')) {
    const c = lane.dataset.category ?? '';
    const chip = document.querySelector(`.tl-chip[data-category="${c}"]`);
    const row = svg('g', { 'aria-hidden': 'true', 'data-category': c, transform: lane.getAttribute('transform') ?? '' });
    row.append(
      svg('path', { class: 'tl-ov-lane', d: `M${left} 0H${right}` }),
      svg('path', { class: 'tl-mark', d: chip?.querySelector('path')?.getAttribute('d') ?? '', transform: 'translate(12 0)' }),
      svg('text', { x: 26, y: 5 }, chip?.textContent?.trim()),
    );
    lane.before(row);
    rows.set(c, lane);
  }
  marks.forEach((m, i) => {
    const href = m.getAttribute('href') ?? '';
    const a = svg('a', { href, tabindex: -1 }) as SVGAElement;
    const shape = m.querySelector('.tl-mark')!.cloneNode() as SVGPathElement;
    shape.setAttribute('transform', `translate(${xs[i]}) scale(1.4)`);
    a.append(svg('title', {}, m.getAttribute('aria-label')), shape);
    rows.get(m.dataset.category ?? '')?.append(a);
    byId.set(href.slice(1), a);
  });
}
