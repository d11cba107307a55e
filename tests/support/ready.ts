import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** The builds globalSetup finishes while the first tests run (see globalSetup.ts). */
export type LaterBuild = 'based' | 'packaged';

/** Marker files globalSetup writes in its build folder when a later build is done or failed. */
export const marker = (dir: string, name: LaterBuild, ok: boolean) => join(dir, `${name}.${ok ? 'ok' : 'failed'}`);

/**
 * Waits until globalSetup's build `name` is on disk; fails with the build's output if it failed.
 * Call it in a beforeAll of every file that reads that build (or, for bad-content, that runs an
 * astro build of its own: two builds cannot run at once).
 */
export async function ready(...names: LaterBuild[]): Promise<void> {
  const dir = inject('buildDir');
  for (const name of names) {
    while (!existsSync(marker(dir, name, true))) {
      if (existsSync(marker(dir, name, false))) throw new Error(readFileSync(marker(dir, name, false), 'utf8'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
