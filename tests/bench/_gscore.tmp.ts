import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readability } from '/work/wt-words/src/lib/readability.ts';
const g = parse(readFileSync('/work/wt-words/content/glossary.yaml', 'utf8')) as any[];
for (const lang of ['nl', 'en'] as const) {
  const rows = g.map((e) => { const r = readability(`${e.term[lang]}\n${e.definition[lang]}`, lang); return [r.score, e.id, r.words, r.sentences] as const; });
  rows.sort((a, b) => a[0] - b[0]);
  const all = readability(g.map((e) => `${e.term[lang]}\n${e.definition[lang]}`).join('\n'), lang);
  console.log(lang, 'ALL', all.score.toFixed(1), all.words, all.sentences);
  console.log(rows.map((r) => `${r[0].toFixed(0).padStart(4)} ${r[1]} ${r[2]}/${r[3]}`).join('\n'));
}
