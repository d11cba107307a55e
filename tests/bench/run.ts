// npm run bench: builds the site once and reports page weight, JavaScript per page, build time
// and search latency against the budgets named in the issues. Exits 1 when a budget is broken.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, runBuild } from '../support/build.ts';
import { contentPages } from '../support/contentPages.ts';
import { pageWeight } from './pageWeight.ts';
import { visibleText, words } from './text/readability.ts';
import { readPage } from '../support/html.ts';
import { measureAt } from './timelineScale.ts';

const KB = 1024;
const BUDGETS = {
  timelineJsGz: 5 * KB,
  // Issue 23 decided it: the chart at every width, notes, Cite this and copy links are worth their
  // bytes, so the timeline page may weigh 24 KB, and at most twice that with ten times the events.
  timelinePageGz: 24 * KB,
  /** First-load weight of the timeline with ten times the events, as a multiple of today's. */
  timelineGrowth: 2,
  searchMedianMs: 100,
  searchFirstQueryBytes: 150 * KB,
  // Issue 25: from disk, first results within 1 s of opening search; the archive at most 1.5
  // times its size before search worked from disk (671,066 bytes).
  diskFirstQueryMs: 1000,
  packageBytes: 1.5 * 671_066,
  // Issue 14: every page's first load (HTML, CSS, JS, fonts); content pages lighter still.
  pageGz: 50 * KB,
  contentPageGz: 20 * KB,
  searchPageGz: 50 * KB,
  // Lighthouse mobile 100 in all four categories, on home, the 2020 questions, the timeline and
  // the search pages (SEO aside there: they are noindex).
  lighthouse: 100,
};
/** Pages with their own budget above (the timeline's chart and script). */
const OWN_BUDGET = /^(nl\/tijdlijn|en\/timeline)\/$/;
/** Words a page must show without JavaScript: the text is in the HTML, not drawn by a script. */
const MIN_WORDS_WITHOUT_JS = 80;

