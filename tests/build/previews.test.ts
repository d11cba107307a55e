import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { contentPages } from '../support/contentPages.ts';
import { decode, htmlLang } from '../support/html.ts';
import { ready } from '../support/ready.ts';

// Link previews (issue 26): every page names its own 1200×630 PNG, by absolute URL, with an alt
// text in its language, but only when the site's address is known (SITE_URL).
const dist = inject('dist');
const based = inject('based');
beforeAll(() => ready('based'));

function htmlFiles(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel)).flatMap((name) => {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every `<meta property|name="…" content="…">` of a page, in order. */
function metas(html: string): [string, string][] {
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]);
}
const meta = (html: string, name: string) => metas(html).filter(([n]) => n === name).map(([, v]) => v);

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The fixed start of the alt text in each language (its template up to the first placeholder). */
const altStart = { nl: nl['preview.alt'].split('{')[0]!, en: en['preview.alt'].split('{')[0]! };
const pages = contentPages();

describe('link previews with SITE_URL (the build for a known address)', () => {
  const origin = `${based.site}${based.base}`;
  const files = () => htmlFiles(based.dist).filter((f) => f !== '404.html');

  it('every page but 404 names an absolute og:image that is a 1200×630 PNG in dist, well under 100 KB', () => {
    const problems: string[] = [];
    for (const file of files()) {
      const html = readFileSync(join(based.dist, file), 'utf8');
      const images = meta(html, 'og:image');
      if (images.length !== 1) {
        problems.push(`${file}: ${images.length} og:image`);
        continue;
      }
      const image = images[0]!;
      if (!image.startsWith(`${origin}previews/`) || !image.endsWith('.png')) {
        problems.push(`${file}: og:image ${image} is not an absolute URL under ${origin}previews/`);
        continue;
      }
      const onDisk = join(based.dist, image.slice(origin.length));
      if (!existsSync(onDisk)) problems.push(`${file}: ${image} is not in dist`);
      else {
        const size = pngSize(onDisk);
        if (size?.width !== 1200 || size.height !== 630) problems.push(`${file}: ${image} is ${size ? `${size.width}×${size.height}` : 'not a PNG'}`);
        if (statSync(onDisk).size > 90 * 1024) problems.push(`${file}: ${image} is ${statSync(onDisk).size} bytes`);
      }
      if (meta(html, 'og:image:width')[0] !== '1200' || meta(html, 'og:image:height')[0] !== '630') problems.push(`${file}: og:image:width/height`);
      if (meta(html, 'twitter:card')[0] !== 'summary_large_image') problems.push(`${file}: twitter:card`);
    }
    expect(problems).toEqual([]);
    // Every content page, the chooser, the two search pages, each lesson's pupil worksheet and the
    // timeline's embed view in each language.
    expect(files().length).toBe(pages.length + 3 + pages.filter((p) => p.kind === 'lesson').length + 2);
  });

  it("every page's og:image:alt is in its own language (the chooser's in both), and names the page's title", () => {
    const problems: string[] = [];
    for (const file of files()) {
      const html = readFileSync(join(based.dist, file), 'utf8');
      const lang = htmlLang(html) as 'nl' | 'en';
      const alt = meta(html, 'og:image:alt')[0] ?? '';
      if (!alt.startsWith(altStart[lang])) problems.push(`${file}: alt "${alt}" is not in ${lang}`);
      if (file === 'index.html' && !alt.includes(altStart.en)) problems.push(`${file}: the chooser's alt lacks English`);
      const page = pages.find((p) => `${p.path}index.html` === file);
      if (page && !alt.includes(`‘${page.title}’`)) problems.push(`${file}: alt "${alt}" does not name "${page.title}"`);
    }
    expect(problems).toEqual([]);
  });

  it('a page and its other language share different images, and a lesson its own', () => {
    const image = (path: string) => meta(readFileSync(join(based.dist, path, 'index.html'), 'utf8'), 'og:image')[0];
    expect(image('nl/kamervragen-2020/')).toBe(`${origin}previews/nl-questions-2020.png`);
    expect(image('en/questions-2020/')).toBe(`${origin}previews/en-questions-2020.png`);
    expect(image('nl/voor-docenten/gezichtsherkenning/')).toBe(`${origin}previews/nl-lesson-facial-recognition.png`);
    const bytes = (name: string) => readFileSync(join(based.dist, 'previews', name));
    expect(bytes('nl-timeline.png').equals(bytes('en-timeline.png'))).toBe(false);
  });

  it('no page loads its image: the PNG is named in meta tags only', () => {
    for (const file of files()) {
      const html = readFileSync(join(based.dist, file), 'utf8');
      const named = html.match(/previews\/[\w-]+\.png/g) ?? [];
      expect(named.length, file).toBe(metas(html).filter(([, v]) => v.includes('previews/')).length);
    }
  });
});

describe('link previews without SITE_URL (npm run build)', () => {
  it('no page names an og:image, relative or absolute, nor a twitter:card', () => {
    const named = htmlFiles(dist).filter((f) => /og:image|twitter:card|previews\//.test(readFileSync(join(dist, f), 'utf8')));
    expect(named).toEqual([]);
  });

  it('the images are built all the same, and the build says once that previews need SITE_URL', () => {
    expect(readdirSync(join(dist, 'previews')).sort()).toEqual(readdirSync(join(based.dist, 'previews')).sort());
    expect(inject('buildOutput').match(/Link previews need SITE_URL/g)).toHaveLength(1);
  });
});

describe('the package for opening from disk', () => {
  beforeAll(() => ready('packaged'));
  it('leaves the images out (a page opened from disk names none)', () => {
    const site = join(inject('packaged').unpacked, 'clearview-ai', 'site');
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'previews'))).toBe(false);
  });
});
