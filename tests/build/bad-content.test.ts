import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build.ts';
import { ready } from '../support/ready.ts';

// A bad content file must stop the real build with a message naming file, record and field.
// Each case copies content/, breaks one thing and runs `astro build` on the copy.
const work = mkdtempSync(join(tmpdir(), 'clearview-bad-'));
// Two astro builds cannot run at once (they share .astro/): wait for globalSetup's.
beforeAll(() => ready('based', 'packaged'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, breakIt: (content: string) => void): string {
  const content = join(work, name, 'content');
  cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build'], {
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

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('a bad content file fails the build, naming file, record and field', () => {
  it('a page without a title', () => {
    const out = buildWith('no-title', (c) => edit(join(c, 'en/about.mdx'), /^title: .*$/m, ''));
    expect(out).toMatch(/en\/about\.mdx/);
    expect(out).toMatch(/title.*Required|Required.*title/s);
  });

  it('a timeline event with an unknown category', () => {
    const out = buildWith('bad-category', (c) => edit(join(c, 'timeline/2020.yaml'), /category: "?media"?/, 'category: "gossip"'));
    expect(out).toMatch(/timeline\/2020\.yaml: record \d+ \(id "[a-z0-9-]+"\): field "category": /);
  });

  it('a file no collection reads (it would vanish without a word)', () => {
    const out = buildWith('stray-file', (c) => writeFileSync(join(c, 'nl/extra.md'), '# Vergeten pagina\n'));
    expect(out).toMatch(/content\/nl\/extra\.md: not part of any collection/);
  });

  it('a page whose English twin is missing', () => {
    const out = buildWith('no-twin', (c) => rmSync(join(c, 'en/about.mdx')));
    expect(out).toMatch(/content\/nl\/over-deze-site\.mdx: translationKey "about" has no English page in content\/en\//);
  });
});
