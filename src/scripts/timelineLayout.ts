// The timeline's layout at work, loaded by timeline.ts when first needed: stacking the chart
// again when a filter hides events (at the first filter change), and the overview's markers (on
// wide screens only).

/** The chart as drawn at build time: each event's top, height and the room above it. */
let blocks: { y: number; h: number; gap: number }[] | undefined;
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
    const a = Number(k.dataset.a);
    const z = Number(k.dataset.z);
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

/** The overview's markers: each chart event's shape, name and link, in its category's row, at data-x. */
export function drawOverview(ov: SVGSVGElement, marks: readonly SVGAElement[], byId: Map<string, SVGAElement>): void {
  const xs = ov.dataset.x?.split(' ') ?? [];
  const svg = (tag: string) => document.createElementNS('http://www.w3.org/2000/svg', tag);
  marks.forEach((m, i) => {
    const href = m.getAttribute('href') ?? '';
    const a = svg('a') as SVGAElement;
    const title = svg('title');
    const shape = m.querySelector('.tl-mark')!.cloneNode() as SVGPathElement;
    a.setAttribute('href', href);
    a.setAttribute('tabindex', '-1');
    title.textContent = m.getAttribute('aria-label');
    shape.setAttribute('transform', `translate(${xs[i]}) scale(1.4)`);
    a.append(title, shape);
    ov.querySelector(`[data-category="${m.dataset.category}"] .tl-ev`)?.append(a);
    byId.set(href.slice(1), a);
  });
}
