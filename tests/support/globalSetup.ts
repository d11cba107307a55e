import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { TestProject } from 'vitest/node';
import { makePackage } from '../../src/build/package.ts';
import { runBuild } from './build.ts';
import { testChromiumPath } from './chromium.ts';

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
 * build-output and browser tests share all three. TEST_BUILD_DIR reuses an earlier run (for quick
 * local reruns only).
 */
export default function setup(project: TestProject) {
  const chromium = testChromiumPath();
  if (!chromium) {
    throw new Error('Chromium not found: install Debian\'s packages ("sudo apt-get install chromium chromium-headless-shell", as .ci/run does) or set CHROME_PATH.');
  }
  const reuse = process.env.TEST_BUILD_DIR;
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'clearview-site-'));
  const dist = join(dir, 'dist');
  const based = join(dir, 'based');
  const zip = join(dir, 'clearview-ai.zip');
  const unpacked = join(dir, 'unpacked');
  let buildOutput = existsSync(join(dir, 'build.log')) ? readFileSync(join(dir, 'build.log'), 'utf8') : '';
  if (!reuse || !existsSync(join(unpacked, 'clearview-ai', 'site', 'index.html'))) {
    const plain = runBuild(dist, { BASE_PATH: '', SITE_URL: '' });
    if (plain.status !== 0) throw new Error(`npm run build failed:\n${plain.output}`);
    buildOutput = plain.output;
    writeFileSync(join(dir, 'build.log'), buildOutput);
    const withSite = runBuild(based, { BASE_PATH: BASED.base, SITE_URL: BASED.site });
    if (withSite.status !== 0) throw new Error(`The build with BASE_PATH and SITE_URL failed:\n${withSite.output}`);
    makePackage(zip);
    unzip(zip, unpacked);
  }
  project.provide('dist', dist);
  project.provide('folder', FOLDER);
  project.provide('buildOutput', buildOutput);
  project.provide('based', { dist: based, ...BASED });
  project.provide('packaged', { zip, unpacked });
  project.provide('chromium', chromium);
  return () => {
    if (!reuse) rmSync(dir, { recursive: true, force: true });
  };
}
