import { csp, EMBED_DIRECTIVES, HEADER_ONLY_DIRECTIVES } from './head.ts';
import { LOCALES } from '../locales.ts';

/**
 * Ready-made server configurations for the archive of `npm run package`: the security headers a
 * meta tag cannot send (frame-ancestors, X-Content-Type-Options, Referrer-Policy), with the same
 * policy as the pages' meta tags (head.ts). The language folders, whose pages can open search,
 * get 'wasm-unsafe-eval'; the chooser and the 404 page do not. Every policy also allows the 404
 * page's two inline blocks by hash, since a server may send 404.html from any folder. They also
 * compress text and let browsers keep the hashed files of `_astro/` for a year.
 */
export interface ServerConfigInput {
  /** sha256 sources of the 404 page's inline script and style. */
  notFoundScriptHashes: readonly string[];
  notFoundStyleHashes: readonly string[];
  /** The folder the site is served from in the examples, e.g. `/clearview-ai/`. */
  folder: string;
  /**
   * Pages other sites may frame (the timeline's embed view), as site paths: `nl/tijdlijn/embed/`.
   * They get no frame-ancestors; every other page keeps frame-ancestors 'none'.
   */
  embeds?: readonly string[];
  /** What each language folder holds at its top (`tijdlijn/`, `index.html`): `_headers` lists them, since its rules must not overlap. */
  langEntries?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Files under `_astro/` carry a hash of their content in their name, so a browser may keep them
 * for a year: a new build writes new names. Everything else (pages, the Pagefind index's entry
 * file) is checked again on each visit, as servers do by default.
 */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Text types worth compressing (the Pagefind index and WebAssembly are compressed already). */
const COMPRESSIBLE = ['text/html', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'text/plain', 'application/xml'];

const COMMON: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];

export function headerPolicy(input: ServerConfigInput, search: boolean, embed = false): string {
  const policy = csp({ search, scriptHashes: input.notFoundScriptHashes, styleHashes: input.notFoundStyleHashes });
  return [policy, ...(embed ? EMBED_DIRECTIVES : HEADER_ONLY_DIRECTIVES)].join('; ');
}

/** The embed pages' paths as a regular expression group: `(nl/tijdlijn|en/timeline)/embed/`. */
const embedPattern = (embeds: readonly string[]) => `(${embeds.map((e) => e.replace(/\/embed\/$/, '')).join('|')})/embed/`;

/** `_headers` rules for one language folder: one wildcard, or (around an embed page) one rule per entry. */
function langRules(input: ServerConfigInput, lang: string): { path: string; embed: boolean }[] {
  const embeds = (input.embeds ?? []).filter((e) => e.startsWith(`${lang}/`));
  const entries = input.langEntries?.[lang];
  if (!embeds.length || !entries) return [{ path: `/${lang}/*`, embed: false }];
  const rules = [{ path: `/${lang}/`, embed: false }];
  for (const entry of entries) {
    const host = embeds.find((e) => e.startsWith(`${lang}/${entry}`) && entry.endsWith('/'));
    if (!host) rules.push({ path: `/${lang}/${entry}${entry.endsWith('/') ? '*' : ''}`, embed: false });
    else rules.push({ path: `/${lang}/${entry}`, embed: false }, { path: `/${lang}/${entry}index.html`, embed: false }, { path: `/${host}*`, embed: true });
  }
  return rules;
}

/**
 * `_headers` for static hosts that read it (Netlify, Cloudflare Pages); paths from the site root.
 * Such hosts apply every rule that matches a path and join repeated headers, so each header has
 * exactly one rule per path: `/*` sends the headers every file needs (nosniff too on Pagefind's
 * files, the icon, robots.txt), and the page rules below it send only the policy, on patterns that
 * never overlap (two Content-Security-Policy values would both be enforced).
 */
