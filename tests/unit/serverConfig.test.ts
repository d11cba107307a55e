import { describe, expect, it } from 'vitest';
import { ASSET_CACHE, headerPolicy, headersFile, htaccess, nginxSnippet } from '../../src/lib/head/serverConfig.ts';

const input = { notFoundScriptHashes: ['sha256-AAA'], notFoundStyleHashes: ['sha256-BBB'], folder: '/clearview-ai/' };

describe('server configs for the archive', () => {
  it('send the headers a meta tag cannot, with the pages\' policy', () => {
    for (const search of [true, false]) {
      const policy = headerPolicy(input, search);
      expect(policy).toMatch(/frame-ancestors 'none'$/);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("'sha256-AAA'");
      expect(policy).toContain("'sha256-BBB'");
      expect(policy.includes('wasm-unsafe-eval')).toBe(search);
      expect(policy).not.toMatch(/unsafe-inline|blob:/);
    }
  });
  it('_headers: WebAssembly only for the language folders, with rules that never overlap', () => {
    const file = headersFile(input);
    const blocks = file.split('\n\n').filter((b) => b.includes('Content-Security-Policy'));
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['/', '/index.html', '/404.html', '/nl/*', '/en/*']);
    for (const b of blocks) {
      expect(b.includes('wasm-unsafe-eval'), b.split('\n')[0]).toBe(/^\/(nl|en)\//.test(b));
      // Hosts join the headers of every matching rule: the common ones come from /* alone.
      expect(b).not.toContain('X-Content-Type-Options');
    }
  });
  it('_headers: nosniff and no-referrer on every path, once (Pagefind\'s files and the icon too)', () => {
    const rules = headersFile(input).split('\n\n').filter((b) => b.startsWith('/'));
    const all = rules.find((b) => b.split('\n')[0] === '/*');
    expect(all).toBe('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer');
    expect(rules.filter((b) => b.includes('X-Content-Type-Options'))).toHaveLength(1);
  });
  it('.htaccess and nginx: the same headers, the 404 page, wasm served as WebAssembly', () => {
    const apache = htaccess(input);
    expect(apache).toContain('ErrorDocument 404 /clearview-ai/404.html');
    expect(apache).toContain('AddType application/wasm .wasm');
    expect(apache).toMatch(/<If "%\{REQUEST_URI\} =~ m#\/\(nl\|en\)\/#">\n  Header always set Content-Security-Policy "[^"]*wasm-unsafe-eval/);
    const nginx = nginxSnippet(input);
    expect(nginx).toContain('location /clearview-ai/ {');
    expect(nginx).toContain('error_page 404 /clearview-ai/404.html;');
    expect(nginx).toContain('application/wasm wasm;');
    // nginx drops outer add_header lines in a location with its own: the inner one repeats them all.
    const inner = nginx.slice(nginx.indexOf('location ~'));
    expect(inner).toContain('X-Content-Type-Options');
    expect(inner).toContain('wasm-unsafe-eval');
  });

  it('compress text and keep the hashed files of _astro/ a year, without doubling a policy', () => {
    const apache = htaccess(input);
    expect(apache).toMatch(/<IfModule mod_deflate\.c>\n  AddOutputFilterByType DEFLATE text\/html text\/css text\/javascript /);
    expect(apache).toContain(`<If "%{REQUEST_URI} =~ m#/_astro/#">\n  Header always set Cache-Control "${ASSET_CACHE}"\n</If>`);
    const nginx = nginxSnippet(input);
    expect(nginx).toContain('gzip on;');
    expect(nginx).toMatch(/gzip_types text\/css text\/javascript /);
    // The asset location repeats the security headers (nginx drops the outer ones there).
    const assets = nginx.slice(nginx.indexOf('location ^~ /clearview-ai/_astro/ {'));
    expect(assets).toContain(`add_header Cache-Control "${ASSET_CACHE}" always;`);
    expect(assets).toContain('Content-Security-Policy');
    expect(assets).toContain('X-Content-Type-Options');
    expect(assets.includes('wasm-unsafe-eval')).toBe(false);
    const file = headersFile(input);
    const astro = file.split('\n\n').find((b) => b.startsWith('/_astro/*'))!;
    expect(astro).toBe(`/_astro/*\n  Cache-Control: ${ASSET_CACHE}`);
    expect(ASSET_CACHE).toMatch(/max-age=31536000, immutable$/);
  });

  it('let other sites frame the timeline\'s embed pages, and no other page (issue 23)', () => {
    const embeds = ['nl/tijdlijn/embed/', 'en/timeline/embed/'];
    const langEntries = { nl: ['index.html', 'tijdlijn/', 'bronnen/', 'voor-docenten/'], en: ['index.html', 'timeline/', 'sources/'] };
    const withEmbeds = { ...input, embeds, langEntries };
    expect(headerPolicy(withEmbeds, true, true)).not.toContain('frame-ancestors');
    // _headers: rules never overlap (a host would send both policies), so the language folders
    // are listed entry by entry, and only the embed rules lack frame-ancestors 'none'.
    const blocks = headersFile(withEmbeds).split('\n\n').filter((b) => b.includes('Content-Security-Policy'));
    const paths = blocks.map((b) => b.split('\n')[0]!);
    expect(paths).toEqual([
      '/', '/index.html', '/404.html',
      '/nl/', '/nl/index.html', '/nl/tijdlijn/', '/nl/tijdlijn/index.html', '/nl/tijdlijn/embed/*', '/nl/bronnen/*', '/nl/voor-docenten/*',
      '/en/', '/en/index.html', '/en/timeline/', '/en/timeline/index.html', '/en/timeline/embed/*', '/en/sources/*',
    ]);
    for (const b of blocks) {
      expect(b.includes("frame-ancestors 'none'"), b.split('\n')[0]).toBe(!b.startsWith('/nl/tijdlijn/embed/') && !b.startsWith('/en/timeline/embed/'));
      expect(b.includes('frame-ancestors'), b.split('\n')[0]).toBe(b.includes("frame-ancestors 'none'"));
    }
    // Apache: a later block for the embed pages replaces the policy; nginx: their location comes
    // before the language folders' (the first matching regular expression wins).
    const apache = htaccess(withEmbeds);
    const embedRule = apache.slice(apache.indexOf('m#/(nl/tijdlijn|en/timeline)/embed/#'));
    expect(apache.indexOf('m#/(nl/tijdlijn|en/timeline)/embed/#')).toBeGreaterThan(apache.indexOf('m#/(nl|en)/#'));
    expect(embedRule.slice(0, embedRule.indexOf('</If>'))).not.toContain('frame-ancestors');
    expect(apache.split('frame-ancestors').length - 1).toBe(2);
    const nginx = nginxSnippet(withEmbeds);
    const embedLoc = nginx.indexOf('location ~ ^/clearview-ai/(nl/tijdlijn|en/timeline)/embed/ {');
    expect(embedLoc).toBeGreaterThan(0);
    expect(embedLoc).toBeLessThan(nginx.indexOf('location ~ ^/clearview-ai/(nl|en)/ {'));
    const block = nginx.slice(embedLoc, nginx.indexOf('}', embedLoc));
    expect(block).toContain('Content-Security-Policy');
    expect(block).not.toContain('frame-ancestors');
  });
});
