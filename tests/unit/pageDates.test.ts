import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPath, pageDates, pageFiles, parseGitLog } from '../../src/lib/content/pageDates.ts';
import { buildDay, readGitDates } from '../../src/build/gitDates.ts';
import type { Tag } from '../../src/lib/content/mdxTags.ts';

const tag = (name: string): Tag => ({ name, attrs: {}, line: 1 });
const log = [
  '\0' + '2026-11-25T14:11:11+00:00', '', 'nl/index.mdx', 'sources.yaml', '',
  '\0' + '2026-11-24T09:00:00+01:00', '', 'nl/index.mdx', 'timeline/2020.yaml', 'nl/tijdlijn.mdx', '',
  '\0' + '2026-11-23T23:30:00-05:00', '', 'timeline/2019.yaml', 'nl/bronnen.mdx', 'nl/over-deze-site.mdx', '',
].join('\n');

describe('page dates from git history (pure)', () => {
  it('parses one git log: the newest commit that touched a file is its date, on the committer\'s own day', () => {
    const dates = parseGitLog(log);
    expect(dates.get('nl/index.mdx')).toBe('2026-11-25');
    expect(dates.get('timeline/2020.yaml')).toBe('2026-11-24');
    expect(dates.get('nl/bronnen.mdx')).toBe('2026-11-23');
    expect(dates.size).toBe(7);
  });

  it('a page\'s files are its MDX file and the data its lists render', () => {
    expect(contentPath('content/nl/voor-docenten/les.mdx')).toBe('nl/voor-docenten/les.mdx');
    expect(contentPath('/tmp/x/content/en/index.mdx')).toBe('en/index.mdx');
    expect(pageFiles('content/nl/bronnen.mdx', [tag('Cite'), tag('SourceList')])).toEqual(['nl/bronnen.mdx', 'sources.yaml']);
    expect(pageFiles('content/nl/tijdlijn.mdx', [tag('Timeline')])).toEqual(['nl/tijdlijn.mdx', 'timeline/']);
  });

  it('the date follows a change: of the page, or of the data its list shows', () => {
    const history = parseGitLog(log);
    const { dates, note } = pageDates(
      [
        { file: 'content/nl/index.mdx', tags: [] },
        { file: 'content/nl/bronnen.mdx', tags: [tag('SourceList')] },
        { file: 'content/nl/tijdlijn.mdx', tags: [tag('Timeline')] },
        { file: 'content/nl/over-deze-site.mdx', tags: [] },
      ],
      history,
      '2026-12-05',
    );
    expect(dates.get('content/nl/index.mdx')).toBe('2026-11-25');
    // The page's own file last changed on the 23rd; sources.yaml on the 25th.
    expect(dates.get('content/nl/bronnen.mdx')).toBe('2026-11-25');
    expect(dates.get('content/nl/tijdlijn.mdx')).toBe('2026-11-24');
    expect(dates.get('content/nl/over-deze-site.mdx')).toBe('2026-11-23');
    expect(note).toBeUndefined();
  });

  it('the front matter overrides only with a later date', () => {
    const history = parseGitLog(log);
    const at = (override: string) => pageDates([{ file: 'content/nl/index.mdx', tags: [], override }], history, '2026-12-05').dates.get('content/nl/index.mdx');
    expect(at('2026-11-30')).toBe('2026-11-30');
    expect(at('2026-11-23')).toBe('2026-11-25');
  });

  it('without git every page gets the build date, and the build says so in one line', () => {
    const { dates, note } = pageDates([{ file: 'content/nl/index.mdx', tags: [] }, { file: 'content/en/index.mdx', tags: [], override: '2026-11-23' }], undefined, '2026-12-05');
    expect([...dates.values()]).toEqual(['2026-12-05', '2026-12-05']);
    expect(note).toMatch(/no git history.*2026-12-05/i);
    expect(note).not.toContain('\n');
  });

  it('a file not yet committed makes its page the build date, and is named in the one line', () => {
    const { dates, note } = pageDates([{ file: 'content/nl/nieuw.mdx', tags: [] }, { file: 'content/nl/index.mdx', tags: [] }], parseGitLog(log), '2026-12-05');
    expect(dates.get('content/nl/nieuw.mdx')).toBe('2026-12-05');
    expect(dates.get('content/nl/index.mdx')).toBe('2026-11-25');
    expect(note).toMatch(/1 content file has no git history yet \(nl\/nieuw\.mdx\)/);
  });
});

describe('page dates from git history (a real repository)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearview-dates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: 'ignore',
    });
  const content = join(dir, 'content');

  it('without a repository (a tarball) there is no history to read', () => {
    mkdirSync(join(content, 'nl'), { recursive: true });
    writeFileSync(join(content, 'nl/a.mdx'), 'a\n');
    expect(readGitDates(content)).toBeUndefined();
    expect(buildDay(new Date(Date.UTC(2026, 11, 5, 23, 0)))).toBe('2026-12-05');
  });

  it('reads every file\'s last commit day with one git call, and the date moves when a file changes', () => {
    writeFileSync(join(content, 'nl/b.mdx'), 'b\n');
    writeFileSync(join(content, 'sources.yaml'), '[]\n');
    git(['init', '-q']);
    git(['add', '.']);
    git(['commit', '-qm', 'first'], '2026-11-23T10:00:00+01:00');
    expect(Object.fromEntries(readGitDates(content)!)).toEqual({ 'nl/a.mdx': '2026-11-23', 'nl/b.mdx': '2026-11-23', 'sources.yaml': '2026-11-23' });
    writeFileSync(join(content, 'nl/a.mdx'), 'a, corrected\n');
    git(['commit', '-qam', 'change a'], '2026-11-25T14:00:00+01:00');
    const history = readGitDates(content)!;
    expect(history.get('nl/a.mdx')).toBe('2026-11-25');
    expect(history.get('nl/b.mdx')).toBe('2026-11-23');
    const { dates } = pageDates([{ file: 'content/nl/a.mdx', tags: [] }, { file: 'content/nl/b.mdx', tags: [] }], history, '2026-12-05');
    expect(dates.get('content/nl/a.mdx')).toBe('2026-11-25');
    expect(dates.get('content/nl/b.mdx')).toBe('2026-11-23');
  });
});
