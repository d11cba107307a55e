// How the timeline page grows with the story: the site built once as it is and once with ten
// times the events, generated from the real ones (same texts, new ids, dates spread over the same
// years, turning points left out), then first-load weight and DOM size compared. The generated
// texts repeat, which gzip likes; the raw HTML size is reported beside it for that reason.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT, runBuild } from '../support/build.ts';
import { pageWeight, type PageWeight } from './pageWeight.ts';

export interface ScalePoint {
  events: number;
  weight: PageWeight;
  htmlBytes: number;
  elements: number;
}

type RawEvent = Record<string, unknown> & { id: string; date: string };

/** `factor` copies of every event, each copy a few days later than the one before it. */
export function generateEvents(events: readonly RawEvent[], factor: number): RawEvent[] {
  const out: RawEvent[] = [];
  for (let k = 0; k < factor; k++) {
    for (const e of events) {
      if (k === 0) {
        out.push(e);
        continue;
      }
      const { turningPoint: _drop, ...rest } = e;
      const [y, m, d] = e.date.split('-').map(Number) as [number, number, number | undefined];
      const day = Math.min(28, (d ?? 1) + k * 2);
      const date = d === undefined ? e.date : `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      out.push({ ...rest, id: `${e.id}-copy-${k}`, date });
    }
  }
  return out;
}

export const countElements = (html: string) => (html.match(/<[a-zA-Z][^>]*>/g) ?? []).length;

function measure(dist: string, path: string, events: number): ScalePoint {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return { events, weight: pageWeight(dist, '/', path), htmlBytes: Buffer.byteLength(html), elements: countElements(html) };
}

/** Builds the site with `factor` times the events (factor 1: as it is) and measures `path`. */
export function measureAt(factor: number, path: string): ScalePoint {
  const dir = mkdtempSync(join(tmpdir(), 'clearview-scale-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
    const timeline = join(content, 'timeline');
    const real = readdirSync(timeline)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parse(readFileSync(join(timeline, f), 'utf8')) as RawEvent[]);
    const events = generateEvents(real, factor);
    if (factor > 1) {
      for (const f of readdirSync(timeline)) rmSync(join(timeline, f));
      writeFileSync(join(timeline, 'generated.yaml'), stringify(events));
    }
    const dist = join(dir, 'dist');
    const build = runBuild(dist, { BASE_PATH: '/', CONTENT_DIR: content });
    if (build.status !== 0) throw new Error(`build with ${events.length} events failed:\n${build.output.slice(-3000)}`);
    return measure(dist, path, events.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
