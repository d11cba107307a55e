import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Versions in step: the project reads MDX tags with the same satteri that Astro's MDX integration
// compiles pages with (two copies could parse the same file differently), and says which Node it
// really needs.
const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };

/** The package.json of `name` as `from` would import it. */
function installed(name: string, from: string): { dir: string; version: string } {
  const req = createRequire(from);
  // Walk up from the resolved entry to the package's own package.json.
  let dir = dirname(req.resolve(name));
  while (!dir.endsWith(`/node_modules/${name}`)) dir = dirname(dir);
  return { dir, version: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version };
}

describe('versions in step', () => {
  it('one satteri: the project imports the copy Astro\'s MDX uses', () => {
    const ours = installed('satteri', join(root, 'package.json'));
    const astros = installed('satteri', require.resolve('@astrojs/markdown-satteri'));
    expect(ours).toEqual(astros);
  });
  it('engines.node says what Astro 7 and Vitest 5 need, as the node devDependency supplies', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.devDependencies.node).toMatch(/^\^22\.12/);
  });
});