export function headersFile(input: ServerConfigInput): string {
  const policy = (path: string, search: boolean, embed = false) => [path, `  Content-Security-Policy: ${headerPolicy(input, search, embed)}`].join('\n');
  return [
    '# Security headers for this site (see README.txt). Paths are relative to where the site is published.',
    ['/*', ...COMMON.map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
    policy('/', false),
    policy('/index.html', false),
    policy('/404.html', false),
    ...LOCALES.flatMap((lang) => langRules(input, lang).map((r) => policy(r.path, true, r.embed))),
    // No policy here (scripts and styles need none). These hosts compress by themselves.
    ['/_astro/*', `  Cache-Control: ${ASSET_CACHE}`].join('\n'),
    '',
  ].join('\n\n');
}

/** `.htaccess` for Apache (mod_headers): lives in the site's folder, so it works in any folder. */
export function htaccess(input: ServerConfigInput): string {
  const langs = LOCALES.join('|');
  return [
    '# Security headers and the 404 page for this site on Apache (needs mod_headers; see README.txt).',
    'AddType application/wasm .wasm',
    ...COMMON.map(([k, v]) => `Header always set ${k} "${v}"`),
    `Header always set Content-Security-Policy "${headerPolicy(input, false)}"`,
    `<If "%{REQUEST_URI} =~ m#/(${langs})/#">`,
    `  Header always set Content-Security-Policy "${headerPolicy(input, true)}"`,
    '</If>',
    ...(input.embeds?.length
      ? [
          '# The embed pages of the timeline: other sites may show them in a frame.',
          `<If "%{REQUEST_URI} =~ m#/${embedPattern(input.embeds)}#">`,
          `  Header always set Content-Security-Policy "${headerPolicy(input, true, true)}"`,
          '</If>',
        ]
      : []),
    '# Text is sent compressed (mod_deflate), and the files with a hash in their name are kept a year.',
    '<IfModule mod_deflate.c>',
    `  AddOutputFilterByType DEFLATE ${COMPRESSIBLE.join(' ')}`,
    '</IfModule>',
    '<If "%{REQUEST_URI} =~ m#/_astro/#">',
    `  Header always set Cache-Control "${ASSET_CACHE}"`,
    '</If>',
    `# Apache needs the path from the server's root: change ${input.folder} if the site lives elsewhere.`,
    `ErrorDocument 404 ${input.folder}404.html`,
    '',
  ].join('\n');
}

/** An nginx `location` block to paste into a `server { }` block. */
export function nginxSnippet(input: ServerConfigInput): string {
  const f = input.folder;
  const headers = (search: boolean, indent: string, embed = false) =>
    [
      `${indent}add_header Content-Security-Policy "${headerPolicy(input, search, embed)}" always;`,
      ...COMMON.map(([k, v]) => `${indent}add_header ${k} "${v}" always;`),
    ].join('\n');
  return [
    '# Paste inside your server { } block. Change the folder names if the site lives elsewhere:',
    `# ${f} is the address, /var/www${f} the folder where the files of site/ are.`,
    `location ${f} {`,
    `    alias /var/www${f};`,
    '    index index.html;',
    `    error_page 404 ${f}404.html;`,
    '    types { text/html html; text/css css; text/javascript js; application/json json; application/wasm wasm; image/svg+xml svg; text/plain txt; application/xml xml; }',
    '    gzip on;',
    `    gzip_types ${COMPRESSIBLE.filter((t) => t !== 'text/html').join(' ')};`,
    headers(false, '    '),
    // nginx takes the first regular expression that matches: the embed pages come first.
    ...(input.embeds?.length ? [`    location ~ ^${f}${embedPattern(input.embeds)} {`, headers(true, '        ', true), '    }'] : []),
    `    location ~ ^${f}(${LOCALES.join('|')})/ {`,
    headers(true, '        '),
    '    }',
    '    # Files with a hash in their name: kept a year (the headers are repeated, see above).',
    `    location ^~ ${f}_astro/ {`,
    `        add_header Cache-Control "${ASSET_CACHE}" always;`,
    headers(false, '        '),
    '    }',
    '}',
    '',
  ].join('\n');
}
