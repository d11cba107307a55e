import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentEvents, contentPages } from '../support/contentPages.ts';
import { attrValues, decode, readPage } from '../support/html.ts';

const dist = inject('dist');
const pages = contentPages();
const LANGS = ['nl', 'en'] as const;
type Lang = (typeof LANGS)[number];

const events = contentEvents();
const ids = events.map((e) => e.id);

/** The relative link from one site path to another in the same language (`nl/x/` → `../y/`). */
const relative = (from: string, to: string) => (from.split('/').length === 2 ? to.split('/').slice(1).join('/') : `../${to.split('/').slice(1).join('/')}`);
const pathOf = (key: string, lang: Lang) => pages.find((p) => p.translationKey === key && p.lang === lang)!.path;
const between = (html: string, start: RegExp, end: string): string => {
  const m = start.exec(html);
  if (!m) return '';
  const from = m.index;
  return html.slice(from, html.indexOf(end, from) + end.length);
};
const chartOf = (html: string) => between(html, /<svg class="tl-chart"/, '</svg>');
const listOf = (html: string) => between(html, /<section class="tl-list"/, '</section>');
const itemsOf = (html: string) => listOf(html).split(/(?=<li class="tl-item")/).slice(1);
/** The links of an HTML fragment of the page at `from`, resolved to site paths (`nl/bronnen/#x`). */
const linksOf = (fragment: string, from: string) =>
  attrValues(fragment, 'a', 'href').map((href) => {
    const url = new URL(href, `http://site.test/${from}`);
    return `${url.pathname.slice(1)}${url.hash}`;
  });

