import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sortByDate } from '../../src/lib/dates.ts';
import { eventSchema, type TimelineEvent } from '../../src/lib/content/schemas.ts';

/** The real timeline events, read straight from content/ and sorted as the site sorts them. */
export function timelineEvents(): TimelineEvent[] {
  const dir = new URL('../../content/timeline/', import.meta.url).pathname;
  return sortByDate(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) as unknown[])
      .map((raw) => eventSchema.parse(raw)),
  );
}
