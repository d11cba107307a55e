import { describe, expect, it } from 'vitest';
import { mustParseDate, sortByDate } from '../../src/lib/dates.ts';
import type { PageData, TimelineEvent } from '../../src/lib/content/schemas.ts';
import { SiteMap, toSitePage, type ListIds } from '../../src/lib/site.ts';
import { createLinks } from '../../src/lib/urls/links.ts';
import { eventsForSection, moreLinks, sectionTitle, timelineBacklinks } from '../../src/lib/timeline/links.ts';

const lists: ListIds = { events: [], glossary: [], sources: [] };
function data(key: string, navTitle: string): PageData {
  return { translationKey: key, title: navTitle, navTitle, description: 'D', kind: 'questions', order: 1, sources: ['ah-2669'], updated: '2026-11-23' };
}
const site = new SiteMap([
  toSitePage({ file: 'content/nl/kamervragen-2020.mdx', body: '<Section id="overview" title="In het kort">\n</Section>\n<Section id="q6" title="Vraag 6: Bezwaren">\n</Section>\n', data: data('questions-2020', 'Kamervragen 2020') }, lists),
  toSitePage({ file: 'content/en/questions-2020.mdx', body: '<Section id="overview" title="In short">\n</Section>\n<Section id="q6" title="Question 6: Objections">\n</Section>\n', data: data('questions-2020', 'Questions 2020') }, lists),
]);

function event(id: string, date: string, links: TimelineEvent['links']): TimelineEvent {
  return { id, date: mustParseDate(date), category: 'media', title: { nl: id, en: id }, summary: { nl: 's', en: 's' }, sources: ['ah-2669'], links };
}
const events = sortByDate([
  event('grapperhaus-answers', '2020-04-20', [{ page: 'questions-2020', section: 'overview' }]),
  event('nos-report', '2020-02-28', [{ page: 'questions-2020', section: 'overview' }]),
  event('youtube', '2020-02-04', [{ page: 'questions-2020', section: 'q6' }, { page: 'questions-2020', section: 'overview' }]),
  event('no-links', '2020-03-01', undefined),
]);

describe('timeline ↔ page links', () => {
  it('index events by the section they link to, in date order', () => {
    const index = timelineBacklinks(events);
    expect([...index.keys()].sort()).toEqual(['questions-2020#overview', 'questions-2020#q6']);
    expect(index.get('questions-2020#overview')!.map((e) => e.id)).toEqual(['youtube', 'nos-report', 'grapperhaus-answers']);
    expect(index.get('questions-2020#q6')!.map((e) => e.id)).toEqual(['youtube']);
  });

  it('find the events for one section, and none for a section no event names', () => {
    expect(eventsForSection(events, 'questions-2020', 'q6').map((e) => e.id)).toEqual(['youtube']);
    expect(eventsForSection(events, 'questions-2020', 'q1')).toEqual([]);
    expect(eventsForSection(events, 'europe', 'overview')).toEqual([]);
    expect(eventsForSection([], 'questions-2020', 'overview')).toEqual([]);
  });

  it('reads a section title from the page', () => {
    expect(sectionTitle(site.page('questions-2020', 'nl')!, 'q6')).toBe('Vraag 6: Bezwaren');
    expect(sectionTitle(site.page('questions-2020', 'en')!, 'missing')).toBeUndefined();
  });

  it('link an event to the sections that tell more, in the reader’s language, relative to the timeline page', () => {
    expect(moreLinks(site, events.find((e) => e.id === 'youtube')!, 'nl', createLinks(site, 'nl', 'nl/tijdlijn/'))).toEqual([
      { href: '../kamervragen-2020/#q6', label: 'Vraag 6: Bezwaren (Kamervragen 2020)' },
      { href: '../kamervragen-2020/#overview', label: 'In het kort (Kamervragen 2020)' },
    ]);
    expect(moreLinks(site, events.find((e) => e.id === 'nos-report')!, 'en', createLinks(site, 'en', 'en/timeline/', { format: 'file' }))).toEqual([
      { href: '../questions-2020/index.html#overview', label: 'In short (Questions 2020)' },
    ]);
    expect(moreLinks(site, events.find((e) => e.id === 'no-links')!, 'en', createLinks(site, 'en', 'en/timeline/'))).toEqual([]);
  });

  it('fail loudly for a link to a page that does not exist', () => {
    expect(() => moreLinks(site, event('x', '2020-01-01', [{ page: 'nowhere', section: 'a' }]), 'nl', createLinks(site, 'nl', 'nl/tijdlijn/'))).toThrow(/nowhere/);
  });
});
