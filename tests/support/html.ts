import { readFileSync } from 'node:fs';
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
