import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { TestProject } from 'vitest/node';
import { runBuild, runScript } from './build.ts';
import { testChromiumPath } from './chromium.ts';
import { marker } from './ready.ts';

/** A folder the one build is also served under, as a school's intranet would. */
export const FOLDER = '/lessen/clearview-ai/';
/** The build for a known address: absolute canonical and hreflang links, sitemap, robots.txt. */
export const BASED = { base: '/uitleg/clearview/', site: 'https://scholen.example' };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The ordinary `npm run build`, served at the root and under FOLDER by the tests. */
    dist: string;
    folder: string;
    /** What `npm run build` printed for `dist`. */
    buildOutput: string;
    based: { dist: string; base: string; site: string };
    /** `npm run package`: the zip, and the folder it was unpacked into. */
    packaged: { zip: string; unpacked: string };
    chromium: string;
    /** Where the builds are, with the marker files of the later builds (tests/support/ready.ts). */
    buildDir: string;
  }
}

function unzip(zip: string, into: string): void {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const target = join(into, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

/**
 * Builds the site once as a reader gets it, once for a known address, and packages it once; the
 * build-output and browser tests share all three. Only the plain build is made before the tests
 * start: most test files need nothing else. The build for a known address and then the package
 * (astro builds run one at a time: they share .astro/) are made while the first tests run, and the
 * files that read them wait for them (`ready` in tests/support/ready.ts). TEST_BUILD_DIR reuses an
 * earlier run (for quick local reruns only).
 */
export default function setup(project: TestProject) {
  const chromium = testChromiumPath();
  if (!chromium) {
    throw new Error('Chromium not found: install Debian\'s packages ("sudo apt-get install chromium chromium-headless-shell", as .ci/run does) or set CHROME_PATH.');
  }
  const reuse = process.env.TEST_BUILD_DIR || undefined;
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'clearview-site-'));
  const dist = join(dir, 'dist');
  const based = join(dir, 'based');
  const zip = join(dir, 'clearview-ai.zip');
  const unpacked = join(dir, 'unpacked');
  let buildOutput = existsSync(join(dir, 'build.log')) ? readFileSync(join(dir, 'build.log'), 'utf8') : '';
  let later = Promise.resolve();
  if (!reuse || !existsSync(marker(dir, 'based', true)) || !existsSync(marker(dir, 'packaged', true))) {
    for (const name of ['based', 'packaged'] as const) for (const ok of [true, false]) rmSync(marker(dir, name, ok), { force: true });
    const plain = runBuild(dist, { BASE_PATH: '', SITE_URL: '' });
    if (plain.status !== 0) throw new Error(`npm run build failed:\n${plain.output}`);
    buildOutput = plain.output;
    writeFileSync(join(dir, 'build.log'), buildOutput);
    later = (async () => {
      const withSite = await runScript('build', [], { OUT_DIR: based, BASE_PATH: BASED.base, SITE_URL: BASED.site });
      if (withSite.status === 0) writeFileSync(marker(dir, 'based', true), '');
      else writeFileSync(marker(dir, 'based', false), `The build with BASE_PATH and SITE_URL failed:\n${withSite.output}`);
      // `npm run package` as a reader runs it (it builds with LINK_FORMAT=file and zips).
      const packaged = await runScript('package', [zip], { BASE_PATH: '', SITE_URL: '' });
      try {
        if (packaged.status !== 0) throw new Error(packaged.output);
        unzip(zip, unpacked);
        writeFileSync(marker(dir, 'packaged', true), '');
      } catch (err) {
        writeFileSync(marker(dir, 'packaged', false), `npm run package failed:\n${err instanceof Error ? err.message : String(err)}`);
      }
    })();
  }
  project.provide('dist', dist);
  project.provide('folder', FOLDER);
  project.provide('buildOutput', buildOutput);
  project.provide('based', { dist: based, ...BASED });
  project.provide('packaged', { zip, unpacked });
  project.provide('chromium', chromium);
  project.provide('buildDir', dir);
  return async () => {
    await later;
    if (!reuse) rmSync(dir, { recursive: true, force: true });
  };
}