const dir = mkdtempSync(join(tmpdir(), 'clearview-bench-'));
const dist = join(dir, 'dist');
const failures: string[] = [];
try {
  // Without the preview images' cache, so the build time includes rendering every image.
  rmSync(join(PROJECT_ROOT, 'node_modules', '.cache', 'clearview-previews'), { recursive: true, force: true });
  const build = runBuild(dist, { BASE_PATH: '/' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  console.log(`Build time (astro build with Pagefind): ${(build.ms / 1000).toFixed(1)} s`);
  // Astro logs each preview image (og:image) with the time it took: what the images add.
  const previews = [...build.output.matchAll(/\/previews\/[\w-]+\.png \(\+(\d+)ms\)/g)].map((m) => Number(m[1]));
  console.log(`of which preview images: ${previews.length} in ${(previews.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s (all rendered)\n`);

  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`.padStart(9);
  console.log('First load per page, gzip:');
  console.log(`${'page'.padEnd(28)}${'html'.padStart(9)}${'css'.padStart(9)}${'js'.padStart(9)}${'total'.padStart(9)}${'words w/o JS'.padStart(14)}`);
  const content = contentPages();
  const searchPages = ['nl/zoeken/', 'en/search/'].filter((p) => existsSync(join(dist, p, 'index.html')));
  for (const page of [{ path: '' }, ...content, ...searchPages.map((path) => ({ path }))]) {
    const w = pageWeight(dist, '/', page.path);
    const isContent = content.some((c) => c.path === page.path);
    // Readable without JavaScript: the words are in the HTML itself.
    const shown = isContent ? words(visibleText(readPage(dist, page.path))).length : undefined;
    console.log(`${('/' + page.path).padEnd(28)}${kb(w.htmlGz)}${kb(w.cssGz)}${kb(w.jsGz)}${kb(w.totalGz)}${String(shown ?? '–').padStart(14)}`);
    if (w.totalGz > BUDGETS.pageGz) failures.push(`/${page.path}: first load ${kb(w.totalGz)} > ${kb(BUDGETS.pageGz)}`);
    if (isContent && !OWN_BUDGET.test(page.path) && w.totalGz > BUDGETS.contentPageGz) failures.push(`/${page.path}: content page ${kb(w.totalGz)} > ${kb(BUDGETS.contentPageGz)}`);
    if (shown !== undefined && shown < MIN_WORDS_WITHOUT_JS) failures.push(`/${page.path}: only ${shown} words readable without JavaScript`);
    if (/^(nl\/tijdlijn|en\/timeline)\/$/.test(page.path)) {
      if (w.jsGz > BUDGETS.timelineJsGz) failures.push(`${page.path}: JS ${kb(w.jsGz)} > ${kb(BUDGETS.timelineJsGz)}`);
      if (w.totalGz > BUDGETS.timelinePageGz) failures.push(`${page.path}: total ${kb(w.totalGz)} > ${kb(BUDGETS.timelinePageGz)}`);
    }
  }

  console.log('\nThe timeline with ten times the events (generated from the real ones; see timelineScale.ts):');
  console.log(`${'events'.padStart(8)}${'total gz'.padStart(10)}${'html gz'.padStart(10)}${'html raw'.padStart(10)}${'elements'.padStart(10)}`);
  const points = [measureAt(1, 'en/timeline/'), measureAt(10, 'en/timeline/')];
  for (const p of points) console.log(`${String(p.events).padStart(8)}${kb(p.weight.totalGz).padStart(10)}${kb(p.weight.htmlGz).padStart(10)}${kb(p.htmlBytes).padStart(10)}${String(p.elements).padStart(10)}`);
  const [small, big] = points as [(typeof points)[0], (typeof points)[0]];
  const growth = big.weight.totalGz / small.weight.totalGz;
  console.log(`growth ×${(big.events / small.events).toFixed(1)} events: weight ×${growth.toFixed(2)} (gzip), ×${(big.htmlBytes / small.htmlBytes).toFixed(2)} (raw HTML), DOM ×${(big.elements / small.elements).toFixed(2)}`);
  if (growth >= BUDGETS.timelineGrowth) failures.push(`timeline weight grows ×${growth.toFixed(2)} with ten times the events (goal < ×${BUDGETS.timelineGrowth})`);

  const searchModule = join(import.meta.dirname, 'searchLatency.ts');
  if (existsSync(searchModule)) {
    const { measureSearchOnBuild } = await import('./searchLatency.ts');
    const s = await measureSearchOnBuild(dist);
    console.log('\nSearch pages, first load in Chromium (everything fetched, gzip):');
    for (const p of s.pages) {
      console.log(`${('/' + p.path).padEnd(28)}${kb(p.bytes)}`);
      if (p.bytes > BUDGETS.searchPageGz) failures.push(`${p.path}: first load ${kb(p.bytes)} > ${kb(BUDGETS.searchPageGz)}`);
    }
    console.log(`\nSearch: median ${s.medianMs.toFixed(1)} ms from last keystroke to results (${s.samples.length} queries); first query fetched ${kb(s.firstQueryBytes)}`);
    if (s.medianMs > BUDGETS.searchMedianMs) failures.push(`search median ${s.medianMs} ms > ${BUDGETS.searchMedianMs} ms`);
    if (s.firstQueryBytes > BUDGETS.searchFirstQueryBytes) failures.push(`search first query ${kb(s.firstQueryBytes)} > ${kb(BUDGETS.searchFirstQueryBytes)}`);

    // The same search from disk (file://), in the archive of npm run package (issue 25).
    const { measureDiskSearchOnPackage } = await import('./diskSearchLatency.ts');
    const d = await measureDiskSearchOnPackage();
    console.log(`From disk (the package, file://): first results ${d.firstMs.toFixed(0)} ms after pressing "/"; later queries median ${d.medianMs.toFixed(1)} ms, slowest ${d.maxMs.toFixed(1)} ms (${d.samples.length} queries); archive ${kb(d.zipBytes)}`);
    if (d.firstMs > BUDGETS.diskFirstQueryMs) failures.push(`search from disk: first results ${d.firstMs.toFixed(0)} ms > ${BUDGETS.diskFirstQueryMs} ms`);
    if (d.medianMs > BUDGETS.searchMedianMs) failures.push(`search from disk: median ${d.medianMs} ms > ${BUDGETS.searchMedianMs} ms`);
    if (d.zipBytes > BUDGETS.packageBytes) failures.push(`archive ${kb(d.zipBytes)} > ${kb(BUDGETS.packageBytes)}`);
  }

  const { measureLighthouse, CATEGORIES, scored } = await import('./lighthouse.ts');
  const lh = await measureLighthouse(dist);
  console.log('\nLighthouse, mobile (performance, accessibility, best practices, SEO; search pages: SEO not scored):');
  if (typeof lh === 'string') failures.push(`Lighthouse not run: ${lh}`);
  else {
    for (const r of lh) {
      console.log(`${('/' + r.path).padEnd(28)}${CATEGORIES.map((c) => String(r.scores[c]).padStart(5)).join('')}${r.misses.length ? `   below full marks: ${r.misses.join(', ')}` : ''}`);
      for (const c of CATEGORIES) if (scored(r.path, c) && r.scores[c] < BUDGETS.lighthouse) failures.push(`/${r.path}: Lighthouse ${c} ${r.scores[c]} < ${BUDGETS.lighthouse}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(failures.length ? `\nOver budget:\n- ${failures.join('\n- ')}` : '\nAll budgets met.');
process.exit(failures.length ? 1 : 0);
