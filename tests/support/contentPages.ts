import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './build.ts';

export interface ContentPage {
  lang: 'nl' | 'en';
  slug: string;
  file: string;
  translationKey: string;
  title: string;
  kind: string;
  /** Site-relative path of the built page, e.g. "nl/bronnen/". */
  path: string;
}

/** The content pages as the author wrote them: the tests' independent list of what must exist. */
export function contentPages(): ContentPage[] {
  const pages: ContentPage[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const dir = join(PROJECT_ROOT, 'content', lang);
    // Recursive: lessons live in a folder under the teachers page (content/nl/voor-docenten/…).
    const names = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.replace(/\\/g, '/'));
    for (const name of names.filter((f) => f.endsWith('.mdx')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, string>;
      const slug = name === 'index.mdx' ? '' : name.replace(/\.mdx$/, '');
      pages.push({
        lang,
        slug,
        file: `content/${lang}/${name}`,
        translationKey: front.translationKey!,
        title: front.title!,
        kind: front.kind!,
        path: slug ? `${lang}/${slug}/` : `${lang}/`,
      });
    }
  }
  return pages;
}

export function twinOf(page: ContentPage): ContentPage {
  const twin = contentPages().find((p) => p.translationKey === page.translationKey && p.lang !== page.lang);
  if (!twin) throw new Error(`no twin for ${page.file}`);
  return twin;
}

export interface ContentEvent {
  id: string;
  date: string;
  category: string;
  title: Record<'nl' | 'en', string>;
  turningPoint?: Record<'nl' | 'en', string>;
  sources: string[];
  links?: { page: string; section: string }[];
}

/**
 * The timeline events as the author wrote them (content/timeline/*.yaml), read without src/ so
 * the tests have their own view of what must be on the page: by date, then id. A month-only date
 * comes after every dated event of that month (it may be any day of it): "2020-03" sorts as
 * "2020-03-99".
 */
export function contentEvents(): ContentEvent[] {
  const dir = join(PROJECT_ROOT, 'content', 'timeline');
  const day = (iso: string) => (iso.length === 7 ? `${iso}-99` : iso.length === 4 ? `${iso}-99-99` : iso);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as ContentEvent[])
    .sort((a, b) => day(a.date).localeCompare(day(b.date)) || a.id.localeCompare(b.id));
}
