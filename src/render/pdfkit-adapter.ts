// Every use brev makes of pdfkit's (and fontkit's) private parts, in one place, each patch with what it replaces and
// why. They were written for pdfkit PDFKIT_VERSION exactly (package.json pins it, and a test fails when the installed
// version is another). pdf.ts uses pdfkit's public API and this file only.
//
// The patches:
// 1. `_addInfo` replaced: the XMP is brev's (pdf-metadata.ts): every value escaped, PDF/UA-1 declared, the fingerprint.
// 2. `_fontCount` set to 1: font resource names as they were with pdfkit's default font in place (F2..F5).
// 3. Fonts registered as fontkit fonts parsed once per process, not as bytes parsed again for each document.
// 4. `doc.font` rebound to share each font's `layoutCache` and wrap its `layout`: shaping kept across documents.
// 5. The font's `encode` wrapped to set its `unicode` table: ToUnicode from this document's own text (see ownText).
// 6. `openImage` and the image's `splitAlphaChannel`/`finalize` wrapped: a PNG's alpha planes split once per process.
//
// Without them (`{ patched: false }`, public API only) the letters have the same text, pages and structure, but are
// slower to make, and differ in bytes: pdfkit's own XMP (PDF/A-2a identification, but no PDF/UA-1 identification,
// no dc:language, no fingerprint, and values written unescaped), font resources named F1..F4. Patch 5 is not needed
// there: each document parses its fonts afresh, so no glyph carries another letter's text.
import { create as parseFont } from "fontkit";
import PDFDocument from "pdfkit";
import type { ImageAsset } from "../model/formats.js";
import { sha256 } from "../shared/hash.js";
import { adapterVersionProblem } from "./adapter-version.js";
import type { FontFiles } from "./fonts.js";
import type { Face } from "./pdf-lines.js";

/** The pdfkit version the patches below were written for and checked against. */
export const PDFKIT_VERSION = "0.20.2";

/**
 * Why the patches may not fit the installed pdfkit (its version is not PDFKIT_VERSION); undefined when they fit.
 * `installed`: the version brev loads (renderers.ts installedVersion).
 */
export function pdfkitVersionProblem(installed: string): string | undefined {
  return adapterVersionProblem({ pkg: "pdfkit", file: "src/render/pdfkit-adapter.ts", constant: "PDFKIT_VERSION", version: PDFKIT_VERSION }, installed);
}

export interface PdfkitAdapterOptions {
  /** false: pdfkit's public API only (slower; see the top of this file for what differs). Default true. */
  patched?: boolean;
}

export interface PdfkitAdapter {
  /** A document with the four faces registered by their Face names; `xmp`: brev's XMP descriptions (patched only). */
  open(options: PDFKit.PDFDocumentOptions, xmp: () => string): PDFKit.PDFDocument;
  /** Draws a PNG or JPEG in the box. */
  drawImage(doc: PDFKit.PDFDocument, image: ImageAsset, box: { x: number; y: number; width: number; height: number }): void;
}

const FACES: Record<Face, keyof FontFiles> = { regular: "normal", bold: "bold", italic: "italics", boldItalic: "bolditalics" };

export function pdfkitAdapter(fonts: FontFiles, options: PdfkitAdapterOptions = {}): PdfkitAdapter {
  if (options.patched === false) return publicAdapter(fonts);
  const faces = parsedFaces(fonts);
  return {
    open(docOptions, xmp) {
      const doc = new PDFDocument(docOptions) as Document;
      // Patch 1. Replaces pdfkit's `_addInfo`, which writes the info values into the XMP unescaped (a title with "&"
      // breaks it) and knows no PDF/UA identification. pdfkit still appends the pdfaid of its subset.
      doc._addInfo = () => doc.appendXML(xmp());
      // Patch 2. pdfkit numbers font resources from `_fontCount`; brev once had pdfkit's default font (F1, Helvetica)
      // in place and now asks for none (it was parsed for every document, never used): starting at 1 keeps the names,
      // and so the bytes, of every letter made before.
      (doc as unknown as { _fontCount: number })._fontCount = 1;
      // Patch 3. pdfkit takes a parsed fontkit font where its typings say a path (it checks for `layout`); parsed once
      // per process, see parsedFaces.
      for (const [face, font] of Object.entries(faces)) doc.registerFont(face, font as unknown as string);
      // Patches 4 and 5.
      shareShaping(doc);
      return doc;
    },
    drawImage,
  };
}

