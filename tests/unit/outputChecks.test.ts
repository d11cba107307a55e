import { describe, expect, it } from 'vitest';
import { moduleScripts, rootedCssReferences, rootedReferences, rootedScriptReferences } from '../../src/lib/head/outputChecks.ts';
import { relativizeHtml } from '../../src/lib/urls/relativeAssets.ts';

// The build's last check reads attributes its own way, so what the rewrite (relativeAssets.ts)
// misses is caught here rather than missed the same way twice.
describe('the checks after the rewrites', () => {
  it('find references from the server root however the attribute is written', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css">',
      "<script type=module src='/_astro/b.js'></script>",
      '<img srcset="pic.png 1x, /_astro/pic@2x.png 2x" alt="">',
      '<link rel=modulepreload href=/_astro/c.js>',
      '<a href="//elsewhere.example/">x</a>',
    ].join('\n');
    expect(rootedReferences(html)).toEqual(['href="/_astro/a.css"', 'src="/_astro/b.js"', 'srcset="/_astro/pic@2x.png"', 'href="/_astro/c.js"', 'href="//elsewhere.example/"']);
  });
  it('catch what the rewrite leaves: single quotes, unquoted values and srcset are not rewritten', () => {
    const html = "<script type=module src='/uitleg/_astro/b.js'></script><link href=/uitleg/_astro/a.css rel=stylesheet>";
    const rewritten = relativizeHtml(html, 'nl/', '/uitleg/');
    expect(rootedReferences(rewritten, '/uitleg/')).toEqual([
      'src="/uitleg/_astro/b.js" (starts with the base path /uitleg/)',
      'href="/uitleg/_astro/a.css" (starts with the base path /uitleg/)',
    ]);
  });
  it('pass relative, absolute-with-scheme, fragment and data references', () => {
    const html = '<link rel="stylesheet" href="../_astro/a.css"><a href="#q3">q</a><a href="https://example.org/">e</a><link rel="canonical" href="https://scholen.example/uitleg/nl/"><img src="data:image/png;base64,AA" alt=""><a href="index.html">i</a>';
    expect(rootedReferences(html, '/uitleg/')).toEqual([]);
    expect(rootedReferences('<p data-note="/not-a-url">a / b</p>')).toEqual([]);
    // The 404 page's home links (found again by its script) may start from the root; its assets may not.
    expect(rootedReferences('<a href="/nl/">home</a><link rel="icon" href="/favicon.svg">', '/', { links: false })).toEqual(['href="/favicon.svg"']);
  });
  it('find rooted url() and @import in stylesheets, and rooted chunks in scripts', () => {
    expect(rootedCssReferences('a{background:url(/_astro/x.svg)} b{background:url("./y.svg")} @import "/_astro/z.css";')).toEqual(['url(/_astro/x.svg)', '@import "/_astro/z.css"']);
    expect(rootedScriptReferences('import("./chunk.js");const u="/uitleg/_astro/chunk.js"', '/uitleg/')).toEqual(['/uitleg/_astro/chunk.js (starts with the base path /uitleg/)']);
    expect(rootedScriptReferences('import("./chunk.js")')).toEqual([]);
  });
  it('find module scripts in any spelling, and leave classic ones', () => {
    expect(moduleScripts('<script type="module" src="a.js"></script><script src=b.js type=MODULE></script><script defer src="c.classic.js"></script><script type="application/ld+json">{}</script>')).toHaveLength(2);
  });
});

describe('the build step that runs them', () => {
  it('stops on a rooted reference or a module script left in the copy for disk, naming the file', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkOutput } = await import('../../src/build/checkOutput.ts');
    const out = mkdtempSync(join(tmpdir(), 'check-output-'));
    mkdirSync(join(out, 'nl'));
    mkdirSync(join(out, '_astro'));
    writeFileSync(join(out, 'nl', 'index.html'), '<link rel="stylesheet" href="../_astro/a.css"><script type="module" src="../_astro/b.js"></script>');
    writeFileSync(join(out, '_astro', 'a.css'), 'a{color:red}');
    writeFileSync(join(out, '404.html'), '<a href="/nl/">home</a>');
    await expect(checkOutput(out, '/', false)).resolves.toBeUndefined();
    await expect(checkOutput(out, '/', true)).rejects.toThrow(/nl\/index\.html: module script left in the copy for disk/);
    writeFileSync(join(out, '_astro', 'a.css'), 'a{background:url(/_astro/x.svg)}');
    await expect(checkOutput(out, '/', false)).rejects.toThrow(/_astro\/a\.css: url\(\/_astro\/x\.svg\)/);
  });
});
