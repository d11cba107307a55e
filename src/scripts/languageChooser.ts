// On the bilingual root page: go to the reader's preferred language, unless they came here from
// this site on purpose (to choose a language). Without JavaScript the page is a plain chooser.
const cameFromSite = document.referrer !== '' && new URL(document.referrer).origin === window.location.origin;
if (!cameFromSite) {
  const preferred = (navigator.languages ?? [navigator.language])
    .map((l) => l.toLowerCase().slice(0, 2))
    .find((l) => l === 'nl' || l === 'en');
  const link = preferred && document.querySelector<HTMLAnchorElement>(`a[data-lang="${preferred}"]`);
  if (link) window.location.replace(link.href);
}