/** pdfkit's public API only: fonts registered as bytes (parsed for each document), images drawn from their bytes. */
function publicAdapter(fonts: FontFiles): PdfkitAdapter {
  return {
    open(docOptions) {
      const doc = new PDFDocument(docOptions);
      for (const [face, style] of Object.entries(FACES) as [Face, keyof FontFiles][]) {
        const bytes = fonts[style];
        doc.registerFont(face, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as string);
      }
      return doc;
    },
    drawImage(doc, image, box) {
      doc.image(Buffer.from(image.bytes), box.x, box.y, { width: box.width, height: box.height });
    },
  };
}

/** The parts of pdfkit's document that are not in its typings. */
type Document = PDFKit.PDFDocument & { _addInfo(): void; appendXML(xml: string, newline?: boolean): void };

/**
 * Patch 3. The fonts, parsed once per process: fontkit decodes a font's tables lazily and keeps them, so every later
 * letter reuses them (decoding them again for each document was half of all rendering time). Each document still
 * makes its own subset of the glyphs it uses.
 */
const parsed = new Map<string, unknown>();

function parsedFaces(fonts: FontFiles): Record<Face, unknown> {
  const faces = {} as Record<Face, unknown>;
  for (const [face, style] of Object.entries(FACES) as [Face, keyof FontFiles][]) {
    const bytes = fonts[style];
    const key = sha256(bytes);
    if (!parsed.has(key)) parsed.set(key, parseFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    faces[face] = parsed.get(key);
  }
  return faces;
}

/**
 * Patch 4. pdfkit shapes text word by word and keeps each word's glyphs in a cache of the document's font
 * (`layoutCache`), then lays out every piece of text again each time it measures or draws it (`layout`). Here those
 * results belong to the parsed font, for every document: a word shaped for one letter is not shaped again for the
 * next (the letters of a dispatch share nearly all their words), and a piece of text laid out once is not laid out
 * again. All of it is what fontkit computes from the font alone, read and never changed by pdfkit, so sharing it
 * changes no byte. It is emptied when it grows large. `doc.font` is rebound because pdfkit makes a document's
 * embedded font (`_font`) only when the font is first set.
 */
interface Shaped {
  words: Record<string, unknown>;
  runs: Map<string, unknown>;
  widths: Map<string, number>;
}
interface PdfkitFont {
  font: object;
  layoutCache?: Record<string, unknown>;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { advanceWidth: number; glyphs?: { id: number; codePoints: number[] }[] | null };
  encode(text: string, features?: unknown): unknown;
  subset: { includeGlyph(id: number): number };
  unicode: number[][];
}
const shapingCache = new WeakMap<object, Shaped>();
const SHAPED_MAX = 20_000;
/** Laid-out pieces hold their glyphs: fewer are kept (a dispatch's letters share a few hundred). */
const SHAPED_RUNS_MAX = 4_000;

function shareShaping(doc: PDFKit.PDFDocument): void {
  const inner = doc as unknown as { _font: PdfkitFont | null };
  const seen = new Set<PdfkitFont>();
  const font = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  doc.font = ((...args: unknown[]) => {
    font(...args);
    const current = inner._font;
    if (current?.layoutCache && !seen.has(current)) {
      seen.add(current);
      let shaped = shapingCache.get(current.font);
      if (!shaped || shaped.runs.size > SHAPED_RUNS_MAX || shaped.widths.size > SHAPED_MAX) {
        shaped = { words: Object.create(null), runs: new Map(), widths: new Map() };
        shapingCache.set(current.font, shaped);
      }
      const { runs, widths } = shaped;
      current.layoutCache = shaped.words;
      ownText(current);
      const layout = current.layout.bind(current);
      current.layout = (text, features, onlyWidth) => {
        if (features) return layout(text, features, onlyWidth);
        if (onlyWidth) {
          let width = widths.get(text);
          if (width === undefined) {
            width = layout(text, features, true).advanceWidth;
            widths.set(text, width);
          }
          return { glyphs: null, positions: null, advanceWidth: width };
        }
        let run = runs.get(text) as ReturnType<typeof layout> | undefined;
        if (!run) {
          run = layout(text, features, false);
          runs.set(text, run);
        }
        return run;
      };
    }
    return doc;
  }) as typeof doc.font;
}

/**
 * Patch 5, needed by patch 3. What a glyph reads as (the PDF's ToUnicode map) from this document's own text. pdfkit
 * takes it from the glyph object, and fontkit keeps one glyph object per glyph for the whole life of a parsed font,
 * with the characters it was first made for: after a letter with a Cyrillic "С" (drawn with the Latin "C"'s glyph),
 * every later letter's "C" read as Cyrillic, and the same letter's bytes depended on what the process had drawn
 * before. Here the first character this document draws a glyph for is what the glyph reads as, as in a process that
 * drew nothing before. (Where glyphs are not one per character — ligatures, reordered scripts — pdfkit's own choice
 * stands.)
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

function ownText(font: PdfkitFont): void {
  const given = new Set<number>();
  const encode = font.encode.bind(font);
  font.encode = (text, features) => {
    const encoded = encode(text, features);
    // One glyph per character, in the text's order (right-to-left text is laid out reversed: left as pdfkit has it).
    const glyphs = font.layout(text, features, false).glyphs ?? [];
    const characters = Array.from(text, (c) => c.codePointAt(0) ?? 0);
    if (glyphs.length !== characters.length || RIGHT_TO_LEFT.test(text)) return encoded;
    for (const [i, glyph] of glyphs.entries()) {
      const gid = font.subset.includeGlyph(glyph.id);
      if (given.has(gid)) continue;
      given.add(gid);
      font.unicode[gid] = [characters[i] ?? 0];
    }
    return encoded;
  };
}

/** What pdfkit makes of a PNG with an alpha channel before writing it: the colour and alpha planes, deflated. */
interface SplitImage {
  imgData: Buffer;
  alphaChannel: Buffer;
}
type PdfkitImage = Partial<SplitImage> & { splitAlphaChannel(): void; finalize(): void };
const splitImages = new WeakMap<ImageAsset, SplitImage>();

/**
 * Patch 6. Draws an image as pdfkit does, but splits and deflates a PNG's alpha channel only for the first letter:
 * every later letter reuses the planes (decoding and deflating the logo was a third of a letter's time). Replaces the
 * image's `splitAlphaChannel` (for later letters) and wraps its `finalize` (to keep the planes). pdfkit writes the
 * planes once the decoding is done, after the document is ended; the reuse writes them at that moment too, so the
 * objects keep their numbers and the bytes stay the same.
 */
function drawImage(doc: PDFKit.PDFDocument, image: ImageAsset, box: { x: number; y: number; width: number; height: number }): void {
  const opened = (doc as unknown as { openImage(src: Buffer): PdfkitImage }).openImage(Buffer.from(image.bytes));
  const split = splitImages.get(image);
  if (split) {
    opened.splitAlphaChannel = () =>
      queueMicrotask(() => {
        opened.imgData = split.imgData;
        opened.alphaChannel = split.alphaChannel;
        opened.finalize();
      });
  } else if (image.type === "png") {
    // (A JPEG is embedded as it is: pdfkit has nothing to split or finalize.)
    const finalize = opened.finalize.bind(opened);
    opened.finalize = () => {
      if (opened.imgData && opened.alphaChannel) splitImages.set(image, { imgData: opened.imgData, alphaChannel: opened.alphaChannel });
      finalize();
    };
  }
  doc.image(opened as never, box.x, box.y, { width: box.width, height: box.height });
}