describe('timeline data', () => {
  it('has every event the issue names, with unique ids', () => {
    expect(events.length).toBeGreaterThanOrEqual(35);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['catch-in-use', 'buzzfeed-client-list', 'nos-report', 'buitenweg-questions', 'committee-debate-2020', 'grapperhaus-answers', 'ap-fine']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('timeline pages', () => {
  describe.each(LANGS)('%s', (lang) => {
    const html = readPage(dist, pathOf('timeline', lang));

    it('draws every event in the chart, once, in date order, each a link to its place in the list', () => {
      const chart = chartOf(html);
      expect(chart).not.toBe('');
      expect(attrValues(chart, 'a', 'href')).toEqual(ids.map((id) => `#${id}`));
      // No label is cut short: the chart draws titles whole (or the content's short title).
      expect(decode(chart)).not.toContain('…');
      // The turning points carry their note, drawn on the chart.
      for (const e of events.filter((x) => x.turningPoint)) expect(decode(chart), e.id).toContain(e.turningPoint![lang]);
      // Each event has a name for screen readers with its full title; the chart never reuses an id.
      // (The name starts with the drawn text, WCAG 2.5.3.)
      const labels = attrValues(chart, 'a', 'aria-label');
      events.forEach((e, i) => expect(labels[i], e.id).toContain(e.title[lang]));
      // Its only ids are the years', where the contents' year links land (`tl-2020`).
      const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
      expect(chart.match(/\sid="[^"]*"/g)).toEqual(years.map((y) => ` id="tl-${y}"`));
      expect(attrValues(between(html, /<nav[^>]*class="toc/, '</nav>'), 'a', 'href')).toEqual(years.map((y) => `#tl-${y}`));
    });

    it('names the months of the busy years on the chart, in the page’s language (Intl)', () => {
      // Each month's name stands at the height of its first event.
      const chart = chartOf(html);
      const ys = [...chart.matchAll(/<a class="tl-ev[^>]*transform="translate\(0 ([\d.]+)\)"/g)].map((m) => m[1]);
      const months = [...chart.matchAll(/<g class="tl-tick tl-month"[^>]*transform="translate\(0 ([\d.]+)\)"><text[^>]*>([^<]+)<\/text>/g)].map((m) => ({ year: events[ys.indexOf(m[1]!)]!.date.slice(0, 4), name: m[2] }));
      expect(ys.length).toBe(events.length);
      const name = (iso: string) => new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      for (const year of ['2020', '2021']) expect(months.filter((m) => m.year === year).length, year).toBeGreaterThanOrEqual(3);
      expect(months.map((m) => m.name)).toEqual(expect.arrayContaining([name('2020-01-15'), name('2020-02-15'), name('2020-03-15'), name('2021-08-15')]));
    });

    it('opens with the chart: the introduction and the filter wait in disclosures above it, the overview comes first', () => {
      const body = html.slice(html.indexOf('<div class="timeline"'));
      const at = (s: string) => body.indexOf(s);
      expect(at('<details class="tl-tools"')).toBeGreaterThan(-1);
      expect(at('<details class="tl-about"')).toBeGreaterThan(-1);
      expect(at('<svg class="tl-ov"')).toBeGreaterThan(at('<details class="tl-about"'));
      expect(at('<svg class="tl-chart"')).toBeGreaterThan(at('<svg class="tl-ov"'));
      expect(at('<section class="tl-list"')).toBeGreaterThan(at('<svg class="tl-chart"'));
      // No paragraph of the page's text stands between the heading and the chart.
      const before = html.slice(html.indexOf('</h1>'), html.indexOf('<div class="timeline"'));
      expect(before).not.toMatch(/<p>/);
      // The teacher-facing instructions on `#` addresses have moved to the teachers page.
      expect(html).not.toMatch(/tijdlijn\/#nos-report|timeline\/#nos-report/);
      // The overview: a row per category and a place for every event (the script draws the markers there).
      const ov = between(html, /<svg class="tl-ov"/, '</svg>');
      expect(/data-x="([^"]+)"/.exec(ov)?.[1]?.split(' ').length).toBe(ids.length);
      expect(attrValues(ov, 'g', 'data-category').filter((c, i, all) => all.indexOf(c) === i).sort()).toEqual([...new Set(events.map((e) => e.category))].sort());
    });

    it('has an embed view at its own address: every event, no menu, links out opening a new tab, not indexed', () => {
      const path = `${pathOf('timeline', lang)}embed/`;
      const embed = readPage(dist, path);
      expect(attrValues(listOf(embed), 'li', 'data-event')).toEqual(ids);
      expect(attrValues(chartOf(embed), 'a', 'href')).toEqual(ids.map((id) => `#${id}`));
      expect(embed).toContain('<meta name="robots" content="noindex"');
      expect(embed).not.toContain('data-pagefind-body');
      expect(embed).not.toMatch(/<nav\b|<header\b|<footer\b|data-copy-link/);
      // Every link that leaves the view opens a new tab; the chart's and list's own stay.
      for (const m of embed.matchAll(/<a\b([^>]*)>/g)) {
        const href = /href="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
        expect(/target="_blank"/.test(m[1]!), href).toBe(!href.startsWith('#'));
      }
      expect(linksOf(embed, path)).toContain(pathOf('timeline', lang));
    });

    it('lists every event, once, in date order, grouped by year in open <details>, with its date, title, sources and the sections that tell more', () => {
      const groups = listOf(html).split('<details class="tl-group" open>').slice(1);
      expect(groups.map((g) => /<summary class="tl-year">(\d{4})<\/summary>/.exec(g)?.[1])).toEqual([...new Set(events.map((e) => e.date.slice(0, 4)))]);
      for (const g of groups) for (const id of attrValues(g, 'li', 'data-event')) expect(events.find((e) => e.id === id)!.date.slice(0, 4)).toBe(/tl-year">(\d{4})/.exec(g)![1]);
      const items = itemsOf(html);
      expect(items.length).toBe(events.length);
      expect(items.map((li) => /data-event="([^"]+)"/.exec(li)![1])).toEqual(ids);
      const sources = pathOf('sources', lang);
      events.forEach((e, i) => {
        const li = items[i]!;
        const links = linksOf(li, pathOf('timeline', lang));
        expect(li, e.id).toContain(`<h2 id="${e.id}">`);
        expect(li, e.id).toContain(`<time class="tl-date" datetime="${e.date}">`);
        // A visible copy-link control right after the heading, as sections have (issue 14), named
        // by the page's one label and the heading (not the date and title over again: issue 23).
        expect(li, e.id).toMatch(new RegExp(`</h2><a class="anchor" href="#${e.id}" aria-labelledby="copy_link ${e.id}" data-copy-link></a>`));
        expect(decode(li), e.id).toContain(e.title[lang]);
        for (const s of e.sources) expect(links, `${e.id} → ${s}`).toContain(`${sources}#${s}`);
        for (const l of e.links ?? []) expect(links, `${e.id} → ${l.page}#${l.section}`).toContain(`${pathOf(l.page, lang)}#${l.section}`);
      });
    });

    it('writes dates out in the page’s language', () => {
      const nos = itemsOf(html).find((li) => li.includes('data-event="nos-report"'))!;
      expect(nos).toContain(lang === 'nl' ? '>28 februari 2020</time>' : '>28 February 2020</time>');
      const month = itemsOf(html).find((li) => li.includes('data-event="dekker-answers-verhoeven"'))!;
      expect(month).toContain(lang === 'nl' ? 'datetime="2020-03">maart 2020</time>' : 'datetime="2020-03">March 2020</time>');
      // Known only to the month: after the dated events of March 2020, before April.
      const order = attrValues(listOf(html), 'li', 'data-event');
      expect(order.indexOf('dekker-answers-verhoeven')).toBe(order.indexOf('answers-delayed') + 1);
      const catchItem = itemsOf(html).find((li) => li.includes('data-event="catch-in-use"'))!;
      expect(catchItem).toContain(lang === 'nl' ? 'datetime="2016-12">december 2016</time>' : 'datetime="2016-12">December 2016</time>');
    });

    it('puts each event id on the page exactly once, on the list heading', () => {
      for (const id of ids) expect(html.split(`id="${id}"`).length - 1, id).toBe(1);
    });

    it('offers a filter with every category, and hides the details panel until the script runs', () => {
      const categories = [...new Set(events.map((e) => e.category))].sort();
      expect(attrValues(html, 'input', 'value').filter((v) => categories.includes(v)).sort()).toEqual(categories);
      expect(html).toMatch(/<section class="tl-detail"[^>]*\shidden/);
      // The script is a file of its own, loaded on this page.
      expect(attrValues(html, 'script', 'src').length).toBeGreaterThan(0);
    });
  });

  it('the pages that tell more link back to their events on the timeline', () => {
    for (const lang of LANGS) {
      const timeline = pathOf('timeline', lang);
      for (const e of events) {
        for (const l of e.links ?? []) {
          const from = pathOf(l.page, lang);
          const html = readPage(dist, from);
          const heading = html.search(new RegExp(`<h[23] id="${l.section}"`));
          const href = `href="${relative(from, timeline)}#${e.id}"`;
          const link = html.indexOf(href, heading);
          expect(heading, `${l.page}#${l.section}`).toBeGreaterThan(-1);
          expect(link, `${lang}: ${l.page}#${l.section} → ${e.id}`).toBeGreaterThan(heading);
          const nextSection = html.slice(heading + 1).search(/<h2 id="/);
          if (nextSection !== -1) expect(link, `${l.page}#${l.section} → ${e.id} inside its section`).toBeLessThan(heading + 1 + nextSection);
        }
      }
    }
  });

  it('loads the timeline script on the timeline pages only', () => {
    const scripts = (path: string) => attrValues(readPage(dist, path), 'script', 'src');
    const timelineOnly = (lang: Lang) => {
      const others = new Set(pages.filter((p) => p.lang === lang && p.translationKey !== 'timeline').flatMap((p) => scripts(p.path)));
      return scripts(pathOf('timeline', lang)).filter((src) => !others.has(src));
    };
    for (const lang of LANGS) {
      const own = timelineOnly(lang);
      expect(own.length, lang).toBe(1);
      const code = readFileSync(join(dist, pathOf('timeline', lang), own[0]!), 'utf8');
      expect(code).toContain('data-timeline');
    }
  });
});
