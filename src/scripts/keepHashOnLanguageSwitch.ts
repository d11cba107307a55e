// Section ids are the same in both languages, so the reader lands on the same section.
// The hash is validated against the id pattern and only ever set on a URL, never written as HTML.
const ID = /^#[a-z0-9]+(?:-[a-z0-9]+)*$/;

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-switch]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const hash = window.location.hash;
  if (!ID.test(hash)) return;
  const url = new URL(link.href);
  url.hash = hash;
  link.href = url.href;
});
