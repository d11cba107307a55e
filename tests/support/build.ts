import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
  status: number | null;
  output: string;
  ms: number;
}

/** Runs the project's real build command (astro build, then pagefind) into `outDir`. */
export function runBuild(outDir: string, env: Record<string, string> = {}): BuildResult {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    // vitest sets NODE_ENV=test, which would make Astro build a non-production site.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms: Date.now() - started };
}
