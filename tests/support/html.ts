import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Small, dependency-free readers for built HTML (enough for well-formed Astro output). */
export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path, path.endsWith('/') || path === '' ? 'index.html' : ''), 'utf8');
}

export function attrValues(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[1]!));
}

export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

export function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function htmlLang(html: string): string | undefined {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
}

export function title(html: string): string | undefined {
  const t = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return t === undefined ? undefined : decode(t);
}

/**
 * What a built page refers to, as written in its HTML: every link (`<a href>`, SVG ones too), the
 * stylesheets, and everything else the page loads or names (`<link href>`, `src`).
 */
export function references(html: string): { links: string[]; stylesheets: string[]; resources: string[] } {
  const links = attrValues(html, 'a', 'href');
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\srel="stylesheet"/.test(tag)).flatMap((tag) => attrValues(tag, 'link', 'href'));
  const resources = [...attrValues(html, 'link', 'href'), ...['script', 'img', 'source', 'iframe', 'audio', 'video', 'track', 'embed'].flatMap((tag) => attrValues(html, tag, 'src'))];
  return { links, stylesheets, resources };
}

/** Every page a build wrote (not Pagefind's or Astro's files), as site paths: '', 'nl/', 'nl/zoeken/', '404.html'. */
export function builtPages(dist: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dist, prefix)).sort()) {
    if (statSync(join(dist, prefix, name)).isDirectory()) {
      if (prefix === '' && ['pagefind', '_astro'].includes(name)) continue;
      out.push(...builtPages(dist, `${prefix}${name}/`));
    } else if (name === 'index.html') out.push(prefix);
    else if (name.endsWith('.html')) out.push(`${prefix}${name}`);
  }
  return out;
}

/**
 * A few pages that between them load every script and stylesheet any page of the build names (the
 * first page that adds the most, until none is left): loading these in a browser runs all of the
 * build's code at least once.
 */
export function pagesLoadingEverything(dist: string): string[] {
  const needs = builtPages(dist).map((path) => {
    const base = new URL(path, 'http://site/');
    const code = references(readPage(dist, path)).resources.filter((href) => /\.(m?js|css)(\?|$)/.test(href)).map((href) => new URL(href, base).pathname);
    return { path, code: new Set(code) };
  });
  const left = new Set(needs.flatMap((n) => [...n.code]));
  const out: string[] = [];
  while (left.size > 0) {
    const gain = (n: (typeof needs)[number]) => [...n.code].filter((c) => left.has(c)).length;
    const best = needs.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    out.push(best.path);
    for (const c of best.code) left.delete(c);
  }
  return out;
}
