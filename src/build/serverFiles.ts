import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Source } from '../lib/head/head.ts';
import { LOCALES } from '../lib/locales.ts';
import { headersFile, htaccess, type ServerConfigInput } from '../lib/head/serverConfig.ts';

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
  // The timeline's embed pages (nl/tijdlijn/embed/) may be framed by other sites; the headers name them.
  const langEntries = Object.fromEntries(
    LOCALES.map((l) => [l, readdirSync(join(out, l), { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name))]),
  );
  const embeds = LOCALES.flatMap((l) => langEntries[l]!.filter((e) => e.endsWith('/')).flatMap((e) => (readdirSync(join(out, l, e)).includes('embed') ? [`${l}/${e}embed/`] : [])));
  const config = { notFoundScriptHashes: hashes.scripts, notFoundStyleHashes: hashes.styles, folder, embeds, langEntries };
  writeFileSync(join(out, '_headers'), headersFile(config));
  writeFileSync(join(out, '.htaccess'), htaccess(config));
  return config;
}
