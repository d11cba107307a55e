// npm run package: one archive a school can copy anywhere. It builds the site with links that
// name index.html (so it also opens from disk), adds search's files as classic scripts (so search
// works from disk too: ./diskSearch.ts), the readme in Dutch and English and ready server
// configurations, and writes a zip. Usage: npm run package [-- <path of the zip>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { nginxSnippet } from '../lib/head/serverConfig.ts';
import { writeDiskSearch } from './diskSearch.ts';
import { writeServerFiles } from './serverFiles.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folder inside the archive, and the folder the server examples assume. */
const NAME = 'clearview-ai';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

export function makePackage(zipPath: string): { files: number; bytes: number } {
  const work = mkdtempSync(join(tmpdir(), 'clearview-package-'));
  try {
    const top = join(work, NAME);
    const site = join(top, 'site');
    const build = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', LINK_FORMAT: 'file', OUT_DIR: site },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
    writeDiskSearch(site);

    // The build wrote _headers and .htaccess for its own base; the archive's examples assume
    // the site is served from /clearview-ai/.
    const config = writeServerFiles(site, `/${NAME}/`);
    mkdirSync(join(top, 'server'));
    writeFileSync(join(top, 'server', 'nginx.conf'), nginxSnippet(config));
    for (const name of ['LEESMIJ.txt', 'README.txt']) {
      writeFileSync(join(top, name), readFileSync(join(ROOT, 'content', 'hosting', name)));
    }

    const entries: Record<string, Uint8Array> = {};
    for (const file of filesIn(top)) entries[`${NAME}/${file.replace(/\\/g, '/')}`] = readFileSync(join(top, file));
    const zip = zipSync(entries, { level: 9 });
    mkdirSync(dirname(zipPath), { recursive: true });
    writeFileSync(zipPath, zip);
    return { files: Object.keys(entries).length, bytes: zip.byteLength };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const zipPath = resolve(process.argv[2] ?? join(ROOT, 'package', `${NAME}.zip`));
  const { files, bytes } = makePackage(zipPath);
  console.log(`Wrote ${relative(process.cwd(), zipPath) || zipPath}: ${files} files, ${(bytes / 1024).toFixed(0)} KB.`);
  console.log('Unpack it anywhere: open clearview-ai/site/index.html, or read clearview-ai/LEESMIJ.txt / README.txt.');
}
