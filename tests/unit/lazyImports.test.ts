import { describe, expect, it } from 'vitest';
import { lazyImports } from '../../src/build/lazyImports.ts';

type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;

/** The helper module the plugin gives Vite, loaded as a module of its own. */
async function helper(): Promise<Preload> {
  const load = lazyImports().load as (id: string) => string | null;
  const code = load('\0vite/preload-helper.js');
  expect(code).toEqual(expect.any(String));
  const mod = (await import(`data:text/javascript,${encodeURIComponent(code!)}`)) as { __vitePreload: Preload };
  return mod.__vitePreload;
}

describe('lazyImports (the helper Vite wraps around import())', () => {
  it('only imports: no preloading, no <link> elements, the chunk as import() gives it', async () => {
    const preload = await helper();
    await expect(preload(() => Promise.resolve('chunk'), [])).resolves.toBe('chunk');
    await expect(preload(() => Promise.resolve('chunk'))).resolves.toBe('chunk');
    // The chunk's own JavaScript (and a shared helper chunk) comes with import() itself.
    await expect(preload(() => Promise.resolve('chunk'), ['_astro/ui.abc.js', '_astro/preload-helper.def.js'])).resolves.toBe('chunk');
  });

  it('refuses loudly when a lazy chunk gains CSS to preload, which it would otherwise drop', async () => {
    const preload = await helper();
    await expect(preload(() => Promise.resolve('chunk'), ['_astro/ui.abc.js', '_astro/search.css'])).rejects.toThrow(/CSS dependencies: _astro\/search\.css$/);
  });

  it('leaves every other module to Vite', () => {
    const load = lazyImports().load as (id: string) => string | null;
    expect(load('/src/scripts/search.ts')).toBeNull();
  });
});
