import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_RANKING } from '../../src/lib/search/query.ts';
import { servedSite } from '../support/browser.ts';
import { contentPages } from '../support/contentPages.ts';
import { readPage } from '../support/html.ts';

const dist = inject('dist');
const lessons = contentPages().filter((p) => p.kind === 'lesson');
const LANGS = ['nl', 'en'] as const;

/** What a reader types, in each language: the explainer pages must answer first, not a lesson. */
const READER_WORDS = { nl: ['boete', 'gezichtsherkenning'], en: ['fine', 'facial recognition'] } as const;

/**
 * The lesson parts only a teacher needs (written out here, not read from src/): none of them may
 * be a search result, and none of their words may be in the index.
 */
const TEACHER_PARTS = ['prior', 'materials', 'steps', 'differentiation', 'watch', 'notes'];

interface Result {
  url: string;
  content: string;
  anchors: { id: string }[];
  sub_results: { url: string }[];
}

/** A search as the site's own search runs it (same ranking), through Pagefind's JavaScript API. */
async function search(page: Page, site: string, term: string | null): Promise<Result[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${site}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: '/', ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const search = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(search.results.map((r) => r.data()));
  })()`) as Promise<Result[]>;
}

/** The first words of a lesson's model answers, as the built page has them. */
function answersStart(path: string): string {
  const html = readPage(dist, path);
  const body = html.slice(html.indexOf('class="answers-body"'));
  const text = body.slice(body.indexOf('>') + 1).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.split(' ').slice(0, 6).join(' ');
}

describe('search serves readers: explainers first, no lesson plans or answers, no worksheets', () => {
  const served = servedSite(dist, '/');
  const pages = new Map<string, Promise<Page>>();
  function pageFor(lang: string): Promise<Page> {
    if (!pages.has(lang)) {
      pages.set(lang, (async () => {
        const page = await served.browser.newPage();
        await page.goto(`${served.site}${lang}/`);
        return page;
      })());
    }
    return pages.get(lang)!;
  }
  const isLesson = (url: string) => lessons.some((l) => url.replace(/^\//, '').split('#')[0] === l.path);

  it.each(LANGS.flatMap((lang) => READER_WORDS[lang].map((word) => [lang, word] as const)))('%s "%s": the first result is not a lesson', async (lang, word) => {
    const results = await search(await pageFor(lang), served.site, word);
    expect(results.length, word).toBeGreaterThan(1);
    expect(isLesson(results[0]!.url), `first result for "${word}": ${results[0]!.url}`).toBe(false);
    // The lesson may come later, but never with a teacher-only part as a sub-result.
    for (const r of results.filter((x) => isLesson(x.url))) {
      const ids = r.sub_results.map((s) => s.url.split('#')[1]).filter(Boolean);
      expect(ids.filter((id) => TEACHER_PARTS.includes(id!)), r.url).toEqual([]);
    }
  });

  it.each(LANGS)('%s: no teacher-only part or model answer of any lesson is in the index, and no worksheet', async (lang) => {
    const all = await search(await pageFor(lang), served.site, null);
    expect(all.some((r) => /\/(werkblad|worksheet)\/$/.test(r.url)), 'a worksheet is indexed').toBe(false);
    for (const lesson of lessons.filter((l) => l.lang === lang)) {
      const fragment = all.find((r) => r.url === `/${lesson.path}`);
      expect(fragment, lesson.path).toBeDefined();
      expect(fragment!.anchors.map((a) => a.id).filter((id) => TEACHER_PARTS.includes(id)), lesson.path).toEqual([]);
      const start = answersStart(lesson.path);
      expect(start.split(' ').length, `${lesson.path}: model answers found in the page`).toBe(6);
      expect(fragment!.content.includes(start), `${lesson.path}: "${start}" is in the index`).toBe(false);
      // What pupils do is still findable: the exercise and the exit ticket.
      expect(fragment!.anchors.map((a) => a.id), lesson.path).toEqual(expect.arrayContaining(['exercise', 'exit']));
    }
  });

  // Found by its own title: the lesson is a result, and it or the teachers page, which lists every
  // lesson with its worksheet, is among the first three.
  it.each(lessons.map((l) => [l.path, l] as const))('%s is found by its own title', async (_path, lesson) => {
    const results = await search(await pageFor(lesson.lang), served.site, lesson.title);
    const urls = results.map((r) => r.url);
    expect(urls, `"${lesson.title}"`).toContain(`/${lesson.path}`);
    const teachers = `/${lesson.path.split('/').slice(0, 2).join('/')}/`;
    expect(urls.slice(0, 3).some((u) => u === `/${lesson.path}` || u === teachers), `"${lesson.title}": ${urls.slice(0, 3).join(', ')}`).toBe(true);
  });
});
