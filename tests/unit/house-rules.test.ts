import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('house rules', () => {
  it('src/lib is pure: no astro:* imports, no DOM, no file system', () => {
    for (const file of files('src/lib')) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"]astro:/);
      expect(text, file).not.toMatch(/\b(document|window)\./);
      expect(text, file).not.toMatch(/from ['"](node:)?fs/);
    }
  });
  it('no words live in src/: pages and data are in content/', () => {
    expect(files('src').filter((f) => /\.(mdx?|ya?ml)$/.test(f))).toEqual([]);
  });
  it('client scripts never write into innerHTML', () => {
    for (const file of files('src/scripts')) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
