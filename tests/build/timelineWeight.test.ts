import { describe, expect, inject, it } from 'vitest';
import { contentPages } from '../support/contentPages.ts';
import { pageWeight } from '../bench/pageWeight.ts';

// Issue 23's budget, as `npm run bench` measures it (the same function, gzip level 9, KB = 1024
// bytes): the timeline page's first load (HTML, its stylesheets, its scripts and what they import
// statically) at most 24 KB in both languages, its JavaScript at most 5 KB. Here so that
// `npm test` fails when the page grows over it, not only the bench.
const KB = 1024;
const TIMELINE_GZ = 24 * KB;
const TIMELINE_JS_GZ = 5 * KB;

const dist = inject('dist');
const timelines = contentPages().filter((p) => p.kind === 'timeline');

describe('the timeline page within its weight', () => {
  it('has a page in each language', () => {
    expect(timelines.map((p) => p.lang).sort()).toEqual(['en', 'nl']);
  });

  it.each(timelines.map((p) => [p.path]))('%s: first load ≤ 24 KB gzip, JavaScript ≤ 5 KB', (path) => {
    const w = pageWeight(dist, '/', path);
    const detail = `html ${w.htmlGz}, css ${w.cssGz}, js ${w.jsGz} bytes`;
    // What is counted is really there: the page, its site sheet and its scripts.
    expect(w.htmlGz, detail).toBeGreaterThan(5 * KB);
    expect(w.cssGz, detail).toBeGreaterThan(2 * KB);
    expect(w.jsGz, detail).toBeGreaterThan(1 * KB);
    expect(w.jsGz, detail).toBeLessThanOrEqual(TIMELINE_JS_GZ);
    expect(w.totalGz, detail).toBeLessThanOrEqual(TIMELINE_GZ);
  });
});
