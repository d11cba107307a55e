import { execFileSync } from 'node:child_process';
import { parseGitLog } from '../lib/content/pageDates.ts';

/**
 * The last commit day of every file under `contentDir`, relative to it ("nl/bronnen.mdx"), from
 * ONE `git log` over the whole folder (not one call per page). Undefined when there is no history
 * to read: a tarball without .git, or no git installed. See src/lib/content/pageDates.ts.
 */
export function readGitDates(contentDir: string): Map<string, string> | undefined {
  try {
    const out = execFileSync(
      'git',
      ['-c', 'core.quotepath=off', 'log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', '.'],
      { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
    return parseGitLog(out);
  } catch {
    return undefined;
  }
}

/** The build date, YYYY-MM-DD (UTC). */
export function buildDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
