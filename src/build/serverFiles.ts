import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Source } from '../lib/head.ts';
import { headersFile, htaccess, type ServerConfigInput } from '../lib/serverConfig.ts';

/** The 404 page's inline blocks, which every server policy must allow by hash. */
function notFoundHashes(html: string): { scripts: string[]; styles: string[] } {
  const blocks = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256Source(m[1]!));
  return { scripts: blocks('script'), styles: blocks('style') };
}

/**
 * Writes the headers a meta tag cannot send into the built site, for the hosts that read files
 * beside it: `_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache). Every build gets them,
 * so a host deploying `dist/` the ordinary way sends frame-ancestors and nosniff too. `folder` is
 * where the site is served from (Apache's ErrorDocument needs the path from the server's root).
 */
export function writeServerFiles(out: string, folder: string): ServerConfigInput {
  const hashes = notFoundHashes(readFileSync(join(out, '404.html'), 'utf8'));
  const config = { notFoundScriptHashes: hashes.scripts, notFoundStyleHashes: hashes.styles, folder };
  writeFileSync(join(out, '_headers'), headersFile(config));
  writeFileSync(join(out, '.htaccess'), htaccess(config));
  return config;
}
