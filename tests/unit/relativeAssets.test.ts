import { describe, expect, it } from 'vitest';
import { rootedReferences } from '../../src/lib/head/outputChecks.ts';
import { relativizeCss, relativizeHtml } from '../../src/lib/urls/relativeAssets.ts';
import { builtFileOf, hreflangLinks, robotsTxt } from '../../src/lib/urls/sitemapLinks.ts';

describe('bundled files relative to the page', () => {
  const html = '<link rel="stylesheet" href="/sub/_astro/a.css"><script type="module" src="/sub/_astro/b.js"></script><a href="/sub/nl/">x</a><img src="/sub/_astro/c.svg">';
  it('rewrites stylesheet and script paths from the server root to the page', () => {
    const out = relativizeHtml(html, 'nl/kamervragen-2020/', '/sub/');
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('src="../../_astro/b.js"');
    expect(out).toContain('src="../../_astro/c.svg"');
    // Only Astro's bundle folder: other links are the URL helper's business.
    expect(out).toContain('href="/sub/nl/"');
    // What the build's check (outputChecks.ts) then finds: only the link the helper owns.
    expect(rootedReferences(out, '/sub/')).toEqual(['href="/sub/nl/" (starts with the base path /sub/)']);
    expect(rootedReferences(html, '/sub/')).toHaveLength(4);
  });
  it('works for the root page and the default base', () => {
    expect(relativizeHtml('<link href="/_astro/a.css">', '', '/')).toBe('<link href="_astro/a.css">');
    expect(relativizeHtml('<link href="/_astro/a.css">', '404.html', '/')).toBe('<link href="_astro/a.css">');
  });
  it('rewrites url() in stylesheets that live in _astro/', () => {
    expect(relativizeCss('a{background:url(/_astro/x.woff2)} b{src:url("/_astro/y.woff2")}', '/')).toBe('a{background:url(./x.woff2)} b{src:url("./y.woff2")}');
  });
});

describe('sitemap and robots', () => {
  it('reads a page\'s language versions from its own hreflang links', () => {
    const head = '<link rel="canonical" href="https://e.org/nl/a/"><link rel="alternate" hreflang="nl" href="https://e.org/nl/a/"><link rel="alternate" hreflang="en" href="https://e.org/en/b/?x=1&amp;y=2">';
    expect(hreflangLinks(head)).toEqual([
      { lang: 'nl', url: 'https://e.org/nl/a/' },
      { lang: 'en', url: 'https://e.org/en/b/?x=1&y=2' },
    ]);
  });
  it('finds the built file of a sitemap URL', () => {
    expect(builtFileOf('https://e.org/sub/nl/bronnen/', '/sub/')).toBe('nl/bronnen/index.html');
    expect(builtFileOf('https://e.org/', '/')).toBe('index.html');
  });
  it('points robots at the sitemap', () => {
    expect(robotsTxt('https://e.org/sitemap-index.xml')).toMatch(/^Sitemap: https:\/\/e\.org\/sitemap-index\.xml$/m);
  });
});
