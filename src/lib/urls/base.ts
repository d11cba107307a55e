/**
 * The site's base path, always with a leading and trailing slash ("/" or "/some/sub/").
 * Kept apart from urls.ts because astro.config.mjs needs it before Astro exists.
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\s]|:\/\//.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /sub/folder/, got "${trimmed}"`);
  }
  const parts = trimmed.split('/').filter(Boolean);
  return `/${parts.join('/')}/`;
}
