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
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
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
