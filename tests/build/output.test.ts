import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentPages, twinOf } from '../support/contentPages.ts';
import { attrValues, htmlLang, ids, readPage, title } from '../support/html.ts';
import { ready } from '../support/ready.ts';

const dist = inject('dist');
const based = inject('based');
beforeAll(() => ready('based'));
const pages = contentPages();

function htmlFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Where a link in the file at site path `from` leads, as a site path plus #hash ('' is the root). */
function resolveLink(from: string, href: string): { path: string; hash?: string } | undefined {
  const url = new URL(href, `http://site.test/${from}`);
  if (url.host !== 'site.test') return undefined;
  return { path: url.pathname.slice(1), hash: url.hash ? url.hash.slice(1) : undefined };
}

describe.each([
  ['npm run build', dist],
  ['a build with BASE_PATH and SITE_URL', based.dist],
])('built site (%s)', (_name, out) => {
  it('ships the headers a meta tag cannot send, for hosts that read _headers or .htaccess', () => {
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    // nosniff and no-referrer for every path (Pagefind's files, the icon) from one rule.
    expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer$/m);
    const policies = headers.split('\n\n').filter((b) => b.includes('Content-Security-Policy'));
    expect(policies.length).toBeGreaterThanOrEqual(5);
    for (const block of policies) expect(block, block.split('\n')[0]).toMatch(/frame-ancestors 'none'/);
    const apache = readFileSync(join(out, '.htaccess'), 'utf8');
    expect(apache).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(apache).toMatch(/Header always set Content-Security-Policy "[^"]*frame-ancestors 'none'/);
    // Apache's 404 page is named from the server root: the build's own base path.
    expect(apache).toContain(`ErrorDocument 404 ${out === dist ? '/' : based.base}404.html`);
  });
  it('has a page for every content file in both languages, and nothing unexpected', () => {
    expect(pages.length).toBeGreaterThanOrEqual(18);
    // The lessons live in a folder under the teachers page (issue 15): four in each language.
    expect(pages.filter((p) => p.kind === 'lesson' && /^(nl\/voor-docenten|en\/for-teachers)\/[a-z0-9-]+\/$/.test(p.path)).length).toBeGreaterThanOrEqual(8);
    for (const page of pages) {
      expect(existsSync(join(out, page.path, 'index.html')), page.file).toBe(true);
    }
    // Besides the content pages: the language chooser, the 404 page, one search page per language
    // and each lesson's pupil worksheet (issue 24), below the lesson.
    const worksheets = pages.filter((p) => p.kind === 'lesson').map((p) => `${p.path}${p.lang === 'nl' ? 'werkblad' : 'worksheet'}/index.html`);
    const expected = ['index.html', '404.html', 'nl/zoeken/index.html', 'en/search/index.html', ...pages.map((p) => `${p.path}index.html`), ...worksheets];
    expect(htmlFiles(out).sort()).toEqual(expected.sort());
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: strict-CSP friendly, relative, nothing from elsewhere', (_f, page) => {
    const html = readPage(out, page.path);
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
    // Every script, stylesheet, image, icon and link to the site is relative to the page, so the
    // same files work in any folder; nothing comes from another host.
    for (const [tag, attr] of [['script', 'src'], ['link', 'href'], ['img', 'src'], ['a', 'href']] as const) {
      for (const url of attrValues(html, tag, attr)) {
        if (tag === 'link' && /^https:\/\/scholen\.example\//.test(url) && out === based.dist) continue;
        if (tag === 'a' && /^https?:\/\//.test(url)) continue; // links out to sources, opened by the reader
        expect(url, `${tag} ${attr}=${url}`).not.toMatch(/^(\/|[a-z]+:)/i);
      }
    }
  });

  it("ships page scripts without Vite's preload helper: lazy chunks are plain import() (src/build/lazyImports.ts)", () => {
    const scripts = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.js') && !f.endsWith('.classic.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) {
      const code = readFileSync(join(out, '_astro', f), 'utf8');
      for (const sign of ['modulepreload', 'vite:preloadError', 'csp-nonce']) expect(code.includes(sign), `${f}: ${sign}`).toBe(false);
    }
    // The lazy chunks are still fetched by import(), never bundled into the page script.
    const entry = scripts.find((f) => f.startsWith('BaseLayout'))!;
    expect(readFileSync(join(out, '_astro', entry), 'utf8')).toMatch(/import\(`\.\/ui\.[\w-]+\.js`\)/);
  });

  it('resolves every internal link and #anchor of every page, from where that page is', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(out)) {
      if (file === '404.html') continue; // its links are from the server root; see the 404 test
      const html = readFileSync(join(out, file), 'utf8');
      const from = file.replace(/index\.html$/, '');
      for (const href of [...attrValues(html, 'a', 'href'), ...attrValues(html, 'link', 'href'), ...attrValues(html, 'script', 'src')]) {
        const target = resolveLink(from, href);
        if (!target) continue;
        const targetFile = join(out, target.path, target.path === '' || target.path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(targetFile)) {
          problems.push(`${file}: ${href} → missing ${target.path}`);
          continue;
        }
        if (target.hash && !ids(readFileSync(targetFile, 'utf8')).includes(target.hash)) {
          problems.push(`${file}: ${href} → no id "${target.hash}" on ${target.path}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes no stray object into any page (a bilingual value rendered without its language)', () => {
    const stray = htmlFiles(out).filter((file) => readFileSync(join(out, file), 'utf8').includes('[object Object]'));
    expect(stray).toEqual([]);
  });

  it('offers both languages at the root without JavaScript', () => {
    const html = readPage(out, '');
    expect(html).toContain('href="nl/"');
    expect(html).toContain('href="en/"');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('addresses: relative by default, absolute only when the site\'s address is given', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: lang, title, description and language links', (_f, page) => {
    const html = readPage(dist, page.path);
    expect(htmlLang(html)).toBe(page.lang);
    expect(title(html)).toContain(page.title);
    expect(/<meta name="description" content="[^"]{20,}"/.test(html), 'meta description').toBe(true);
    expect(/<meta property="og:title" content="[^"]+"/.test(html), 'og:title').toBe(true);
    const twin = twinOf(page);
    const up = '../'.repeat(page.path.split('/').length - 1);
    const has = (s: string) => expect(html.includes(s), s).toBe(true);
    // Without SITE_URL no address is invented: no canonical, and no alternates (search engines
    // read only fully qualified ones; Lighthouse's SEO audit fails relative ones).
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('hreflang="x-default"');
    expect(html).not.toMatch(/<link rel="alternate" hreflang/);
    // The language switch goes to the same page in the other language.
    has(`<a class="lang-switch" href="${up}${twin.path}"`);

    const abs = readPage(based.dist, page.path);
    const origin = `${based.site}${based.base}`;
    expect(abs).toContain(`<link rel="canonical" href="${origin}${page.path}"`);
    expect(abs).toContain(`<link rel="alternate" hreflang="${twin.lang}" href="${origin}${twin.path}"`);
    expect(abs).toContain(`<link rel="alternate" hreflang="x-default" href="${origin}"`);
    expect(abs).toContain(`<meta property="og:url" content="${origin}${page.path}"`);
  });

  it('writes a sitemap with every content page and its other language, and robots.txt pointing at it, only with SITE_URL', () => {
    const origin = `${based.site}${based.base}`;
    expect(readFileSync(join(based.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
    expect(readFileSync(join(based.dist, 'sitemap-index.xml'), 'utf8')).toContain(`${origin}sitemap-0.xml`);
    const sitemap = readFileSync(join(based.dist, 'sitemap-0.xml'), 'utf8');
    const entries = sitemap.split('<url>').slice(1);
    const locs = entries.map((e) => /<loc>([^<]+)<\/loc>/.exec(e)![1]);
    expect(locs.sort()).toEqual([origin, ...pages.map((p) => `${origin}${p.path}`)].sort());
    for (const page of pages) {
      const entry = entries.find((e) => e.includes(`<loc>${origin}${page.path}</loc>`))!;
      expect(entry, page.path).toContain(`hreflang="${twinOf(page).lang}" href="${origin}${twinOf(page).path}"`);
    }
    expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
    expect(readdirSync(dist).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(inject('buildOutput').match(/SITE_URL is not set/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('the 404 page carries its own styles and links from the server root, allowed by hash', () => {
    const html = readFileSync(join(dist, '404.html'), 'utf8');
    expect(html).toContain('href="/nl/"');
    expect(html).toContain('href="/en/"');
    expect(attrValues(html, 'link', 'href').filter((h) => !h.startsWith('data:'))).toEqual([]);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'/);
    expect(csp).not.toMatch(/unsafe-inline|wasm/);
    expect(readFileSync(join(based.dist, '404.html'), 'utf8')).toContain(`href="${based.base}nl/"`);
  });
});

describe('sections are a public interface', () => {
  it.each(pages.filter((p) => p.lang === 'nl').map((p) => [p.translationKey, p] as const))(
    '%s: the Dutch and English pages carry the same section ids',
    (_key, page) => {
      const twin = twinOf(page);
      const sectionIds = (html: string) =>
        [...html.matchAll(/<(?:h2|h3) id="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'page-sources-title');
      const nlIds = sectionIds(readPage(dist, page.path));
      const enIds = sectionIds(readPage(dist, twin.path));
      expect([...enIds].sort()).toEqual([...nlIds].sort());
      if (!['home'].includes(page.translationKey)) expect(nlIds.length).toBeGreaterThan(0);
    },
  );
});
