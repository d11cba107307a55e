import { pageWeight } from './bench/pageWeight.ts';
for (const p of ['nl/', 'en/', 'nl/bronnen/', 'nl/tijdlijn/', 'en/timeline/']) { const w = pageWeight('/work/main/dist', '/', p) as any; console.log(p, w.jsGz, w.totalGz); }
