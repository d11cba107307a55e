import { LOCALES } from '../locales.ts';

/**
 * Every file under content/ must be picked up by a collection: a page in a folder no loader reads,
 * or a `.md` where `.mdx` is expected, would otherwise vanish from the site without a word.
 */
const EXPECTED: readonly RegExp[] = [
  new RegExp(`^(${LOCALES.join('|')})/[a-z0-9-]+(/[a-z0-9-]+)*\\.mdx$`),
  /^sources\.yaml$/,
  /^glossary\.yaml$/,
  /^timeline\/[a-z0-9-]+\.yaml$/,
  // The readme of the archive `npm run package` writes, in Dutch and English.
  /^hosting\/(LEESMIJ|README)\.txt$/,
];

/** Paths relative to content/ (with "/"); dotfiles such as .DS_Store are ignored. */
export function unexpectedContentFiles(paths: readonly string[]): string[] {
  return paths
    .filter((p) => !p.split('/').some((part) => part.startsWith('.')))
    .filter((p) => !EXPECTED.some((re) => re.test(p)))
    .map((p) => `content/${p}: not part of any collection; pages are ${LOCALES.map((l) => `content/${l}/*.mdx`).join(' or ')} (lowercase kebab-case names), data is sources.yaml, glossary.yaml or timeline/*.yaml, the archive's readme hosting/LEESMIJ.txt or hosting/README.txt`);
}
