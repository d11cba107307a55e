import { spawn, spawnSync } from 'node:child_process';
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

/**
 * An npm script of the project (`npm run <script> --silent -- ...args`), without blocking: for the
 * builds globalSetup makes while the first tests run.
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script, '--silent', ...(args.length ? ['--', ...args] : [])], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ status: null, output: `${output}\n${err}`, ms: Date.now() - started }));
    child.on('close', (status) => resolve({ status, output, ms: Date.now() - started }));
  });
}
