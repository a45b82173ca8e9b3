// Why a logo is refused, in English and in bokmål: the words come from the catalogue, numbers as each language writes them.
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/catalogue.js";
import { checkPng, svgEffectProblem, svgReferenceProblem } from "../../src/render/images.js";

/** The first 33 bytes of a PNG of `width` x `height` (signature and header); enough for the header checks. */
function pngHeader(width: number, height: number, depth = 8, colour = 6): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write("IHDR", 12, "latin1");
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = depth;
  b[25] = colour;
  return new Uint8Array(b);
}

describe("logo refusals", () => {
  it("a PNG cut short", () => {
    expect(checkPng(new Uint8Array(10))).toEqual({
      problem: "the PNG file is cut short: it ends before its header",
      hint: "open the logo in an image program and save it again as PNG, or get a new copy of the file",
    });
    expect(inLanguage("nb", () => checkPng(new Uint8Array(10)))).toEqual({
      problem: "PNG-filen er avkortet: den slutter før hodet sitt (header)",
      hint: "åpne logoen i et bildeprogram og lagre den på nytt som PNG, eller skaff en ny kopi av filen",
    });
  });

  it("a 16-bit PNG over 12.5 million pixels: the limit with a decimal comma in bokmål", () => {
    const png = pngHeader(4000, 4000, 16);
    expect(checkPng(png)).toEqual({
      problem: "the PNG is 4000 x 4000 pixels; a logo of 16-bit colour may have at most 12.5 million pixels (e.g. 3500 x 3500)",
      hint: "save the logo smaller: it is printed at most 4 cm wide, so 1000 pixels across is plenty",
    });
    expect(inLanguage("nb", () => checkPng(png))).toEqual({
      problem: "PNG-bildet er 4000 x 4000 piksler; en logo med 16-biters farger kan ha høyst 12,5 millioner piksler (for eksempel 3500 x 3500)",
      hint: "lagre logoen mindre: den trykkes høyst 4 cm bred, så 1000 piksler i bredden er nok",
    });
  });

  it("an SVG with a filter, or a reference outside itself", () => {
    const blur = '<svg xmlns="http://www.w3.org/2000/svg"><filter id="f"><feGaussianBlur stdDeviation="5"/></filter></svg>';
    expect(svgEffectProblem(blur)).toBe("the SVG has a filter effect (<filter>), which a logo does not need and which can take minutes to draw");
    expect(inLanguage("nb", () => svgEffectProblem(blur))).toBe(
      "SVG-filen har en filtereffekt (<filter>), som en logo ikke trenger og som kan ta minutter å tegne",
    );
    expect(inLanguage("nn", () => svgEffectProblem(blur))).toBe(
      "SVG-fila har ein filtereffekt (<filter>), som ein logo ikkje treng og som kan ta minutt å teikne",
    );
    const outside = '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>';
    expect(inLanguage("nb", () => svgReferenceProblem(outside))).toBe(
      "SVG-filen viser til «/etc/passwd» utenfor seg selv; en logo må inneholde alt den tegner (bare #navn og innebygde PNG- eller JPEG-bilder)",
    );
  });
});
