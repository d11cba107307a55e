// Inlined into 404.html (allowed by its hash in that page's CSP). The 404 page is served for any
// missing address, at any depth, in whatever folder the site lives, so its links cannot be
// relative. This finds the site's root and points the links there: first the folder before the
// last /nl/ or /en/ in the address (a mistyped page in a language folder), checked by asking for
// Pagefind's index there; otherwise the folders above the address, nearest first. Without
// JavaScript the links keep the build's own base path.
(async () => {
  const path = location.pathname.replace(/[^/]*$/, '');
  const candidates = [];
  const lang = path.lastIndexOf('/nl/') > path.lastIndexOf('/en/') ? path.lastIndexOf('/nl/') : path.lastIndexOf('/en/');
  if (lang !== -1) candidates.push(path.slice(0, lang + 1));
  for (let dir = path; dir; dir = dir === '/' ? '' : dir.replace(/[^/]+\/$/, '')) {
    if (!candidates.includes(dir)) candidates.push(dir);
  }
  for (const dir of candidates) {
    try {
      const res = await fetch(`${dir}pagefind/pagefind-entry.json`, { method: 'HEAD' });
      if (!res.ok) continue;
      for (const a of document.querySelectorAll('a[data-site-path]')) a.href = dir + a.dataset.sitePath;
      return;
    } catch {
      return;
    }
  }
})();
