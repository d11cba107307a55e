import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build.ts';
import { contentPages } from '../support/contentPages.ts';
import { decode, readPage } from '../support/html.ts';

// Issue 21 "Real titles" and issue 22 item 3: the sources page groups the sources by kind, each
// source is one compact entry under its own id, and titles come from the data (sources.yaml),
// which holds the published titles of ../shared/facts/titles.md.
const dist = inject('dist');
const PAGES = { nl: 'nl/bronnen/', en: 'en/sources/' } as const;
const GROUPS = ['official-record', 'regulators-courts', 'news-other'];

interface RawSource { id: string; group: string; title?: string }
const sources = parse(readFileSync(join(PROJECT_ROOT, 'content', 'sources.yaml'), 'utf8')) as RawSource[];

/** The titles ../shared/facts/titles.md gives, exactly as published (copied here, so a change shows). */
const PUBLISHED: Record<string, string> = {
  'ah-2237': 'Uitstel beantwoording vragen van het lid Buitenweg over de berichtgeving ‘Ook in Nederland gezichtsherkenning met omstreden programma Clearview‘',
  'ah-2669': 'Vragen van het lid Buitenweg (GroenLinks) aan de Minister van Justitie en Veiligheid over de berichtgeving «Ook in Nederland gezichtsherkenning met omstreden programma Clearview»',
  'ah-105': 'Vragen van de leden Van Ginneken (D66) en Bouchallikh(GroenLinks) aan de Minister voor Rechtsbescherming over het bericht dat de Nederlandse politie toch gebruik heeft gemaakt van gezichtsherkenningssoftware van het omstreden bedrijf Clearview AI',
  'ah-472': 'Vragen van de leden Van Ginneken (D66) en Bouchallikh(GroenLinks) aan de Minister voor Rechtsbescherming over het bericht dat de Nederlandse politie toch gebruik heeft gemaakt van gezichtsherkenningssoftware van het omstreden bedrijf Clearview AI',
  'ah-584': 'Vragen van het lid Verhoeven (D66) aan de Minister van Justitie en Veiligheid over het bericht «Gezichtendatabase van politie bevat foto’s van 1,3 miljoen mensen»',
  'kst-35300-vi-64': 'Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2020',
  'kst-32761-152': 'Waarborgen en kaders bij gebruik gezichtsherkenningstechnologie',
  'kst-32761-206': 'Toezegging gedaan tijdens het commissiedebat Telecomraad van 24 november 2021, over gezichtsherkenning in de openbare ruimte',
  'kv-2020z01644': 'Vragen van het lid Verhoeven (D66) aan de Minister voor Rechtsbescherming over het bericht «Tientallen camera’s houden klanten van filiaal Jumbo in de gaten: «Willen we dit»?»',
  'garante-2022': 'Ordinanza ingiunzione nei confronti di Clearview AI - 10 febbraio 2022 [9751362]',
  'cnil-2022': 'Délibération de la formation restreinte n° SAN-2022-019 du 17 octobre 2022 concernant la société CLEARVIEW AI',
  'ico-2022': 'ICO fines facial recognition database company Clearview AI Inc more than £7.5m and orders UK data to be deleted',
  'ap-2024': 'Dutch DPA imposes a fine on Clearview because of illegal data collection for facial recognition',
};

/** Each source entry of a built sources page: its group (the h2 before it) and its HTML. */
function entries(html: string): Map<string, { group: string; html: string }> {
  const out = new Map<string, { group: string; html: string }>();
  const main = html.slice(html.indexOf('<div class="source-list"'), html.indexOf('</main>'));
  for (const groupPart of main.split(/<h2 id="/).slice(1)) {
    const group = groupPart.slice(0, groupPart.indexOf('"'));
    for (const entry of groupPart.split('<div class="source">').slice(1)) {
      const id = /<h3 id="([^"]+)"/.exec(entry)![1]!;
      out.set(id, { group, html: entry });
    }
  }
  return out;
}

const titleOf = (entry: string) => {
  const m = /<p class="source-title">[\s\S]*?<cite[^>]*>([\s\S]*?)<\/cite>/.exec(entry);
  return m ? decode(m[1]!) : undefined;
};

describe('the sources page', () => {
  it('sources.yaml holds every published title that titles.md gives', () => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const [id, title] of Object.entries(PUBLISHED)) expect(byId.get(id)?.title, id).toBe(title);
  });

  it.each(Object.entries(PAGES))('%s: three groups in order, each source once under its group and id, with a filter row', (_lang, path) => {
    const html = readPage(dist, path);
    const found = entries(html);
    expect([...new Set([...found.values()].map((e) => e.group))]).toEqual(GROUPS);
    expect([...found.keys()].sort()).toEqual(sources.map((s) => s.id).sort());
    for (const s of sources) expect(found.get(s.id)!.group, s.id).toBe(s.group);
    // Every source id occurs once as an id on the page: teachers' links (#ah-2669) keep working.
    for (const s of sources) expect(html.match(new RegExp(`\\sid="${s.id}"`, 'g'))?.length, s.id).toBe(1);
    // The filter: plain links to the list and to each group, before the first group.
    const nav = /<nav class="source-filter"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect([...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['all-sources', ...GROUPS]);
    expect(html).toMatch(/<div class="source-list" id="all-sources">/);
    expect(html.indexOf('class="source-filter"')).toBeLessThan(html.indexOf(`id="${GROUPS[0]}"`));
  });

  it.each(Object.entries(PAGES))('%s: titles come from the data; a source without one has no title line', (_lang, path) => {
    const found = entries(readPage(dist, path));
    let titled = 0;
    for (const s of sources) {
      const shown = titleOf(found.get(s.id)!.html);
      if (s.title) {
        expect(shown, s.id).toBe(s.title);
        titled += 1;
      } else {
        expect(found.get(s.id)!.html, s.id).not.toContain('class="source-title"');
      }
    }
    expect(titled).toBeGreaterThanOrEqual(Object.keys(PUBLISHED).length);
    expect(readPage(dist, path)).not.toMatch(/Niet bekend|Not known/);
  });

  it.each(Object.entries(PAGES))('%s: every entry says where the site cites the source, with links to those pages', (_lang, path) => {
    const found = entries(readPage(dist, path));
    for (const [id, e] of found) {
      const cited = /<p class="source-cited">([\s\S]*?)<\/p>/.exec(e.html)?.[1];
      expect(cited, id).toBeDefined();
      expect(cited!.match(/<a href=/g)?.length ?? 0, id).toBeGreaterThan(0);
      expect(cited, id).toMatch(/\(\d+\)/);
    }
  });

  it('a note\'s popover gives the source\'s published title where it is known, and no title line where not', () => {
    const titles = new Map(sources.map((s) => [s.id, s.title]));
    let withTitle = 0;
    let without = 0;
    for (const page of contentPages()) {
      const html = readPage(dist, page.path);
      for (const m of html.matchAll(/<p class="note-pop"[^>]*>([\s\S]*?)<\/p>/g)) {
        const id = /href="[^"]*#([^"]+)"/.exec(m[1]!)![1]!;
        const shown = /<cite class="note-title"[^>]*>([\s\S]*?)<\/cite>/.exec(m[1]!)?.[1];
        expect(shown && decode(shown), `${page.file}: ${id}`).toBe(titles.get(id));
        if (shown) withTitle += 1;
        else without += 1;
      }
    }
    expect(withTitle).toBeGreaterThan(50);
    expect(without).toBeGreaterThan(10);
  });
});
