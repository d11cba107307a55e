import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { relativizeCss, relativizeHtml } from '../lib/urls/relativeAssets.ts';
import { robotsTxt } from '../lib/urls/sitemapLinks.ts';
import { sitePathOfFile } from '../lib/urls/urls.ts';
import { checkOutput } from './checkOutput.ts';
import { classicScripts } from './classicScripts.ts';
import { writeServerFiles } from './serverFiles.ts';

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));
}

/**
 * What the build does after Astro has written dist/: the files Astro bundles become relative to
 * each page (so one build works in any folder), the copy for opening from disk gets scripts a
 * file:// page can run, and Pagefind indexes the pages through its Node API.
 */
export function siteIntegration(options: { fileLinks: boolean; site?: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'clearview-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const file of await filesUnder(out, '.html')) {
          const sitePath = sitePathOfFile(relative(out, file));
          await writeFile(file, relativizeHtml(await readFile(file, 'utf8'), sitePath, base));
        }
        for (const file of await filesUnder(join(out, '_astro'), '.css')) {
          await writeFile(file, relativizeCss(await readFile(file, 'utf8'), base));
        }
        if (options.fileLinks) {
          const count = await classicScripts(out);
          logger.info(`file:// copy: ${count} scripts made classic`);
        }
        await checkOutput(out, base, options.fileLinks);
        writeServerFiles(out, base);
        if (options.site) {
          const sitemap = new URL(`${base}sitemap-index.xml`, options.site).href;
          await writeFile(join(out, 'robots.txt'), robotsTxt(sitemap));
        }
        await indexForSearch(out, logger);
      },
    },
  };
}

/** One index per language (Pagefind reads <html lang>), from <main data-pagefind-body>. */
async function indexForSearch(out: string, logger: { info(m: string): void }): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // The site searches through Pagefind's JavaScript API on the main thread (src/scripts/search/):
  // the ready-made UIs and the worker are never loaded, so they are not shipped either.
  for (const file of UNUSED_PAGEFIND_FILES) await rm(join(out, 'pagefind', file), { force: true });
  // The engine for a language without its own (wasm.unknown.pagefind) is only loaded for a page
  // whose language has none; every language of this site has its own, so it is not shipped either
  // (55 KB, which the offline package needs for its disk search).
  const entry = JSON.parse(await readFile(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
  if (Object.values(entry.languages).every((l) => l.wasm && l.wasm !== 'unknown')) await rm(join(out, 'pagefind', 'wasm.unknown.pagefind'), { force: true });
  logger.info(`Pagefind indexed ${added.page_count} pages`);
  await pagefind.close();
}

export const UNUSED_PAGEFIND_FILES = [
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-worker.js',
];
