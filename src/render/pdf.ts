// Renders a letter model to a PDF/A-2a, tagged for PDF/UA, with pdfkit directly: pdf-layout.ts decides where every
// piece of text goes and which structure element it belongs to; this paints that layout, marking each piece as the
// structure content of its element (or as an artifact), and builds the structure tree, outline and metadata.
// Fonts come in as bytes; no file or URL is read while rendering.
import { create as parseFont } from "fontkit";
import PDFDocument from "pdfkit";
import { sha256 } from "../shared/hash.js";
import type { FontFiles } from "./fonts.js";
import { fileDateOf, type Renderer, type RendererFactory } from "./format.js";
import { PAGE } from "./letter-style.js";
import { type LetterLayout, layoutLetter, type PageItem } from "./pdf-layout.js";
import type { Face, Measure } from "./pdf-lines.js";
import { xmpDescriptions } from "./pdf-metadata.js";

export interface PdfOptions {
  /** The date written into the file (CreationDate, ModDate, XMP, and so /ID); default: the letter's date. */
  fileDate?: Date;
}

export const pdfRenderer: RendererFactory = (assets, options) => {
  if (!assets.fonts) throw new Error("the PDF renderer needs the fonts");
  return createPdfRenderer(assets.fonts, options);
};

const FACES: Record<Face, keyof FontFiles> = { regular: "normal", bold: "bold", italic: "italics", boldItalic: "bolditalics" };
const CREATOR = "brev";

/** The parts of pdfkit's document that are not in its typings: brev writes the XMP itself. */
type Document = PDFKit.PDFDocument & { _addInfo(): void; appendXML(xml: string, newline?: boolean): void };

export function createPdfRenderer(fonts: FontFiles, options: PdfOptions = {}): Renderer {
  const faces = parsedFaces(fonts);
  return async (model) => {
    const date = fileDateOf(model, options);
    const doc = new PDFDocument({
      autoFirstPage: false,
      pdfVersion: "1.7",
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
    } as PDFKit.PDFDocumentOptions) as Document;
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
        }),
      );
    for (const [face, font] of Object.entries(faces)) doc.registerFont(face, font as unknown as string);
    const bytes = collect(doc);
    paint(doc, layoutLetter(model, measureWith(doc)));
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

/** Widths and line heights from the very fonts the document embeds. */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  return {
    width: (text, face, size) => doc.font(face).fontSize(size).widthOfString(text),
    lineHeight: (face, size) => doc.font(face).fontSize(size).currentLineHeight(true),
  };
}

function paint(doc: PDFKit.PDFDocument, layout: LetterLayout): void {
  const elements = layout.nodes.map((n) => doc.struct(n.type, n.scope ? ({ scope: n.scope } as PDFKit.Mixins.StructureElementOptions) : {}));
  const root = elements[0] as PDFKit.PDFStructureElement;
  doc.addStructure(root);
  for (const [i, n] of layout.nodes.entries()) if (n.parent !== null) elements[n.parent]?.add(elements[i] as PDFKit.PDFStructureElement);
  for (const page of layout.pages) {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    for (const item of page.items)
      paintItem(
        doc,
        item,
        (node) => layout.nodes[node]?.type ?? "P",
        (node, content) => elements[node]?.add(content),
      );
  }
  for (const entry of layout.outline) doc.outline.addItem(entry.title, { pageNumber: entry.page, top: entry.y, left: PAGE.width } as never);
}

function paintItem(
  doc: PDFKit.PDFDocument,
  item: PageItem,
  typeOf: (node: number) => string,
  add: (node: number, content: PDFKit.PDFStructureContent) => void,
): void {
  if (item.kind === "text") {
    const content = doc.markStructureContent(typeOf(item.node));
    drawFragments(doc, item.fragments);
    doc.endMarkedContent();
    add(item.node, content);
    return;
  }
  doc.markContent("Artifact", { type: item.type } as PDFKit.Mixins.MarkingOptions);
  drawFragments(doc, item.fragments);
  for (const r of item.rules) doc.moveTo(r.x1, r.y1).lineTo(r.x2, r.y2).lineWidth(r.width).stroke();
  doc.endMarkedContent();
}

function drawFragments(doc: PDFKit.PDFDocument, fragments: PageItem["fragments"]): void {
  for (const f of fragments) {
    doc
      .font(f.face)
      .fontSize(f.size)
      .text(f.text, f.x, f.y, { lineBreak: false, characterSpacing: f.characterSpacing ?? 0 });
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
