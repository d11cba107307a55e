import { describe, expect, inject, it } from 'vitest';
import { guardedPage, servedSite } from '../support/browser.ts';
import { contentPages } from '../support/contentPages.ts';
import { readPage } from '../support/html.ts';

const dist = inject('dist');

/** Each lesson's worksheet, at its public address below the lesson (written out, not from src/). */
const SHEET = { nl: 'werkblad', en: 'worksheet' } as const;
const lessons = contentPages().filter((p) => p.kind === 'lesson');
const sheets = lessons.map((l) => ({ lang: l.lang, lesson: l, path: `${l.path}${SHEET[l.lang]}/` }));
const twinSheet = (s: (typeof sheets)[number]) => sheets.find((o) => o.lesson.translationKey === s.lesson.translationKey && o.lang !== s.lang)!;

/** What a pupil gets: only these parts, with these headings. */
const PUPIL_HEADINGS = { nl: ['Bronnenopdracht', 'Exitticket'], en: ['Source exercise', 'Exit ticket'] } as const;
/** What only the teacher gets (none of it may reach the worksheet). */
const TEACHER_SELECTORS = ['#goals', '#prior', '#materials', '#steps', '#discussion', '#differentiation', '#watch', '#notes', '.step', '.tip', '.cards', '.answers', '.print-options'];

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The first words of a lesson's model answers, from the built guide. */
function answersStart(path: string): string {
  const html = readPage(dist, path);
  const body = html.slice(html.indexOf('class="answers-body"'));
  return body.slice(body.indexOf('>') + 1).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
}

describe('pupil worksheets (issue 24)', () => {
  const served = servedSite(dist, inject('folder'));

  it('there is one worksheet per lesson in each language', () => {
    expect(sheets.filter((s) => s.lang === 'nl').length).toBeGreaterThanOrEqual(4);
    expect(sheets.filter((s) => s.lang === 'en').length).toBe(sheets.filter((s) => s.lang === 'nl').length);
  });

  it.each(sheets.map((s) => [s.path, s] as const))('%s: the tasks with space to write, no teacher text, at most two A4 pages', async (_p, sheet) => {
    const g = await guardedPage(served.browser, served.server.origin, { viewport: { width: 320, height: 700 } });
    const url = `${served.site}${sheet.path}`;
    await g.page.goto(url);
    // Reflows on a phone.
    expect(await g.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await g.page.setViewportSize({ width: 1280, height: 900 });
    expect((await g.page.locator('h1').textContent())!.trim()).toBe(sheet.lesson.title);
    expect(await g.page.locator('main h2').allTextContents()).toEqual([...PUPIL_HEADINGS[sheet.lang]]);
    for (const sel of TEACHER_SELECTORS) expect(await g.page.locator(`main ${sel}`).count(), sel).toBe(0);
    const text = await g.page.locator('main').innerText();
    const answers = answersStart(sheet.lesson.path);
    expect(answers.split(' ').length).toBe(6);
    expect(text.includes(answers), `model answer "${answers}" on the worksheet`).toBe(false);
    // A box to write in after every question, and a line for name and class.
    const boxes = await g.page.locator('.worksheet-part ol > li').evaluateAll((lis) =>
      lis.map((li) => { const s = getComputedStyle(li, '::after'); return s.content === '""' && parseFloat(s.minHeight) >= 30 && s.borderTopStyle !== 'none'; }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    expect(boxes.every(Boolean)).toBe(true);
    expect(await g.page.locator('.worksheet-name dd').count()).toBe(2);
    // The way back to the guide, the print control and the other language's worksheet.
    expect(new URL((await g.page.locator('.worksheet-tools a').getAttribute('href'))!, url).href).toBe(`${served.site}${sheet.lesson.path}`);
    expect(await g.page.locator('button[data-print-button]').isVisible()).toBe(true);
    expect(new URL((await g.page.locator('a.lang-switch').getAttribute('href'))!, url).href).toBe(`${served.site}${twinSheet(sheet).path}`);
    expect(await g.page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    // On paper: no buttons or site furniture, the address, one or two A4 pages.
    await g.page.emulateMedia({ media: 'print' });
    expect(await g.page.locator('.worksheet-tools').isVisible()).toBe(false);
    expect(await g.page.locator('.print-meta').innerText()).toContain(url);
    const pages = pdfPages(await g.page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(g.errors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    await g.context.close();
  });

  // axe: the design walk (design.test.ts) checks every built page, worksheets included, taking
  // turns with and without scripts, light and dark.
  it.each(['nl', 'en'] as const)('%s: without JavaScript the print button stays hidden and the worksheet says how to print', async (lang) => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: false });
    await g.page.goto(`${served.site}${sheets.find((s) => s.lang === lang)!.path}`);
    expect(await g.page.locator('button[data-print-button]').isVisible()).toBe(false);
    expect(await g.page.locator('.worksheet-tools .print-hint').isVisible()).toBe(true);
    await g.context.close();
  });

  it.each(['nl', 'en'] as const)('%s: the teachers page and every lesson link to the worksheets', async (lang) => {
    const g = await guardedPage(served.browser, served.server.origin);
    const teachers = lang === 'nl' ? 'nl/voor-docenten/' : 'en/for-teachers/';
    await g.page.goto(`${served.site}${teachers}`);
    const hrefs = await g.page.locator('.lesson-card a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const mine = sheets.filter((s) => s.lang === lang);
    for (const s of mine) {
      expect(hrefs, s.path).toContain(`${served.site}${s.path}`);
      expect(hrefs, s.lesson.path).toContain(`${served.site}${s.lesson.path}`);
    }
    // The lessons come first on the teachers page, before the guidance on linking.
    const order = await g.page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(order.indexOf('lessons')).toBe(0);
    expect(order.indexOf('linking')).toBe(1);
    await g.page.goto(`${served.site}${mine[0]!.lesson.path}`);
    expect(await g.page.locator('.worksheet-link a').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${served.site}${mine[0]!.path}`);
    await g.context.close();
  });

  // Cards: lessons 1 and 3 supply cards (sorting cards; role cards and a rubric) that print alone.
  const withCards = lessons.filter((l) => readPage(dist, l.path).includes('class="cards '));
  it('the lessons with cards are the sorting lesson and the role-play lesson, in both languages', () => {
    expect(withCards.length).toBe(4);
  });

  it.each(withCards.map((l) => [l.path, l] as const))('%s: "print only the cards" prints the cards alone on at most two A4 pages', async (_p, lesson) => {
    const g = await guardedPage(served.browser, served.server.origin, { siteScripts: false });
    await g.page.goto(`${served.site}${lesson.path}`);
    await g.page.check('#print-cards');
    await g.page.emulateMedia({ media: 'print' });
    const cards = g.page.locator('.card');
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
    for (const sel of ['#steps', '#exercise', '#notes', '#goals', '.site-header', '.page-sources']) expect(await g.page.locator(sel).first().isVisible(), sel).toBe(false);
    const sorting = g.page.locator('.cards-sorting .card');
    if (await sorting.count()) {
      expect(await sorting.count()).toBeGreaterThanOrEqual(8);
      expect(await sorting.count()).toBeLessThanOrEqual(10);
    }
    for (const role of await g.page.locator('.cards-roles .card').all()) expect(await role.locator('.card-goal').count()).toBe(1);
    const pages = pdfPages(await g.page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await g.context.close();
  });
});
