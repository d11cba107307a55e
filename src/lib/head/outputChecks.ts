/**
 * Checks of the built files that do not share a pattern with the steps that rewrite them
 * (relativeAssets.ts, src/build/classicScripts.ts): a rewrite that misses a case fails the build
 * here instead of shipping a page that breaks in a folder or from disk.
 */

/** Every attribute value in an HTML file, however it is quoted: `name="v"`, `name='v'`, `name=v`. */
function attributes(html: string): { tag: string; name: string; value: string }[] {
  const out: { tag: string; name: string; value: string }[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    for (const a of tag[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const raw = a[2] ?? '';
      out.push({ tag: tag[1]!.toLowerCase(), name: a[1]!.toLowerCase(), value: /^["']/.test(raw) ? raw.slice(1, -1) : raw });
    }
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'poster', 'data', 'xlink:href', 'formaction', 'imagesrcset']);

/**
 * URLs in an HTML page that start from the server's root (`/…`, `//host`) instead of from the
 * page: one build must work in any folder and from disk, so the site writes none. `base` (for
 * instance `/uitleg/clearview/`) is named in the message when a reference starts with it.
 * `links: false` leaves out `<a href>`: the 404 page, answered at any depth, links the home pages
 * from the root until its script has found the site's folder.
 */
export function rootedReferences(html: string, base = '/', options: { links?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const { tag, name, value } of attributes(html)) {
    if (!URL_ATTRIBUTES.has(name) || (options.links === false && tag === 'a')) continue;
    const urls = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value.trim()];
    for (const url of urls) {
      if (url.startsWith('/')) out.push(base !== '/' && url.startsWith(base) ? `${name}="${url}" (starts with the base path ${base})` : `${name}="${url}"`);
    }
  }
  return out;
}

/** `url(/…)` and `@import "/…"` in a stylesheet: rooted at the server, not relative to the sheet. */
export function rootedCssReferences(css: string): string[] {
  const out = [...css.matchAll(/url\(\s*(["']?)(\/[^"')\s]*)\1\s*\)/g)].map((m) => `url(${m[2]})`);
  out.push(...[...css.matchAll(/@import\s+(["'])(\/[^"']*)\1/g)].map((m) => `@import "${m[2]}"`));
  return out;
}

/** Bundled scripts that name `_astro/` from the server's root (a lazy chunk loaded from `/_astro/…`). */
export function rootedScriptReferences(js: string, base = '/'): string[] {
  return [...new Set([...js.matchAll(/["'`](\/[^"'`\s]*_astro\/[^"'`\s]*)["'`]/g)].map((m) => m[1]!))].map((url) =>
    base !== '/' && url.startsWith(base) ? `${url} (starts with the base path ${base})` : url,
  );
}

/** Module scripts left in a page of the copy that opens from disk, where browsers refuse them. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => attributes(tag).some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'module'));
}
