import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../support/browser.ts';
import { contentPages, type ContentPage } from '../support/contentPages.ts';
import { attrValues, htmlLang, readPage } from '../support/html.ts';
import { expectedUpdated } from '../support/updated.ts';

const dist = inject('dist');
const pages = contentPages();
const LANGS = ['nl', 'en'] as const;
const SEARCH_PAGES = { nl: 'nl/zoeken/', en: 'en/search/' } as const;

// What readers see in the kind filter: named and labelled in their own language (written out
// here rather than read from src/i18n, so a changed or missing string fails this test).
const KIND_FILTER = {
  nl: { name: 'Soort pagina', background: 'Achtergrond', questions: 'Vragen en antwoorden', timeline: 'Tijdlijn', glossary: 'Begrippen', meta: 'Over de site', lesson: 'Les' },
  en: { name: 'Kind of page', background: 'Background', questions: 'Questions and answers', timeline: 'Timeline', glossary: 'Glossary', meta: 'About the site', lesson: 'Lesson' },
} as const;

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string }[];
}

/**
 * Every indexed page of one language, as Pagefind's public JavaScript API gives it to a reader's
 * browser: the index is chosen by the page's <html lang>, and `search(null)` with no filter lists
 * every page. URLs come back from the site's root (Pagefind's default baseUrl "/").
 */
