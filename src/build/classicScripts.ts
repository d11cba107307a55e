import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * A page opened from disk (file://) may not load module scripts: browsers fetch them with CORS,
 * which file:// cannot answer. For the copy made to open from disk, each page's scripts are
 * bundled once more into plain (classic, deferred) scripts with everything they import inside.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export async function classicScripts(out: string): Promise<number> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  const scripts = new Set<string>();
  for (const page of pages) {
    for (const m of (await readFile(page, 'utf8')).matchAll(MODULE_SCRIPT)) scripts.add(resolve(dirname(page), m[1]!));
  }
  if (scripts.size === 0) return 0;
  const result = await build({
    entryPoints: [...scripts],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outdir: join(out, '_astro'),
    // The bundler's helper for dynamic imports asks import.meta where the script is; a classic
    // script knows it as document.currentScript while it first runs. (Its dynamic imports are
    // bundled in here anyway, so the helper has nothing to fetch.)
    banner: { js: 'var __classicScriptUrl = document.currentScript && document.currentScript.src;' },
    define: { 'import.meta.url': '__classicScriptUrl', 'import.meta.resolve': 'undefined' },
    entryNames: '[name].classic',
    allowOverwrite: true,
    logLevel: 'silent',
    write: true,
  });
  const problems = [...result.errors, ...result.warnings].map((m) => m.text);
  if (problems.length) throw new Error(`Making scripts for file:// failed: ${problems.join('; ')}`);
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const next = html.replace(MODULE_SCRIPT, (_m, src: string) => `<script defer src="${src.replace(/\.js$/, '.classic.js')}"></script>`);
    if (next !== html) await writeFile(page, next);
  }
  for (const script of scripts) {
    const classic = script.replace(/\.js$/, '.classic.js');
    const text = await readFile(classic, 'utf8');
    if (/\bimport\.meta\b/.test(text)) throw new Error(`${relative(out, classic)} uses import.meta, which a classic script cannot`);
  }
  return scripts.size;
}
