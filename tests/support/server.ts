import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Text that a host compresses (binary formats such as the Pagefind index are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * A plain static file server, as a school would have: the folder is served under `base`, a
 * directory answers with its index.html, nothing else is rewritten. With `gzip`, text is sent
 * compressed to browsers that ask for it, as most hosts do (the benchmarks measure that way).
 */
export async function serveStatic(dir: string, base = '/', options: { notFound?: string; gzip?: boolean; extra?: Record<string, { file: string; type: string }> } = {}): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    // A file of the tests' own at a fixed address beside the site (the same origin, so the page's
    // CSP lets it load); cacheable, so Chromium keeps its compiled code from page to page.
    const extra = options.extra?.[pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type, 'cache-control': 'max-age=3600' });
      createReadStream(extra.file).pipe(res);
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    pathname = pathname.slice(base.length);
    const file = normalize(join(dir, pathname));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let target = file;
      const info = await stat(target);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
        await stat(target);
      }
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      if (options.gzip && COMPRESSIBLE.has(extname(target)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        createReadStream(target).pipe(createGzip()).pipe(res);
        return;
      }
      res.writeHead(200, { 'content-type': type });
      createReadStream(target).pipe(res);
    } catch {
      // Like a server configured with an error page (ErrorDocument, error_page): that file, as 404.
      if (options.notFound) {
        res.writeHead(404, { 'content-type': TYPES['.html']! });
        createReadStream(join(dir, options.notFound)).pipe(res);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
