// Which characters the letter's fonts can draw, read straight from each font's `cmap` table (formats 4 and 12), so
// that `validate` can refuse a character the PDF would draw as an empty box (.notdef, which PDF/A forbids) without
// loading a whole font engine. A character counts as drawable when every face has a glyph for it.
import type { CanDraw } from "../shared/characters.js";
import type { FontFiles } from "./fonts.js";

export function fontCoverage(fonts: FontFiles): CanDraw {
  const sets = Object.values(fonts).map((bytes) => codePointsOf(bytes));
  return (codePoint) => sets.every((set) => set.has(codePoint));
}

/** The code points a TrueType/OpenType font maps to a glyph other than .notdef. */
export function codePointsOf(font: Uint8Array): Set<number> {
  return new Set(glyphsOf(font).keys());
}

/** The font's tables by tag: where each starts. */
function tablesOf(font: Uint8Array): { view: DataView; at: (tag: string) => number } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const found = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    found.set(String.fromCharCode(font[record] ?? 0, font[record + 1] ?? 0, font[record + 2] ?? 0, font[record + 3] ?? 0), view.getUint32(record + 8));
  }
  return {
    view,
    at: (tag) => {
      const offset = found.get(tag);
      if (offset === undefined) throw new Error(`the font has no ${tag} table`);
      return offset;
    },
  };
}

/** Each code point the font draws, with its glyph (other than .notdef). */
function glyphsOf(font: Uint8Array): Map<number, number> {
  const { view, at } = tablesOf(font);
  const cmap = at("cmap");
  // Prefer the full-Unicode subtable (3,10 format 12), else the Basic Multilingual Plane one (3,1 or 0,3 format 4).
  let best: { offset: number; rank: number } | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const rank = format === 12 && (platform === 3 || platform === 0) ? 2 : format === 4 && ((platform === 3 && encoding === 1) || platform === 0) ? 1 : 0;
    if (rank > (best?.rank ?? 0)) best = { offset, rank };
  }
  if (!best) throw new Error("the font has no Unicode cmap subtable");
  return best.rank === 2 ? format12(view, best.offset) : format4(view, best.offset);
}

/**
 * Each drawable code point's advance width in em, from the font's `hmtx` table: what a character adds to a line before
 * kerning. Measuring with it needs no font engine, so `validate` can judge a table's width as cheaply as its characters.
 */
export function advanceWidthsOf(font: Uint8Array): Map<number, number> {
  const { view, at } = tablesOf(font);
  const unitsPerEm = view.getUint16(at("head") + 18);
  const metrics = view.getUint16(at("hhea") + 34);
  const hmtx = at("hmtx");
  const out = new Map<number, number>();
  for (const [codePoint, glyph] of glyphsOf(font)) {
    // Glyphs past the last metric share its advance (monospaced runs at the end of the table).
    out.set(codePoint, view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4) / unitsPerEm);
  }
  return out;
}

function format4(view: DataView, offset: number): Map<number, number> {
  const out = new Map<number, number>();
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = view.getUint16(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeAt + range + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.set(c, glyph);
    }
  }
  return out;
}

function format12(view: DataView, offset: number): Map<number, number> {
  const out = new Map<number, number>();
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const glyph = view.getUint32(at + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.set(c, glyph + (c - start));
  }
  return out;
}
