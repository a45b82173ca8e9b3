// Renders a letter model to a PDF/A-2a, tagged for PDF/UA, with pdfkit directly: pdf-layout.ts decides where every
// piece of text goes and which structure element it belongs to; this paints that layout, marking each piece as the
// structure content of its element (or as an artifact), and builds the structure tree, outline and metadata.
// Fonts come in as bytes; no file or URL is read while rendering.
import { create as parseFont } from "fontkit";
import PDFDocument from "pdfkit";
import { sha256 } from "../shared/hash.js";
import type { FontFiles } from "./fonts.js";
import { fileDateOf, type ImageAsset, type Renderer, type RendererFactory } from "./format.js";
import { LINK, PAGE } from "./letter-style.js";
import { type Fragment, type LetterLayout, layoutLetter } from "./pdf-layout.js";
import type { Face, Measure } from "./pdf-lines.js";
import { xmpDescriptions } from "./pdf-metadata.js";

export interface PdfOptions {
  /** The date written into the file (CreationDate, ModDate, XMP, and so /ID); default: the letter's date. */
  fileDate?: Date;
}

export const pdfRenderer: RendererFactory = (assets, options) => {
  if (!assets.fonts) throw new Error("the PDF renderer needs the fonts");
  return createPdfRenderer(assets.fonts, options, assets.images);
};

const FACES: Record<Face, keyof FontFiles> = { regular: "normal", bold: "bold", italic: "italics", boldItalic: "bolditalics" };
const CREATOR = "brev";

/** The parts of pdfkit's document that are not in its typings: brev writes the XMP itself. */
type Document = PDFKit.PDFDocument & { _addInfo(): void; appendXML(xml: string, newline?: boolean): void };

export function createPdfRenderer(fonts: FontFiles, options: PdfOptions = {}, images: Images = new Map()): Renderer {
  const faces = parsedFaces(fonts);
  const measure = new SharedMeasure();
  return async (model) => {
    const date = fileDateOf(model, options);
    const doc = new PDFDocument({
      autoFirstPage: false,
      pdfVersion: "1.7",
      // No default font: pdfkit would parse Helvetica's metrics for every document, and the letter never uses it.
      font: null,
      subset: "PDF/A-2a",
      tagged: true,
      displayTitle: true,
      lang: model.meta.language,
      info: {
        Title: model.meta.title,
        Author: model.meta.author,
        Subject: model.meta.subject,
        Creator: CREATOR,
        Producer: CREATOR,
        // pdfkit derives the file /ID from the info, CreationDate included, so the same letter gives the same bytes.
        CreationDate: date,
        ModDate: date,
      },
    } as unknown as PDFKit.PDFDocumentOptions) as Document;
    doc._addInfo = () =>
      doc.appendXML(
        xmpDescriptions({
          title: model.meta.title,
          author: model.meta.author,
          subject: model.meta.subject,
          language: model.meta.language,
          creator: CREATOR,
          producer: CREATOR,
          date,
          ...(model.meta.fingerprint !== undefined ? { fingerprint: model.meta.fingerprint } : {}),
        }),
      );
    // Font resource names as they were with the default font in place (F1 was Helvetica), so the bytes stay the same.
    (doc as unknown as { _fontCount: number })._fontCount = 1;
    for (const [face, font] of Object.entries(faces)) doc.registerFont(face, font as unknown as string);
    shareShaping(doc);
    const bytes = collect(doc);
    measure.doc = doc;
    paint(doc, layoutLetter(model, measure), images);
    measure.doc = undefined;
    doc.end();
    return bytes;
  };
}

/**
 * The fonts, parsed once per process: fontkit decodes a font's tables lazily and keeps them, so every later letter
 * reuses them (decoding them again for each document was half of all rendering time). Each document still makes its
 * own subset of the glyphs it uses.
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
 * pdfkit shapes text word by word and keeps each word's glyphs in a cache of the document's font, then lays out every
 * piece of text again each time it measures or draws it. Here those results belong to the parsed font, for every
 * document: a word shaped for one letter is not shaped again for the next (the letters of a dispatch share nearly all
 * their words), and a piece of text laid out once is not laid out again. All of it is what fontkit computes from the
 * font alone, read and never changed by pdfkit, so sharing it changes no byte. It is emptied when it grows large.
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
const shapedBy = new WeakMap<object, Shaped>();
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
      let shaped = shapedBy.get(current.font);
      if (!shaped || shaped.runs.size > SHAPED_RUNS_MAX || shaped.widths.size > SHAPED_MAX) {
        shaped = { words: Object.create(null), runs: new Map(), widths: new Map() };
        shapedBy.set(current.font, shaped);
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
 * What a glyph reads as (the PDF's ToUnicode map) from this document's own text. pdfkit takes it from the glyph
 * object, and fontkit keeps one glyph object per glyph for the whole process, with the characters it was first made
 * for: after a letter with a Cyrillic "С" (drawn with the Latin "C"'s glyph), every later letter's "C" read as
 * Cyrillic, and the same letter's bytes depended on what the process had drawn before. Here the first character this
 * document draws a glyph for is what the glyph reads as, as in a process that drew nothing before. (Where glyphs are
 * not one per character — ligatures, reordered scripts — pdfkit's own choice stands.)
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

/** Widths and line heights from the very fonts the document embeds. */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  return {
    width: (text, face, size) => doc.font(face).fontSize(size).widthOfString(text),
    lineHeight: (face, size) => doc.font(face).fontSize(size).currentLineHeight(true),
  };
}

