import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readFontMetrics } from '../lib/fontMetrics.ts';
import { cardSvg, CARD, type CardContent, type CardFonts, type Colours } from '../lib/previewCard.ts';
import { CARD_COLOURS, siteColours } from '../lib/previews.ts';

/**
 * Renders a page's preview image (src/lib/previews.ts says what it shows, previewCard.ts lays it
 * out as SVG) to a 1200×630 PNG with resvg, without a browser: in fonts that come from npm
 * (Source Serif 4 for the title, as the site's book face for headings; Source Sans 3 for the
 * rest) and in the colours of the site's own stylesheets, so every machine makes the same image.
 * No system font is loaded and nothing is fetched.
 */

// Resolved from the project (the build runs there): this module is bundled into Astro's build.
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = {
  serifBold: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  sans: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  sansSemibold: '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
} as const;
const STYLESHEETS = ['src/styles/tokens.css', 'src/styles/layout.css', 'src/styles/timeline.css'];

interface Kit {
  files: string[];
  fonts: CardFonts;
  colours: Colours;
}
let kit: Kit | undefined;

function load(): Kit {
  const paths = Object.fromEntries(Object.entries(FONT_FILES).map(([k, f]) => [k, require.resolve(f)])) as Record<keyof CardFonts, string>;
  const fonts = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, readFontMetrics(readFileSync(p))])) as unknown as CardFonts;
  const css = STYLESHEETS.map((f) => readFileSync(join(process.cwd(), f), 'utf8')).join('\n');
  return { files: Object.values(paths), fonts, colours: siteColours(css, CARD_COLOURS) };
}

export function previewSvg(card: CardContent): string {
  kit ??= load();
  const withColours = card.timeline
    ? { ...card, timeline: { ...card.timeline, lanes: card.timeline.lanes.map((l) => ({ ...l, colour: kit!.colours[`cat-${l.category}`]! })) } }
    : card;
  return cardSvg(withColours, kit.fonts, kit.colours);
}

/** The PNG of a card; `where` names the page in an error. */
export function previewPng(card: CardContent, where: string): Buffer {
  try {
    kit ??= load();
    const svg = previewSvg(card);
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: kit.files, defaultFontFamily: kit.fonts.sans.family },
      fitTo: { mode: 'original' },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'error',
    }).render();
    if (image.width !== CARD.width || image.height !== CARD.height) throw new Error(`rendered ${image.width}×${image.height}`);
    return image.asPng();
  } catch (err) {
    throw new Error(`${where}: preview image: ${err instanceof Error ? err.message : String(err)}`);
  }
}
