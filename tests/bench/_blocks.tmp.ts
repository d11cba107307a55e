import { readability, visibleText } from '../../src/lib/readability.ts';
import { readPage } from '../support/html.ts';
const [path, lang] = [process.argv[2]!, process.argv[3] as 'nl' | 'en'];
const text = visibleText(readPage('dist', path));
const rows = text.split('\n').filter(Boolean).map((b) => { const r = readability(b, lang); const ideal = lang === 'nl' ? 1.55 : 1.4; return { excess: r.syllables - ideal * r.words + (r.words / r.sentences > 12 ? (r.words / r.sentences - 12) * r.sentences : 0), r, b }; });
rows.sort((a, b) => b.excess - a.excess);
for (const x of rows.slice(0, Number(process.argv[4] ?? 15))) console.log(x.excess.toFixed(0).padStart(4), x.r.score.toFixed(0).padStart(4), x.b.slice(0, 260));
