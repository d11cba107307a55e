import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readFontMetrics } from '../lib/previews/fontMetrics.ts';
import { cardSvg, CARD, type CardContent, type CardFonts, type Colours } from '../lib/previews/card.ts';
import { CARD_COLOURS, siteColours } from '../lib/previews/previews.ts';

/**
 * Renders a page's preview image (src/lib/previews/previews.ts says what it shows, previewCard.ts lays it
 * out as SVG) to a 1200×630 PNG with resvg, without a browser: in fonts that come from npm
 * (Source Serif 4 for the title, as the site's book face for headings; Source Sans 3 for the
 * rest) and in the colours of the site's own stylesheets, so every machine makes the same image.
 * No system font is loaded and nothing is fetched. A PNG already rendered from the same SVG, fonts
 * and renderer is taken from node_modules/.cache (the build for an address and the plain build
 * make the same images).
 */

// Resolved from the project (the build runs there): this module is bundled into Astro's build.
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = {
  serifBold: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  sans: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  sansSemibold: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
} as const;
const STYLESHEETS = ['src/styles/tokens.css', 'src/styles/layout.css', 'src/styles/timeline.css'];

/** Part of the cache key: raise it when the render options below change. */
const RENDER_VERSION = 1;
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'clearview-previews');

interface Kit {
  files: string[];
  /** Hash of the fonts, the renderer's version and RENDER_VERSION. */
  key: string;
  fonts: CardFonts;
  colours: Colours;
}
let kit: Kit | undefined;

function load(): Kit {
  const paths = Object.fromEntries(Object.entries(FONT_FILES).map(([k, f]) => [k, require.resolve(f)])) as Record<keyof CardFonts, string>;
  const fonts = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readFontMetrics(readFileSync(p))])) as unknown as CardFonts;
  const css = STYLESHEETS.map((f) => readFileSync(join(process.cwd(), f), 'utf8')).join('\n');
  const key = createHash('sha256').update(`${RENDER_VERSION} ${require('@resvg/resvg-js/package.json').version}`);
  for (const p of Object.values(paths)) key.update(readFileSync(p));
  return { files: Object.values(paths), key: key.digest('hex'), fonts, colours: siteColours(css, CARD_COLOURS) };
}

export function previewSvg(card: CardContent): string {
  kit ??= load();
  const withColours = card.timeline
    ? { ...card, timeline: { ...card.timeline, lanes: card.timeline.lanes.map((l) => ({ ...l, colour: kit!.colours[`cat-${l.category}`]! })) } }
    : card;
  return cardSvg(withColours, kit.fonts, kit.colours);
}

/** The PNG of a card; `where` names the page in an error. `cache: false` always renders. */
export function previewPng(card: CardContent, where: string, { cache = true } = {}): Buffer {
  try {
    kit ??= load();
    const svg = previewSvg(card);
    const cached = join(CACHE, `${createHash('sha256').update(kit.key).update(svg).digest('hex')}.png`);
    if (cache && existsSync(cached)) return readFileSync(cached);
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: kit.files, defaultFontFamily: kit.fonts.sans.family },
      fitTo: { mode: 'original' },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'error',
    }).render();
    if (image.width !== CARD.width || image.height !== CARD.height) throw new Error(`rendered ${image.width}×${image.height}`);
    const png = image.asPng();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${cached}.${process.pid}`, png);
    renameSync(`${cached}.${process.pid}`, cached);
    return png;
  } catch (err) {
    throw new Error(`${where}: preview image: ${err instanceof Error ? err.message : String(err)}`);
  }
}
