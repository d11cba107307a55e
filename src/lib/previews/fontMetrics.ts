/**
 * Advance widths from a TrueType/OpenType font file, so the preview images (previewCard.ts) can
 * wrap a title at build time in the very font the renderer draws it with. Reads only what that
 * needs: `head` (units per em), `hhea` and `hmtx` (advances) and `cmap` (formats 4 and 12).
 * Kerning is left out, which can only make the estimate a little wider than the drawn text.
 */

export interface FontMetrics {
  /** The font's family name (typographic, name id 16, else id 1), as an SVG's font-family names it. */
  family: string;
  /** Advance width of a character in em, or undefined when the font has no glyph for it. */
  advance(char: string): number | undefined;
}

interface Table {
  offset: number;
  length: number;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string): Table => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font: no "${tag}" table`);
    return t;
  };
  const unitsPerEm = view.getUint16(table('head').offset + 18);
  const numberOfHMetrics = view.getUint16(table('hhea').offset + 34);
  const hmtx = table('hmtx').offset;
  const glyphAdvance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, table('cmap').offset);
  return {
    family: familyName(view, table('name').offset),
    advance(char) {
      const glyph = glyphOf(char.codePointAt(0)!);
      return glyph ? glyphAdvance(glyph) / unitsPerEm : undefined;
    },
  };
}

/** The best Unicode subtable: format 12 (all planes) if there is one, else format 4. */
function cmapLookup(view: DataView, cmap: number): (code: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(sub);
    if (format === 12) return format12(view, sub);
    if (format === 4) format4 ??= sub;
  }
  if (format4 === undefined) throw new Error('font: no Unicode cmap (format 4 or 12)');
  return format4Lookup(view, format4);
}

function format12(view: DataView, sub: number): (code: number) => number {
  const groups = view.getUint32(sub + 12);
  return (code) => {
    for (let g = 0; g < groups; g++) {
      const at = sub + 16 + g * 12;
      const start = view.getUint32(at);
      if (code >= start && code <= view.getUint32(at + 4)) return view.getUint32(at + 8) + code - start;
    }
    return 0;
  };
}

function format4Lookup(view: DataView, sub: number): (code: number) => number {
  const segX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (code) => {
    for (let s = 0; s < segX2; s += 2) {
      if (code > view.getUint16(ends + s)) continue;
      const start = view.getUint16(starts + s);
      if (code < start) return 0;
      const delta = view.getUint16(deltas + s);
      const range = view.getUint16(ranges + s);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(ranges + s + range + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * The family: name id 16 (typographic family, "Source Sans 3" for its SemiBold too) or else id 1,
 * from a Windows or Unicode (UTF-16BE) or Macintosh (Latin) record.
 */
function familyName(view: DataView, name: number): string {
  return nameRecord(view, name, 16) ?? nameRecord(view, name, 1) ?? fail('font: no family name');
}

function fail(message: string): never {
  throw new Error(message);
}

function nameRecord(view: DataView, name: number, id: number): string | undefined {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let i = 0; i < count; i++) {
    const at = name + 6 + i * 12;
    if (view.getUint16(at + 6) !== id) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const start = strings + view.getUint16(at + 10);
    let text = '';
    if (platform === 3 || platform === 0) for (let c = 0; c < length; c += 2) text += String.fromCharCode(view.getUint16(start + c));
    else for (let c = 0; c < length; c++) text += String.fromCharCode(view.getUint8(start + c));
    if (text) return text;
  }
  return undefined;
}
