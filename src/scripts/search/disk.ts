// Search from disk (file://, the copy `npm run package` makes): a page opened from disk may not
// fetch() files, but it may load classic scripts. So Pagefind's engine and this language's index
// come as classic scripts from pagefind/disk/ (src/build/diskSearch.ts writes them), loaded on
// first use, and the engine's own `fetch` answers from the files those scripts hold. The page's
// fetch() is left alone. Same engine, same index, same ranking as on a server.
import {
  DISK_ENGINE_FILE,
  DISK_FOLDER,
  DISK_GLOBAL,
  DISK_HIGHLIGHT_FILE,
  diskDataFile,
  diskDialogFile,
  diskKey,
  diskLang,
  diskResultData,
  type DiskData,
  type DiskGlobal,
} from '../../lib/search/disk.ts';
import type { PagefindApi } from './pagefind.ts';

const disk = (): DiskGlobal => ((self as unknown as Record<string, DiskGlobal>)[DISK_GLOBAL] ??= {});

const scripts = new Map<string, Promise<void>>();

/** A classic script, loaded once (tried again after a failure). */
function classicScript(src: string): Promise<void> {
  let loading = scripts.get(src);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`search from disk: could not load ${src}`));
      }, { once: true });
      document.head.append(script);
    });
    loading.catch(() => scripts.delete(src));
    scripts.set(src, loading);
  }
  return loading;
}

/** The page's language as the disk files name it (<html lang>). */
function lang(): string {
  const key = diskLang(document.documentElement.lang);
  if (!key) throw new Error('search from disk: the page has no language');
  return key;
}

function base64Bytes(text: string): Uint8Array {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Gzip unpacked by the browser itself, which is many times quicker than Pagefind's own inflate in
 * JavaScript (the WebAssembly and the index chunks are gzip): Pagefind takes unpacked files as they
 * are (they start with its signature). A browser without DecompressionStream gets the gzip.
 */
async function unpacked(bytes: Uint8Array<ArrayBuffer>): Promise<BodyInit> {
  if (typeof DecompressionStream !== 'function' || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/** Pagefind's fetch, answered from one language's files: what a server would send, unpacked. */
function fetchFrom(data: DiskData, basePath: string): (input: unknown) => Promise<Response> {
  return async (input) => {
    const key = diskKey(String(input), basePath);
    const text = key === null ? undefined : data.text[key];
    const base64 = key === null ? undefined : data.base64[key];
    if (text !== undefined) return new Response(text);
    if (base64 !== undefined) return new Response(await unpacked(base64Bytes(base64) as Uint8Array<ArrayBuffer>));
    return new Response(null, { status: 404, statusText: 'Not Found' });
  };
}

/**
 * Pagefind's API from disk, not yet started (pagefind.ts sets its options and starts it, as on a
 * server). `folder` is the URL of the site's pagefind/ folder. Its results link to index.html.
 */
export async function diskEngine(folder: string): Promise<PagefindApi> {
  const key = lang();
  const file = (name: string) => new URL(`${DISK_FOLDER}/${name}`, folder).href;
  await Promise.all([classicScript(file(diskDataFile(key))), classicScript(file(DISK_ENGINE_FILE))]);
  const data = disk().data?.[key];
  const api = disk().engine as PagefindApi | undefined;
  if (!data || !api) throw new Error('search from disk: the disk index is incomplete');
  disk().fetch = fetchFrom(data, folder);
  return {
    options: (options) => api.options(options),
    init: () => api.init(),
    filters: () => api.filters(),
    async search(term, options) {
      const response = await api.search(term, options);
      if (!response) return response;
      return { ...response, results: response.results.map((r) => ({ id: r.id, data: async () => diskResultData(await r.data()) })) };
    },
  };
}

/** The search page's dialog markup (its <template>) for this page's language, parsed. */
export async function diskDialogPage(folder: string): Promise<Document> {
  const key = lang();
  await classicScript(new URL(`${DISK_FOLDER}/${diskDialogFile(key)}`, folder).href);
  const html = disk().dialogs?.[key];
  if (html === undefined) throw new Error('search from disk: no dialog');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Pagefind's highlighter class, from its classic copy. */
export async function diskHighlight(folder: string): Promise<unknown> {
  await classicScript(new URL(`${DISK_FOLDER}/${DISK_HIGHLIGHT_FILE}`, folder).href);
  const Highlight = (window as unknown as { PagefindHighlight?: unknown }).PagefindHighlight;
  if (!Highlight) throw new Error('search from disk: no highlighter');
  return Highlight;
}
