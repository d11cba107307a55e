import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passageOccurs } from '../../src/lib/urls/textFragment.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { contentPages } from '../support/contentPages.ts';

// Lesson 2's pupils read short, marked quotations of the 2021 article (issue 24): each must be the
// article's own words, as the article we hold has them (../shared/sources).
const article = readFileSync(join(PROJECT_ROOT, '..', 'shared', 'sources', 'article-2021-dekker-answers.txt'), 'utf8');
const quotes = contentPages()
  .filter((p) => p.kind === 'lesson')
  .flatMap((p) => {
    const text = readFileSync(join(PROJECT_ROOT, p.file), 'utf8');
    return [...text.matchAll(/<Quote source="article-2021"[^>]*>([\s\S]*?)<\/Quote>/g)].map((m) => ({ file: p.file, words: m[1]! }));
  });

describe('quotations of the 2021 article in the lessons', () => {
  it('lesson 2 quotes the article in both languages', () => {
    expect(quotes.filter((q) => q.file.includes('nieuws-en-verslag')).length).toBeGreaterThanOrEqual(5);
    expect(quotes.filter((q) => q.file.includes('news-and-record')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(quotes.map((q) => [`${q.file}: «${q.words.slice(0, 40)}»`, q] as const))('%s is word for word in the article, one sentence at most', (_n, q) => {
    expect(passageOccurs(q.words, article), q.words).toBe(true);
    expect(q.words.replace(/[.!?]$/, '').split(/[.!?] /).length, 'one sentence').toBe(1);
  });
});
