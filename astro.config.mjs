// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { normalizeBase } from './src/lib/base.ts';

// BASE_PATH lets one build live under a sub-path (e.g. a school's /lessen/clearview/).
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  outDir: process.env.OUT_DIR || './dist',
  // Tests that build deliberately broken content use their own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Everything external so a strict Content-Security-Policy (no 'unsafe-inline') fits.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
