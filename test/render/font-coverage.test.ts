// Which characters the letter font can draw, read from its cmap table by brev, agrees with fontkit's reading.
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { advanceWidthsOf, codePointsOf, fontCoverage } from "../../src/render/font-coverage.js";
import { loadFonts } from "../../src/render/fonts.js";

describe("font coverage", () => {
  it("matches fontkit's character set (glyphs other than .notdef), face by face", async () => {
    const fonts = await loadFonts();
    for (const [style, bytes] of Object.entries(fonts)) {
      const font = create(Buffer.from(bytes)) as import("fontkit").Font;
      const theirs = font.characterSet.filter((c) => font.glyphForCodePoint(c).id !== 0).sort((a, b) => a - b);
      expect(
        [...codePointsOf(bytes)].sort((a, b) => a - b),
        style,
      ).toEqual(theirs);
    }
  });

  it("draws the letters of Norwegian and Sami, and not emoji or Arabic", async () => {
    const canDraw = fontCoverage(await loadFonts());
    for (const c of "æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ–«»§€ \u00a0") expect(canDraw(c.codePointAt(0) ?? 0), c).toBe(true);
    for (const c of ["😀", "م", "✓"]) expect(canDraw(c.codePointAt(0) ?? 0), c).toBe(false);
  });

  it("gives each character fontkit's advance width, so a word measured from them is never narrower than pdfkit lays it out", async () => {
    const fonts = await loadFonts();
    const words = ["12\u00a0500\u00a0000", "AVAWAY", "T.", "P.", "LT", "Yoyo", "ffl", "fi", "Lørenskog", "Ávžšŋđŧ", "Kap./post", "W.A.T"];
    for (const [style, bytes] of Object.entries(fonts)) {
      const font = create(Buffer.from(bytes)) as import("fontkit").Font;
      const widths = advanceWidthsOf(bytes);
      for (const c of "aæøåÅW0123456789 ")
        expect(widths.get(c.codePointAt(0) ?? 0), `${style} ${c}`).toBe(font.glyphForCodePoint(c.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm);
      for (const word of words) {
        const ours = [...word].reduce((sum, c) => sum + (widths.get(c.codePointAt(0) ?? 0) ?? 0), 0);
        expect(ours, `${style} ${word}`).toBeGreaterThanOrEqual(font.layout(word).advanceWidth / font.unitsPerEm - 1e-9);
      }
    }
  });
});
