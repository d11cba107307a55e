import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readTags } from '../../src/lib/content/mdxTags.ts';
import { passageOccurs, withTextFragment } from '../../src/lib/urls/textFragment.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { contentPages } from '../support/contentPages.ts';
import { readPage } from '../support/html.ts';

/** The two source documents we hold in full (../shared/sources), by source id. */
const SHARED = join(PROJECT_ROOT, '..', 'shared', 'sources');
const DOCUMENTS: Record<string, string> = {
  'ah-2669': 'kamervragen-2020-2669.txt',
  'article-2021': 'article-2021-dekker-answers.txt',
};
if (!existsSync(SHARED)) {
  throw new Error(`tests/build/locators.test.ts checks every passage against the source documents in ${SHARED}, which is missing: put the shared/ folder beside the project (as CI does) and run the tests again.`);
}
const text = Object.fromEntries(Object.entries(DOCUMENTS).map(([id, file]) => [id, readFileSync(join(SHARED, file), 'utf8')]));
const sources = parse(readFileSync(join(PROJECT_ROOT, 'content', 'sources.yaml'), 'utf8')) as { id: string; url?: string }[];
const urlOf = new Map(sources.map((s) => [s.id, s.url]));

const locators = contentPages().flatMap((page) =>
  readTags(readFileSync(join(PROJECT_ROOT, page.file), 'utf8'))
    .filter((t) => t.name === 'Cite' && t.attrs.passage)
    .map((t) => ({ page, line: t.line, id: t.attrs.id!, passage: t.attrs.passage! })),
);

describe('every claim to its passage', () => {
  it('the content has locators for both documents we hold', () => {
    expect(readdirSync(SHARED).sort()).toEqual(Object.values(DOCUMENTS).sort());
    for (const id of Object.keys(DOCUMENTS)) expect(locators.filter((l) => l.id === id).length, id).toBeGreaterThanOrEqual(5);
  });

  it.each(locators.filter((l) => l.id in DOCUMENTS).map((l) => [`${l.page.file}:${l.line} ${l.id} «${l.passage}»`, l] as const))(
    '%s occurs in the document',
    (_name, l) => {
      expect(passageOccurs(l.passage, text[l.id]!), `${l.page.file}:${l.line}: passage not found in ${DOCUMENTS[l.id]}`).toBe(true);
    },
  );

  it('a citation with a passage links to its document opened at that passage', () => {
    const root = inject('dist');
    let linked = 0;
    for (const l of locators) {
      const url = urlOf.get(l.id);
      if (!url) continue;
      const href = withTextFragment(url, l.passage).replace(/&/g, '&amp;');
      expect(readPage(root, l.page.path).includes(`href="${href}"`), `${l.page.file}:${l.line}`).toBe(true);
      linked += 1;
    }
    expect(linked).toBeGreaterThan(0);
  });

  it('the sources page says how often each source is cited', () => {
    const root = inject('dist');
    const nl = readPage(root, 'nl/bronnen/');
    const en = readPage(root, 'en/sources/');
    expect(nl.match(/class="source-cited"/g)?.length).toBe(sources.length);
    expect(en.match(/class="source-cited"/g)?.length).toBe(sources.length);
    expect(en).not.toMatch(/\bnr\./);
  });
});
