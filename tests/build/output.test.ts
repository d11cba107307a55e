import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentPages, twinOf } from '../support/contentPages.ts';
import { attrValues, htmlLang, ids, readPage, title } from '../support/html.ts';

const { root, sub, subPath } = inject('builds');
const pages = contentPages();

function htmlFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe.each([
  ['root', root, '/'],
  ['sub-path', sub, subPath],
])('built site (%s)', (_name, dist, base) => {
  it('has a page for every content file in both languages, and nothing unexpected', () => {
    expect(pages.length).toBeGreaterThanOrEqual(18);
    for (const page of pages) {
      expect(existsSync(join(dist, page.path, 'index.html')), page.file).toBe(true);
    }
    // Besides the content pages: the language chooser, the 404 page and one search page per language.
    const expected = ['index.html', '404.html', 'nl/zoeken/index.html', 'en/search/index.html', ...pages.map((p) => `${p.path}index.html`)];
    expect(htmlFiles(dist).sort()).toEqual(expected.sort());
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: lang, title, description, canonical and alternates', (_f, page) => {
    const html = readPage(dist, page.path);
    expect(htmlLang(html)).toBe(page.lang);
    expect(title(html)).toContain(page.title);
    expect(/<meta name="description" content="[^"]{20,}"/.test(html), "meta description").toBe(true);
    expect(/<meta property="og:title" content="[^"]+"/.test(html), "og:title").toBe(true);
    const twin = twinOf(page);
    const has = (s: string) => expect(html.includes(s), s).toBe(true);
    has(`<link rel="canonical" href="${base}${page.path}"`);
    has(`<link rel="alternate" hreflang="${twin.lang}" href="${base}${twin.path}"`);
    has(`<link rel="alternate" hreflang="x-default" href="${base}"`);
    // The language switch goes to the same page in the other language.
    has(`<a class="lang-switch" href="${base}${twin.path}"`);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: strict-CSP friendly and nothing from elsewhere', (_f, page) => {
    const html = readPage(dist, page.path);
    expect(html.includes('http-equiv="Content-Security-Policy"'), 'CSP meta').toBe(true);
    expect(/unsafe-inline/.test(html), 'unsafe-inline').toBe(false);
    // No inline scripts, inline handlers or style attributes.
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1], 'script without src').toMatch(/\ssrc="/);
      expect(m[2]!.trim()).toBe('');
    }
    expect(html.match(/\son[a-z]+="[^"]*"/gi), 'inline handlers').toBeNull();
    expect(html.match(/\sstyle="[^"]*"/g), 'style attributes').toBeNull();
    expect(html.match(/<style\b/g), 'style elements').toBeNull();
    // Every script, stylesheet, image and icon comes from the site itself.
    for (const [tag, attr] of [['script', 'src'], ['link', 'href'], ['img', 'src']] as const) {
      for (const url of attrValues(html, tag, attr)) {
        expect(url.startsWith(base), `${tag} ${attr}=${url}`).toBe(true);
      }
    }
  });

  it('resolves every internal link and #anchor', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      const pagePath = file.replace(/index\.html$/, '');
      for (const href of attrValues(html, 'a', 'href')) {
        if (/^[a-z]+:/i.test(href)) continue;
        const [path, hash] = href.split('#') as [string, string | undefined];
        let target: string;
        if (path === '') target = pagePath;
        else if (path.startsWith(base)) target = path.slice(base.length);
        else {
          problems.push(`${file}: link ${href} is outside ${base}`);
          continue;
        }
        const targetFile = join(dist, target, target === '' || target.endsWith('/') ? 'index.html' : '');
        if (!existsSync(targetFile)) {
          problems.push(`${file}: link ${href} → missing ${target}`);
          continue;
        }
        if (hash && !ids(readFileSync(targetFile, 'utf8')).includes(hash)) {
          problems.push(`${file}: link ${href} → no id "${hash}" on ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('offers both languages at the root and on the 404 page, without JavaScript', () => {
    for (const html of [readPage(dist, ''), readFileSync(join(dist, '404.html'), 'utf8')]) {
      expect(html.includes(`href="${base}nl/"`)).toBe(true);
      expect(html.includes(`href="${base}en/"`)).toBe(true);
      expect(html.includes('http-equiv="Content-Security-Policy"')).toBe(true);
    }
  });
});

describe('sections are a public interface', () => {
  it.each(pages.filter((p) => p.lang === 'nl').map((p) => [p.translationKey, p] as const))(
    '%s: the Dutch and English pages carry the same section ids',
    (_key, page) => {
      const twin = twinOf(page);
      const sectionIds = (html: string) =>
        [...html.matchAll(/<(?:h2|h3) id="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'page-sources-title');
      const nlIds = sectionIds(readPage(root, page.path));
      const enIds = sectionIds(readPage(root, twin.path));
      expect([...enIds].sort()).toEqual([...nlIds].sort());
      if (!['home'].includes(page.translationKey)) expect(nlIds.length).toBeGreaterThan(0);
    },
  );
});
