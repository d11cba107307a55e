import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/build.ts';
import { ready } from '../../support/ready.ts';

// A bad content file must stop the real build with a message naming file, record and field.
// Each case is a folder beside this test: its `content/` is laid over a copy of the project's
// content/, and the files its `remove.txt` names are deleted from the copy; then `astro build`
// runs on the copy.
const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'clearview-bad-'));
// Two astro builds cannot run at once (they share .astro/): wait for globalSetup's.
beforeAll(() => ready('based', 'packaged'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildCase(name: string): string {
  const fixture = join(here, name);
  expect(existsSync(fixture), `fixture folder ${fixture}`).toBe(true);
  const content = join(work, name, 'content');
  cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
  if (existsSync(join(fixture, 'content'))) cpSync(join(fixture, 'content'), content, { recursive: true });
  if (existsSync(join(fixture, 'remove.txt'))) {
    for (const line of readFileSync(join(fixture, 'remove.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
      const target = join(work, name, line);
      expect(existsSync(target), `${name}/remove.txt names ${line}, which the content does not have`).toBe(true);
      rmSync(target);
    }
  }
  // Astro's own command line, run by the Node that runs the tests (npx would start one more).
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      OUT_DIR: join(work, name, 'dist'),
      ASTRO_CACHE_DIR: join(work, name, 'cache'),
    },
    encoding: 'utf8',
  });
  expect(result.status, 'the build must fail').not.toBe(0);
  return `${result.stdout}\n${result.stderr}`;
}

// Each case is a whole astro build: its time is the build's, so it gets the hook's budget.
describe('a bad content file fails the build, naming file, record and field', { timeout: 240_000 }, () => {
  it('a page without a title (no-title/)', () => {
    const out = buildCase('no-title');
    expect(out).toMatch(/en\/about\.mdx/);
    expect(out).toMatch(/title.*Required|Required.*title/s);
  });

  it('a timeline event with an unknown category (bad-category/)', () => {
    expect(buildCase('bad-category')).toMatch(/timeline\/2099\.yaml: record 1 \(id "test-bad-category"\): field "category": /);
  });

  it('a file no collection reads, which would vanish without a word (stray-file/)', () => {
    expect(buildCase('stray-file')).toMatch(/content\/nl\/extra\.md: not part of any collection/);
  });

  it('a page whose English twin is missing (no-twin/)', () => {
    expect(buildCase('no-twin')).toMatch(/content\/nl\/over-deze-site\.mdx: translationKey "about" has no English page in content\/en\//);
  });
});
