import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const dist = process.argv[2];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  let p = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
  res.end(readFileSync(p));
}).listen(0);
const site = `http://localhost:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', headless: true });
const page = await browser.newPage();
await page.goto(`${site}nl/`);
const r = await page.evaluate(`(async () => {
  const pagefind = await import('${site}pagefind/pagefind.js');
  await pagefind.options({ baseUrl: '/' });
  const s = await pagefind.search(${JSON.stringify(process.argv[3])});
  const d = await s.results[0].data();
  return { url: d.url, words: d.word_count, content: d.content.slice(0, 600), locs: s.results[0].words, wl: d.weighted_locations?.slice(0,10) };
})()`);
console.log(JSON.stringify(r, null, 1));
await browser.close(); server.close();
