import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';

// Issue 21: a page's corrections of substance are listed at its end, dated, in the page's language;
// a page without corrections shows no list.
const dist = inject('dist');

/** The rendered corrections list of a built page: [label, text] per entry, or undefined. */
function corrections(path: string): [string, string][] | undefined {
  const html = readPage(dist, path);
  const section = /<section class="corrections"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
  if (section === undefined) return undefined;
  return [...section.matchAll(/<li><strong>([\s\S]*?)<\/strong>\s*([\s\S]*?)<\/li>/g)].map((m) => [m[1]!.replace(/<[^>]+>/g, ''), m[2]!]);
}

describe('corrections at the page end', () => {
  it('are listed, dated, on the home page in Dutch and in English', () => {
    const nl = corrections('nl/')!;
    const en = corrections('en/')!;
    expect(nl.map((c) => c[0])).toEqual(['Correctie, 5 december 2026:', 'Correctie, 5 december 2026:']);
    expect(en.map((c) => c[0])).toEqual(['Correction, 5 December 2026:', 'Correction, 5 December 2026:']);
    expect(nl[1]![1]).toMatch(/51 tot 100/);
    expect(en[1]![1]).toMatch(/51 to 100/);
    expect(readPage(dist, 'nl/')).toMatch(/<h2 id="corrections">Correcties<\/h2>/);
  });

  it('come after the page text and before its sources, with a machine-readable date', () => {
    const html = readPage(dist, 'en/answers-compared/');
    const at = html.indexOf('class="corrections"');
    expect(at).toBeGreaterThan(html.indexOf('id="real-time"'));
    expect(at).toBeLessThan(html.indexOf('class="page-sources"'));
    expect(html).toMatch(/Correction, <time datetime="2026-12-05">5 December 2026<\/time>:/);
  });

  it('are absent from a page without corrections', () => {
    expect(corrections('nl/europa/')).toBeUndefined();
    expect(readPage(dist, 'en/europe/')).not.toMatch(/id="corrections"/);
  });
});

describe('glossary: long and foreign names under the term, marked with their language', () => {
  it("shows CNIL's French name on both pages, and a Dutch word only on the English page", () => {
    const nl = readPage(dist, 'nl/begrippen/');
    const en = readPage(dist, 'en/glossary/');
    for (const html of [nl, en]) expect(html).toMatch(/<h2 id="cnil">CNIL<\/h2>[\s\S]*?<span lang="fr">Commission nationale de l&#39;informatique et des libertés<\/span>/);
    expect(en).toMatch(/<h2 id="penalty-payment">Penalty payment<\/h2>[\s\S]*?<span lang="nl">dwangsom<\/span>/);
    expect(nl).not.toMatch(/<span lang="nl">dwangsom<\/span>/);
  });
});
