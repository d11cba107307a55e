// npm run readability: the plain-language score of every built page's visible text (inside
// <main>), Flesch–Douma for Dutch and Flesch Reading Ease for English, with the median per
// language. The glossary counts as explanatory (pupils are sent to it from every hard word); only
// the sources page, a reference list, is reported but not counted. Exits 1 when the median of a
// language is below 60 or an explanatory page is below 50. Reads dist/ (or OUT_DIR): run
// `npm run build` first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, readability, visibleText } from './text/readability.ts';
import { contentPages } from '../support/contentPages.ts';
import { readPage } from '../support/html.ts';

export const GOALS = { median: 60, page: 50 } as const;
/** Pages reported but left out of the goal: only the sources list. The glossary is counted. */
export const REFERENCE_KEYS: ReadonlySet<string> = new Set(['sources']);

export interface PageScore {
  path: string;
  lang: 'nl' | 'en';
  reference: boolean;
  words: number;
  sentences: number;
  score: number;
}

export function scorePages(dist: string): PageScore[] {
  return contentPages().map((page) => {
    const r = readability(visibleText(readPage(dist, page.path)), page.lang);
    return { path: page.path, lang: page.lang, reference: REFERENCE_KEYS.has(page.translationKey), words: r.words, sentences: r.sentences, score: r.score };
  });
}

export function goalFailures(scores: PageScore[]): string[] {
  const failures: string[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const counted = scores.filter((s) => s.lang === lang && !s.reference);
    const m = median(counted.map((s) => s.score));
    if (!(m >= GOALS.median)) failures.push(`${lang}: median ${m.toFixed(1)} < ${GOALS.median}`);
    for (const s of counted) if (!(s.score >= GOALS.page)) failures.push(`${s.path}: ${s.score.toFixed(1)} < ${GOALS.page}`);
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.env.OUT_DIR ?? 'dist');
  if (!existsSync(join(dist, 'nl', 'index.html'))) {
    console.error(`No built site in ${dist}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const scores = scorePages(dist);
  for (const lang of ['nl', 'en'] as const) {
    console.log(`\n${lang === 'nl' ? 'Dutch: Flesch–Douma' : 'English: Flesch Reading Ease'}`);
    console.log(`${'page'.padEnd(26)}${'words'.padStart(7)}${'sent.'.padStart(7)}${'w/sent'.padStart(8)}${'score'.padStart(8)}`);
    const mine = scores.filter((s) => s.lang === lang);
    for (const s of mine) {
      const note = s.reference ? '  (reference, not counted)' : '';
      console.log(`${('/' + s.path).padEnd(26)}${String(s.words).padStart(7)}${String(s.sentences).padStart(7)}${(s.words / s.sentences).toFixed(1).padStart(8)}${s.score.toFixed(1).padStart(8)}${note}`);
    }
    console.log(`median of explanatory pages: ${median(mine.filter((s) => !s.reference).map((s) => s.score)).toFixed(1)}`);
  }
  const failures = goalFailures(scores);
  console.log(failures.length ? `\nBelow the goal (median ≥ ${GOALS.median}, every page ≥ ${GOALS.page}):\n  ${failures.join('\n  ')}` : `\nGoal met: median ≥ ${GOALS.median} in both languages, every explanatory page ≥ ${GOALS.page}.`);
  process.exit(failures.length ? 1 : 0);
}
