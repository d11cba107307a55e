import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { moduleScripts, rootedCssReferences, rootedReferences, rootedScriptReferences } from '../lib/head/outputChecks.ts';

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));
}

/**
 * After the rewrites, every built file is read again with checks that share no pattern with them
 * (src/lib/head/outputChecks.ts): a reference from the server root or the base path, or a module script
 * in the copy for disk, stops the build naming the file.
 */
export async function checkOutput(out: string, base: string, fileLinks: boolean): Promise<void> {
  const problems: string[] = [];
  const report = (file: string, found: string[]) => {
    for (const f of found) problems.push(`${relative(out, file)}: ${f}`);
  };
  for (const file of await filesUnder(out, '.html')) {
    const html = await readFile(file, 'utf8');
    report(file, rootedReferences(html, base, { links: relative(out, file) !== '404.html' }));
    if (fileLinks) report(file, moduleScripts(html).map((tag) => `module script left in the copy for disk: ${tag}`));
  }
  for (const file of await filesUnder(join(out, '_astro'), '.css')) report(file, rootedCssReferences(await readFile(file, 'utf8')));
  for (const file of await filesUnder(join(out, '_astro'), '.js')) report(file, rootedScriptReferences(await readFile(file, 'utf8'), base));
  if (problems.length) throw new Error(`The built files still point at the server's root or keep module scripts (${problems.length}):\n${problems.join('\n')}`);
}
