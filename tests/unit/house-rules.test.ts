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
  it('no source file is over 250 lines: one job per file', () => {
    const long = files('src')
      .filter((f) => /\.(ts|astro|js|css)$/.test(f))
      .map((f) => [f, readFileSync(join(root, f), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });
  it('every interface string is used: written out, or as the fixed start of a key built in code', () => {
    const code = files('src')
      .filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith('src/i18n/'))
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n');
    const keys = [...readFileSync(join(root, 'src/i18n/nl.ts'), 'utf8').matchAll(/^\s+'([a-zA-Z0-9.]+)':/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    // Keys built in code, such as `part.${kind}`, count through their fixed start.
    const prefixes = [...code.matchAll(/`([a-zA-Z0-9.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = keys.filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
  it('components and layouts only render: under 100 lines of frontmatter logic in all', () => {
    // Logic lines: what is left of a frontmatter after imports, comments, types and props, and the
    // one destructuring of Astro.props / Astro.locals. What is derived belongs in src/lib/ or the
    // page context (src/lib/pageContext.ts), computed once and unit-tested.
    const count = (file: string) => {
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? '';
      return fm
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(export )?interface \w+[^{]*\{[\s\S]*?\n\}/g, '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('//') && !l.startsWith('import ') && !/^const \{[^}]*\} = Astro\.(props|locals);$/.test(l) && !/^type \w+ = /.test(l)).length;
    };
    const astro = [...files('src/components'), ...files('src/layouts')].filter((f) => f.endsWith('.astro'));
    const lines = Object.fromEntries(astro.map((f) => [f, count(f)]).filter(([, n]) => (n as number) > 0));
    const total = Object.values(lines).reduce((a, b) => (a as number) + (b as number), 0) as number;
    expect(total, JSON.stringify(lines, null, 1)).toBeLessThan(100);
  });
});

