import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic import() with (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each `import()` in a helper that first preloads the chunk's dependencies: its CSS,
 * and (unless build.modulePreload is false, as here) its JavaScript. Our lazy chunks (search, Cite
 * this) import no CSS (they load their stylesheet themselves) and modulePreload is off, so the
 * helper has nothing to do, yet it was 1.8 KB of every page's first load (0.9 KB gzip). This
 * plugin loads a helper that only imports. Vite still names a lazy chunk's JavaScript (the chunk,
 * the helper's own chunk when it is shared): import() brings those itself. Should a lazy chunk ever
 * import CSS, Vite would pass it as a dependency and this helper refuses loudly (tests/build/output.test.ts checks that no page
 * script ships the full helper; the browser tests open every lazy chunk).
 */
export function lazyImports(): Plugin {
  return {
    name: 'clearview:lazy-imports',
    apply: 'build',
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return `export const __vitePreload = (load, deps) => { const css = (deps || []).filter((d) => /\\.css$/.test(d)); return css.length ? Promise.reject(new Error('lazy chunk with CSS dependencies: ' + css.join(', '))) : load(); };`;
    },
  };
}
