import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dialogTemplate } from '../../src/build/diskSearch.ts';
import {
  dataScript,
  dialogScript,
  diskKey,
  diskLang,
  diskResultData,
  engineScript,
  withIndexHtml,
  type DiskGlobal,
} from '../../src/lib/search/disk.ts';

const folder = 'file:///C:/Users/juf%20Anna/clearview-ai/site/pagefind/';

describe('diskKey', () => {
  it('names the file Pagefind asks for, by full URL or by path, without its ?ts= query', () => {
    expect(diskKey(`${folder}pagefind-entry.json?ts=1796433209567`, folder)).toBe('pagefind-entry.json');
    expect(diskKey('/C:/Users/juf%20Anna/clearview-ai/site/pagefind/index/nl_6a7f694.pf_index', folder)).toBe('index/nl_6a7f694.pf_index');
    expect(diskKey(`${folder}wasm.nl.pagefind`, folder)).toBe('wasm.nl.pagefind');
  });
  it('answers nothing outside the folder', () => {
    expect(diskKey(`${folder}../nl/index.html`, folder)).toBeNull();
    expect(diskKey('file:///etc/passwd', folder)).toBeNull();
    expect(diskKey(folder, folder)).toBeNull();
    expect(diskKey('http://[bad', folder)).toBeNull();
  });
});

describe('diskLang', () => {
  it('takes the language of <html lang>', () => {
    expect(diskLang('nl')).toBe('nl');
    expect(diskLang('en-GB')).toBe('en');
    expect(diskLang('../x')).toBeNull();
    expect(diskLang('')).toBeNull();
  });
});

describe('result links from disk', () => {
  it('name index.html for folders, keeping ?highlight= and the section', () => {
    expect(withIndexHtml('/C:/site/nl/antwoorden-2021/?highlight=catch#catch')).toBe('/C:/site/nl/antwoorden-2021/index.html?highlight=catch#catch');
    expect(withIndexHtml('/site/en/')).toBe('/site/en/index.html');
    expect(withIndexHtml('/site/en/#top')).toBe('/site/en/index.html#top');
    expect(withIndexHtml('/site/en/questions-2020/index.html?highlight=x')).toBe('/site/en/questions-2020/index.html?highlight=x');
  });
  it('for the page and every section under it', () => {
    const data = diskResultData({
      url: '/s/nl/x/?highlight=a',
      excerpt: 'e',
      meta: { title: 'X' },
      sub_results: [{ title: 'Y', url: '/s/nl/x/?highlight=a#y', excerpt: 'f' }],
    });
    expect(data.url).toBe('/s/nl/x/index.html?highlight=a');
    expect(data.sub_results?.[0]?.url).toBe('/s/nl/x/index.html?highlight=a#y');
    expect(data.meta.title).toBe('X');
  });
});

/** Runs classic scripts in a fresh global, as a browser runs them one after the other. */
function run(...scripts: string[]): { disk: DiskGlobal; pageFetchCalls: string[] } {
  const pageFetchCalls: string[] = [];
  const sandbox: Record<string, unknown> = { fetch: (u: string) => pageFetchCalls.push(u) };
  sandbox.self = sandbox;
  for (const script of scripts) runInNewContext(script, sandbox);
  return { disk: sandbox.clearviewDiskSearch as DiskGlobal, pageFetchCalls };
}

describe('the classic scripts the package writes', () => {
  it('register each language, in any order, beside what is there', () => {
    const { disk } = run(
      dialogScript('en', '<template data-search-dialog-template></template>'),
      dataScript('nl', { text: { 'pagefind-entry.json': '{"a":"</script>\u2028"}' }, base64: { 'wasm.nl.pagefind': 'AAE=' } }),
      dataScript('en', { text: {}, base64: {} }),
    );
    expect(Object.keys(disk.data!)).toEqual(['nl', 'en']);
    expect(disk.data!.nl!.text['pagefind-entry.json']).toBe('{"a":"</script>\u2028"}');
    expect(disk.dialogs!.en).toBe('<template data-search-dialog-template></template>');
  });
  it("give Pagefind's engine the disk fetch, and leave the page's fetch alone", async () => {
    const engine = 'var pagefindEngine = { load: (u) => fetch(u) };';
    const { disk, pageFetchCalls } = run(engineScript(engine));
    const asked: unknown[] = [];
    disk.fetch = async (input) => {
      asked.push(input);
      return new Response('ok');
    };
    await (disk.engine as { load(u: string): Promise<Response> }).load('pagefind-entry.json');
    expect(asked).toEqual(['pagefind-entry.json']);
    expect(pageFetchCalls).toEqual([]);
  });
});

describe('dialogTemplate', () => {
  it('takes the whole dialog template, nested template included', () => {
    const html = '<p>a</p><template data-search-dialog-template><dialog><template data-search-template><form></form></template><p>foot</p></dialog></template><p>b</p>';
    expect(dialogTemplate(html, 'x.html')).toBe(
      '<template data-search-dialog-template><dialog><template data-search-template><form></form></template><p>foot</p></dialog></template>',
    );
  });
  it('fails naming the file when there is none or it is not closed', () => {
    expect(() => dialogTemplate('<p></p>', 'nl/zoeken/index.html')).toThrow(/nl\/zoeken\/index\.html: no <template data-search-dialog-template>/);
    expect(() => dialogTemplate('<template data-search-dialog-template><template></template>', 'x.html')).toThrow(/x\.html: the dialog <template> is not closed/);
  });
});
