import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng } from '../../build/previewImages.ts';
import { loadSite } from '../../data/loadSite.ts';
import { preview, previewName, previewTargets, type PreviewTarget } from '../../lib/previews/previews.ts';

// The preview image (og:image) of every page and language, rendered at build time
// (src/lib/previews/previews.ts, src/build/previewImages.ts). No page loads it: only link previews
// (messaging apps, learning platforms) fetch it, and HeadBasics names it only with SITE_URL.
// The copy for opening from disk (LINK_FORMAT=file, `npm run package`) leaves them out: a page
// opened from disk is never shared as a link with a preview.
export const getStaticPaths = (async () => {
  if (process.env.LINK_FORMAT === 'file') return [];
  const { site } = await loadSite();
  return previewTargets(site).map((target) => ({ params: { image: previewName(target) }, props: { target } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const target = (props as { target: PreviewTarget }).target;
  const { events } = await loadSite();
  const where = target.kind === 'page' ? target.page.file : `the ${target.kind} page`;
  const png = previewPng(preview(target, events).card, where);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
