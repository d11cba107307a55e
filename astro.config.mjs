// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { normalizeBase } from './src/lib/urls/base.ts';
import { DEFAULT_LANG, LOCALES } from './src/lib/locales.ts';
import { parseLinkFormat } from './src/lib/urls/urls.ts';
import { siteIntegration } from './src/build/siteIntegration.ts';
import { lazyImports } from './src/build/lazyImports.ts';
import { builtFileOf, hreflangLinks } from './src/lib/urls/sitemapLinks.ts';

// Links are relative to each page, so one build works at the root of a server, in any folder and
// (LINK_FORMAT=file, made by `npm run package`) from disk. BASE_PATH and SITE_URL are only needed
// for absolute addresses: canonical and hreflang links, sitemap and robots.txt.
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || undefined;
const linkFormat = parseLinkFormat(process.env.LINK_FORMAT);
const outDir = process.env.OUT_DIR || './dist';

if (!site) {
  // Said once per build: link previews (og:image) need an absolute URL too.
  const previews = linkFormat === 'file' ? '' : ' Link previews need SITE_URL as well: the preview images are built (previews/), but no page names them.';
  console.log(`[clearview] SITE_URL is not set: no sitemap, robots.txt or absolute URLs are written.${previews}`);
}

export default defineConfig({
  base,
  site,
  outDir,
  // Tests that build deliberately broken content use their own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Everything external so a strict Content-Security-Policy (no 'unsafe-inline') fits.
    inlineStylesheets: 'never',
  },
  vite: {
    // Lazy chunks (search, Cite this) have no dependencies to preload: no modulepreload, and a
    // helper around import() that only imports (src/build/lazyImports.ts).
    build: { assetsInlineLimit: 0, modulePreload: false },
    plugins: [lazyImports()],
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    siteIntegration({ fileLinks: linkFormat === 'file', site }),
    ...(site
      ? [
          sitemap({
            // The search pages, the lessons' worksheets (handouts: the lesson is the page) and the
            // timeline's embed view are not content: they say so with noindex.
            filter: (page) => !/\/(zoeken|search|werkblad|worksheet|embed)\/$/.test(page),
            // Each page's alternates as its own <link hreflang> tags give them (slugs differ per language).
            serialize: (item) => ({ ...item, links: hreflangLinks(readFileSync(join(outDir, builtFileOf(item.url, base)), 'utf8')) }),
          }),
        ]
      : []),
  ],
  devToolbar: { enabled: false },
});