/**
 * Widths and line heights from the document being drawn, by one object for all the letters of a renderer (the line
 * breaks it gives are kept by that object: see breakLines). What the fonts work out is kept by shareShaping.
 */
class SharedMeasure implements Measure {
  doc: PDFKit.PDFDocument | undefined;

  width(text: string, face: Face, size: number): number {
    return this.current().font(face).fontSize(size).widthOfString(text);
  }

  lineHeight(face: Face, size: number): number {
    return this.current().font(face).fontSize(size).currentLineHeight(true);
  }

  private current(): PDFKit.PDFDocument {
    if (!this.doc) throw new Error("measuring outside a document");
    return this.doc;
  }
}

/** Images a letter draws (the logo), by hash; the PDF takes PNG or JPEG. */
type Images = ReadonlyMap<string, ImageAsset>;

function paint(doc: PDFKit.PDFDocument, layout: LetterLayout, images: Images): void {
  // The first page exists before any element: a Figure's bounding box is given in page coordinates.
  doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
  const elements = layout.nodes.map((n) => doc.struct(n.type, elementOptions(n)));
  const contents = layout.nodes.map((): { order: number; content: PDFKit.PDFStructureContent }[] => []);
  for (const [p, page] of layout.pages.entries()) {
    if (p > 0) doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    for (const item of page.items) {
      if (item.kind === "artifact") {
        doc.markContent("Artifact", { type: item.type } as PDFKit.Mixins.MarkingOptions);
        drawFragments(doc, item.fragments);
        for (const r of item.rules) doc.moveTo(r.x1, r.y1).lineTo(r.x2, r.y2).lineWidth(r.width).stroke();
        doc.endMarkedContent();
        continue;
      }
      const element = elements[item.node] as PDFKit.PDFStructureElement;
      const content = doc.markStructureContent(layout.nodes[item.node]?.type ?? "P");
      if (item.kind === "image") {
        const image = images.get(item.image);
        if (!image) throw new Error(`no image ${item.image} among the render assets`);
        drawImage(doc, image, item);
      } else drawFragments(doc, item.fragments);
      doc.endMarkedContent();
      contents[item.node]?.push({ order: item.order, content });
      // A link is clickable: an annotation over its text, belonging to its Link element, the address kept.
      for (const f of item.kind === "text" ? item.fragments : []) {
        if (f.link && f.text.trim() !== "") {
          doc.link(f.x, f.y, f.width, doc.font(f.face).fontSize(f.size).currentLineHeight(true), f.link, {
            structParent: element,
            Contents: new String(f.link),
          } as never);
        }
      }
    }
  }
  // Every element gets its children (elements and marked content) in reading order, whatever order they were painted in.
  for (const i of layout.nodes.keys()) {
    const children = [
      ...layout.nodes.flatMap((n, j) =>
        n.parent === i ? [{ order: n.order, child: elements[j] as PDFKit.PDFStructureElement | PDFKit.PDFStructureContent }] : [],
      ),
      ...(contents[i] ?? []).map((c) => ({ order: c.order, child: c.content })),
    ].sort((x, y) => x.order - y.order);
    for (const { child } of children) elements[i]?.add(child as PDFKit.PDFStructureElement);
  }
  doc.addStructure(elements[0] as PDFKit.PDFStructureElement);
  for (const entry of layout.outline) doc.outline.addItem(entry.title, { pageNumber: entry.page, top: entry.y, left: PAGE.width } as never);
}

/** What pdfkit makes of a PNG with an alpha channel before writing it: the colour and alpha planes, deflated. */
interface SplitImage {
  imgData: Buffer;
  alphaChannel: Buffer;
}
type PdfkitImage = Partial<SplitImage> & { splitAlphaChannel(): void; finalize(): void };
const splitImages = new WeakMap<ImageAsset, SplitImage>();

/**
 * Draws an image as pdfkit does, but splits and deflates a PNG's alpha channel only for the first letter: every later
 * letter reuses the planes (decoding and deflating the logo was a third of a letter's time). pdfkit writes the planes
 * once the decoding is done, after the document is ended; the reuse writes them at that moment too, so the objects
 * keep their numbers and the bytes stay the same.
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

function elementOptions(n: LetterLayout["nodes"][number]): PDFKit.Mixins.StructureElementOptions {
  return {
    ...(n.scope ? { scope: n.scope } : {}),
    ...(n.alt ? { alt: n.alt } : {}),
    ...(n.bbox ? { bbox: n.bbox } : {}),
  } as PDFKit.Mixins.StructureElementOptions;
}

function drawFragments(doc: PDFKit.PDFDocument, fragments: readonly Fragment[]): void {
  for (const f of fragments) {
    const characterSpacing = f.characterSpacing ?? 0;
    doc
      .font(f.face)
      .fontSize(f.size)
      .fillColor(f.link ? LINK.color : "black")
      .text(f.text, f.x, f.y, { lineBreak: false, characterSpacing });
    // A link's underline, as pdfkit places one, under the words only (not a space the line ends with).
    const words = f.text.trimEnd();
    if (f.link && LINK.underline && words !== "") {
      const width = f.size < 10 ? 0.5 : Math.floor(f.size / 10);
      const y = f.y + doc.currentLineHeight() - width;
      const length = doc.widthOfString(words, { characterSpacing });
      doc
        .save()
        .lineWidth(width)
        .strokeColor(LINK.color)
        .moveTo(f.x, y)
        .lineTo(f.x + length, y)
        .stroke()
        .restore();
    }
  }
  doc.fillColor("black");
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
