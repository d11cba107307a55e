// The embed code of the timeline (TimelineEmbedCode.astro): its address made absolute from where
// the page is served, and a button that copies the code and says so (on screen and to screen
// readers, in the box's own status line).
for (const box of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
  const link = box.querySelector<HTMLAnchorElement>('[data-embed-href]');
  const text = box.querySelector<HTMLElement>('[data-embed-text]');
  const button = box.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = box.querySelector<HTMLElement>('[data-embed-status]');
  if (!link || !text || !button || !status) continue;
  // Only an http(s) address works in another site's frame; from disk the code keeps its path.
  if (/^https?:$/.test(location.protocol)) text.textContent = (text.textContent ?? '').replace(/src="[^"]*"/, `src="${link.href}"`);
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(text.textContent ?? '').then(
      () => (status.textContent = button.dataset.done ?? ''),
      () => undefined,
    );
  });
}
