import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import {
  DISK_ENGINE_FILE,
  DISK_FOLDER,
  DISK_HIGHLIGHT_FILE,
  dataScript,
  dialogScript,
  diskDataFile,
  diskDialogFile,
  diskLang,
  engineScript,
  type DiskData,
} from '../lib/search/disk.ts';
import { LOCALES } from '../lib/locales.ts';
import { searchPagePath } from '../lib/search/search.ts';

/**
 * For the copy that opens from disk (`npm run package`): Pagefind's files of each language as one
 * classic script, Pagefind's engine and highlighter as classic scripts, and each search page's
 * dialog as one, all in pagefind/disk/ (lib/search/disk.ts explains the design; the browser side is
 * src/scripts/search/disk.ts). Pagefind's own files stay as they are, for the same copy on a server.
 */

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

const SIGNATURE = 'pagefind_dcd';

/** Paths of every file under `dir`, with `/`, relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replace(/\\/g, '/'));
}

/**
 * A fragment (JSON once unpacked) is kept unpacked, as text: zipped with the others of its
 * language it takes less room than its gzip in base64. Any other file stays as Pagefind wrote it.
 */
function fragmentText(gzipped: Buffer): string | null {
  const raw = gunzipSync(gzipped);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

/** Every file of one language: entry, metadata, its WebAssembly, and its index, filter and fragment chunks. */
function languageData(bundle: string, files: string[], lang: string, index: Entry['languages'][string]): DiskData {
  const data: DiskData = { text: { 'pagefind-entry.json': readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8') }, base64: {} };
  const own = [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm || 'unknown'}.pagefind`, ...files.filter((f) => /^(index|filter|fragment)\//.test(f) && f.split('/')[1]!.startsWith(`${lang}_`))];
  for (const file of own) {
    const bytes = readFileSync(join(bundle, file));
    const text = file.startsWith('fragment/') ? fragmentText(bytes) : null;
    if (text !== null) data.text[file] = text;
    else data.base64[file] = bytes.toString('base64');
  }
  return data;
}

/** The `<template data-search-dialog-template>` element of a search page (it holds a nested template). */
export function dialogTemplate(html: string, file: string): string {
  const open = '<template data-search-dialog-template>';
  const start = html.indexOf(open);
  if (start === -1) throw new Error(`${file}: no <template data-search-dialog-template>`);
  const tags = /<template\b|<\/template>/g;
  tags.lastIndex = start + open.length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</template>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`${file}: the dialog <template> is not closed`);
}

/** Pagefind's ES module as a classic script (`globalName` receives its exports, if given). */
function classic(code: string, file: string, globalName?: string): string {
  const result = transformSync(code, {
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    // Pagefind finds its folder from import.meta.url unless told (the site passes basePath).
    define: { 'import.meta.url': 'undefined' },
    minify: true,
    logLevel: 'silent',
  });
  if (result.warnings.length) throw new Error(`${file} as a classic script: ${result.warnings.map((w) => w.text).join('; ')}`);
  if (/\bimport\.meta\b|\bimport\(/.test(result.code)) throw new Error(`${file} as a classic script still imports`);
  return result.code;
}

export function writeDiskSearch(site: string): { files: string[]; bytes: number } {
  const bundle = join(site, 'pagefind');
  const out = join(bundle, DISK_FOLDER);
  const files = filesIn(bundle);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
  const written: Record<string, string> = {};

  const langs = Object.keys(entry.languages);
  for (const file of files.filter((f) => /^(index|filter|fragment)\//.test(f))) {
    if (!langs.some((lang) => file.split('/')[1]!.startsWith(`${lang}_`))) throw new Error(`pagefind/${file}: belongs to no language of the index`);
  }
  for (const [lang, index] of Object.entries(entry.languages)) {
    if (diskLang(lang) !== lang) throw new Error(`pagefind/pagefind-entry.json: language "${lang}" is not one the disk files can name`);
    written[diskDataFile(lang)] = dataScript(lang, languageData(bundle, files, lang, index));
  }
  written[DISK_ENGINE_FILE] = engineScript(classic(readFileSync(join(bundle, 'pagefind.js'), 'utf8'), 'pagefind.js', 'pagefindEngine'));
  written[DISK_HIGHLIGHT_FILE] = classic(readFileSync(join(bundle, 'pagefind-highlight.js'), 'utf8'), 'pagefind-highlight.js');
  for (const lang of LOCALES) {
    const page = join(site, searchPagePath(lang), 'index.html');
    written[diskDialogFile(lang)] = dialogScript(lang, dialogTemplate(readFileSync(page, 'utf8'), relative(site, page)));
  }

  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [name, text] of Object.entries(written)) {
    writeFileSync(join(out, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: Object.keys(written).map((name) => `pagefind/${DISK_FOLDER}/${name}`), bytes };
}
