import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  /** Font files the stylesheets load (the site uses the system's fonts today: 0). */
  fontGz: number;
  totalGz: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/**
 * What a first visit to one page downloads, gzipped: the HTML, its stylesheets, its module
 * scripts and every module they import statically (dynamic imports, such as search, are not
 * part of the first load), and the font files the stylesheets point to. Icons are left out.
 */
export function pageWeight(dist: string, base: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  // Links are relative to the page; a rooted one (under the base) is read from the site's root.
  const local = (url: string) => (url.startsWith('/') ? join(dist, url.startsWith(base) ? url.slice(base.length) : url) : join(dist, path, url));
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => local(m[1]!));
  const js = new Set<string>();
  const queue = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => local(m[1]!));
  while (queue.length) {
    const file = queue.shift()!;
    if (js.has(file) || !existsSync(file)) continue;
    js.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      queue.push(join(file, '..', m[1]!));
    }
  }
  const cssGz = css.reduce((n, f) => n + gz(readFileSync(f)), 0);
  const fonts = new Set(
    css.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)].map((m) => join(f, '..', m[1]!))),
  );
  const fontGz = [...fonts].filter((f) => existsSync(f)).reduce((n, f) => n + gz(readFileSync(f)), 0);
  const jsGz = [...js].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const htmlGz = gz(html);
  return { path, htmlGz, cssGz, jsGz, fontGz, totalGz: htmlGz + cssGz + jsGz + fontGz };
}
