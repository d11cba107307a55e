import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from './build.ts';
import { ensureChromium } from './chromium.ts';

export const SUB_PATH = '/lessen/clearview-ai/';

declare module 'vitest' {
  export interface ProvidedContext {
    builds: { root: string; sub: string; subPath: string };
    chromium: string;
  }
}

/**
 * Builds the site once at the root and once under a sub-path; the build-output and browser tests
 * share both. TEST_BUILD_DIR reuses an earlier build (for quick local reruns only).
 */
export default function setup(project: TestProject) {
  const chromium = ensureChromium();
  const reuse = process.env.TEST_BUILD_DIR;
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'clearview-site-'));
  const root = join(dir, 'root');
  const sub = join(dir, 'sub');
  if (!reuse || !existsSync(join(root, 'index.html')) || !existsSync(join(sub, 'index.html'))) {
    for (const [out, base] of [[root, '/'], [sub, SUB_PATH]] as const) {
      const result = runBuild(out, { BASE_PATH: base });
      if (result.status !== 0) throw new Error(`Build with BASE_PATH=${base} failed:\n${result.output}`);
    }
  }
  project.provide('builds', { root, sub, subPath: SUB_PATH });
  project.provide('chromium', chromium);
  return () => {
    if (!reuse) rmSync(dir, { recursive: true, force: true });
  };
}
