import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';
import type { ContentPage } from './contentPages.ts';

/** `git log -1 --format=%cI -- files` as Starlight reads it: the day, or undefined without history. */
function lastCommitDay(files: string[]): string | undefined {
  const r = spawnSync('git', ['log', '-1', '--format=%cI', '--', ...files], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return r.status === 0 ? /^(\d{4}-\d{2}-\d{2})T/.exec(r.stdout)?.[1] : undefined;
}

/** Whether `file` is in git's history at all (a new file has none, nor has a tarball). */
function tracked(file: string): boolean {
  const r = spawnSync('git', ['log', '-1', '--format=%H', '--', file], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/**
 * The "updated" date a page must show, worked out here independently of src/: the last commit
 * that touched the page's file or the data file a list on it renders, or the build day where a
 * file has no history; a later front-matter `updated` wins.
 */
export function expectedUpdated(page: ContentPage, today = new Date().toISOString().slice(0, 10)): string {
  const text = readFileSync(join(PROJECT_ROOT, page.file), 'utf8');
  const files = [page.file];
  if (/<SourceList\b/.test(text)) files.push('content/sources.yaml');
  if (/<GlossaryList\b/.test(text)) files.push('content/glossary.yaml');
  if (/<Timeline\b/.test(text)) files.push('content/timeline');
  const fromGit = files.every(tracked) ? lastCommitDay(files) : undefined;
  const date = fromGit ?? today;
  const override = /^updated:\s*"?(\d{4}-\d{2}-\d{2})"?\s*$/m.exec(text)?.[1];
  return override && override > date ? override : date;
}