async function indexed(page: Page, site: string, lang: string): Promise<Fragment[]> {
  await page.goto(`${site}${lang}/`);
  // A string, so the test runner does not rewrite the import() for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${site}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: '/' });
    const search = await pagefind.search(null);
    return Promise.all(search.results.map((r) => r.data()));
  })()`) as Promise<Fragment[]>;
}

const updatedOf = (page: ContentPage): string => expectedUpdated(page);

/**
 * Ids of the headings inside <main> that Pagefind indexes: each one is a sub-result it can link
 * to. Parts left out of the index (a lesson's teacher-only parts, data-pagefind-ignore="all") are
 * not; lessonSearch.test.ts checks that they stay out.
 */
function headingIds(html: string): string[] {
  let main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  // Lesson parts are <section>s that hold no other <section>.
  main = main.replace(/<section\b[^>]*data-pagefind-ignore="all"[^>]*>[\s\S]*?<\/section>/g, '');
  return [...main.matchAll(/<h[2-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
}

describe('search index and pages', () => {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const served = servedSite(dist, '/');
  const byLang = new Map<string, Promise<Fragment[]>>();
  async function fragments(lang: string): Promise<Fragment[]> {
    if (!byLang.has(lang)) {
      byLang.set(lang, (async () => {
        const page = await served.browser.newPage();
        try {
          return await indexed(page, served.site, lang);
        } finally {
          await page.close();
        }
      })());
    }
    return byLang.get(lang)!;
  }

  it('has one index per language, each with every content page of that language and nothing else', async () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
    for (const lang of LANGS) {
      const expected = pages.filter((p) => p.lang === lang);
      expect(entry.languages[lang]!.page_count, `${lang} page count`).toBe(expected.length);
      const indexed = (await fragments(lang)).map((f) => f.url).sort();
      // Pagefind stores URLs from the site's root; the browser adds the folder (see the browser tests).
      expect(indexed).toEqual(expected.map((p) => `/${p.path}`).sort());
    }
  });

  it.each(LANGS)('%s: every page carries its kind as a localized filter and its date as metadata', async (lang) => {
    const byUrl = new Map((await fragments(lang)).map((f) => [f.url, f]));
    const labels = KIND_FILTER[lang];
    for (const page of pages.filter((p) => p.lang === lang)) {
      const fragment = byUrl.get(`/${page.path}`)!;
      expect(fragment.filters, page.file).toEqual({ [labels.name]: [labels[page.kind as keyof typeof labels]] });
      expect(fragment.meta.updated, page.file).toBe(updatedOf(page));
      expect(fragment.meta.title, page.file).toBe(page.title);
    }
    // Every kind of page the site has shows up in the filter.
    const values = new Set([...byUrl.values()].flatMap((f) => Object.values(f.filters).flat()));
    expect(values.size).toBe(new Set(pages.filter((p) => p.lang === lang).map((p) => p.kind)).size);
  });

  it.each(LANGS)('%s: sub-results link to every section heading, glossary entry, source and event', async (lang) => {
    const byUrl = new Map((await fragments(lang)).map((f) => [f.url, f]));
    for (const page of pages.filter((p) => p.lang === lang)) {
      const anchors = new Set(byUrl.get(`/${page.path}`)!.anchors.map((a) => a.id));
      const missing = headingIds(readPage(dist, page.path)).filter((id) => !anchors.has(id));
      expect(missing, page.file).toEqual([]);
    }
    // The issue's example: the 2021 answers page's section on CATCH.
    const answers = pages.find((p) => p.lang === lang && p.translationKey === 'answers-2021')!;
    expect(byUrl.get(`/${answers.path}`)!.anchors.find((a) => a.id === 'catch')?.element).toBe('h2');
  });

  it.each(LANGS)('%s: only page content is indexed (no menu, footer, language switch or anchor labels)', async (lang) => {
    const noise =
      lang === 'nl'
        ? ['Lees deze pagina in het Engels', 'Alle feiten op deze site zijn terug te vinden', 'Naar de inhoud', 'Link naar dit deel']
        : ['Read this page in Dutch', 'Every fact on this site can be traced', 'Skip to content', 'Link to this part'];
    for (const fragment of (await fragments(lang))) {
      for (const text of noise) expect(fragment.content.includes(text), `${fragment.url}: "${text}"`).toBe(false);
    }
  });

  it.each(LANGS)('%s: has a search page that is not indexed and works as a plain page without JavaScript', (lang) => {
    const path = SEARCH_PAGES[lang];
    expect(existsSync(join(dist, path, 'index.html'))).toBe(true);
    const html = readPage(dist, path);
    expect(htmlLang(html)).toBe(lang);
    expect(html.includes('data-pagefind-body'), 'data-pagefind-body').toBe(false);
    expect(html.includes('<meta name="robots" content="noindex">')).toBe(true);
    // Says that search needs JavaScript (the script replaces this) and links to every page.
    expect(html).toMatch(lang === 'nl' ? /Zoeken werkt alleen als JavaScript aan staat/ : /Search only works with JavaScript/);
    const links = new Set(attrValues(html, 'a', 'href').map((h) => new URL(h, `http://site.test/${path}`).pathname.slice(1)));
    for (const page of pages.filter((p) => p.lang === lang)) expect(links.has(page.path), page.path).toBe(true);
    expect(html.includes('<noscript')).toBe(false);
    // The language switch goes to the other language's search page.
    const other = lang === 'nl' ? 'en' : 'nl';
    expect(html.includes(`<a class="lang-switch" href="../../${SEARCH_PAGES[other]}"`), 'language switch').toBe(true);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: a search link in the header and nothing of Pagefind in the first load', (_f, page) => {
    const html = readPage(dist, page.path);
    // The masthead and the menu's row after it (SiteHeader.astro): everything before <main>.
    const header = html.slice(html.indexOf('<header'), html.indexOf('<main'));
    const targets = attrValues(header, 'a', 'href').map((h) => new URL(h, `http://site.test/${page.path}`).pathname.slice(1));
    expect(targets).toContain(SEARCH_PAGES[page.lang]);
    // No search markup at all: the dialog and its form come from the search page on first use…
    for (const marker of ['<dialog', 'data-search-template', 'data-search-input', 'data-search-status']) expect(html.includes(marker), marker).toBe(false);
    // …and no Pagefind file is referenced by the HTML…
    expect(html.includes('pagefind/'), 'pagefind/ in HTML').toBe(false);
    // …nor imported statically by the page's scripts (only `import()` on first use).
    const scripts = attrValues(html, 'script', 'src').map((src) => readFileSync(join(dist, page.path, src), 'utf8'));
    const stylesheets = attrValues(html, 'link', 'href').filter((h) => h.endsWith('.css'));
    expect(stylesheets.some((h) => /pagefind|search\./.test(h)), 'search CSS in first load').toBe(false);
    for (const code of scripts) {
      expect(code).not.toMatch(/(?:^|[;\n}])\s*import\s*[^'"()]*?["'][^"']*pagefind/);
      expect(code.includes('customElements.define("pagefind'), "Pagefind's UI code in a page script").toBe(false);
    }
  });

  it.each(LANGS)('%s: the search page carries the dialog every page fetches, in its language, with links that resolve from the search page', (lang) => {
    const html = readPage(dist, SEARCH_PAGES[lang]);
    const template = /<template data-search-dialog-template>([\s\S]*?)<\/template>\s*<\/main>/.exec(html)?.[1] ?? '';
    expect(template).toMatch(/^\s*<dialog class="search-dialog" id="search-dialog" aria-labelledby="search-dialog-title"/);
    expect(template).toContain(`<h2 id="search-dialog-title">${lang === 'nl' ? 'Zoeken op deze site' : 'Search this site'}</h2>`);
    expect(template).toMatch(/<template data-search-template>[\s\S]*<details class="search-filters">/);
    // The share link is the search page itself; the stylesheet is relative to it.
    expect(attrValues(template, 'a', 'href')).toEqual(['./']);
    const css = /data-search-css="([^"]+)"/.exec(template)?.[1] ?? '';
    expect(existsSync(join(dist, SEARCH_PAGES[lang], css)), css).toBe(true);
  });

  it.each(LANGS)('%s: the search form is labelled and its kind filter offers exactly the kinds Pagefind indexed, in the reader\'s language', async (lang) => {
    const html = readPage(dist, SEARCH_PAGES[lang]);
    const template = /<template data-search-template>([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    expect(template).toMatch(/<label class="search-label" for="search-input">[^<]+<\/label>/);
    expect(template).toMatch(/<input id="search-input"[^>]*type="search"/);
    expect(template).toMatch(/role="status" aria-live="polite"/);
    expect(html.includes('<pagefind-'), 'Pagefind UI element').toBe(false);
    const labels = KIND_FILTER[lang];
    expect(template).toContain(`data-search-filter="${labels.name}"`);
    const offered = attrValues(template, 'input', 'value').sort();
    const indexed = [...new Set((await fragments(lang)).flatMap((f) => f.filters[labels.name] ?? []))].sort();
    expect(offered).toEqual(indexed);
  });

  it('ships only what the site loads of Pagefind: the engine, its WebAssembly, the index and the highlighter', () => {
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files.filter((f) => /ui\.(js|css)$|worker/.test(f))).toEqual([]);
    for (const needed of ['pagefind.js', 'pagefind-entry.json', 'pagefind-highlight.js', 'wasm.nl.pagefind', 'wasm.en.pagefind']) expect(files).toContain(needed);
    // Each language has its own engine, so the fallback for an unknown language is not shipped.
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
    for (const lang of LANGS) expect(entry.languages[lang]!.wasm).toBe(lang);
    expect(files.filter((f) => f.startsWith('wasm.')).sort()).toEqual(['wasm.en.pagefind', 'wasm.nl.pagefind']);
  });

  it('never indexes the search pages, even by another name', async () => {
    for (const lang of LANGS) {
      for (const f of (await fragments(lang))) expect(f.url).not.toMatch(/\/(zoeken|search)\/$/);
    }
  });
});
