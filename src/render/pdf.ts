// Renders a letter model to a PDF/A-2a, tagged for PDF/UA, with pdfkit directly: pdf-layout.ts decides where every
// piece of text goes and which structure element it belongs to; this paints that layout, marking each piece as the
// structure content of its element (or as an artifact), and builds the structure tree, outline and metadata.
// Fonts come in as bytes; no file or URL is read while rendering.

import { fileDateOf, type ImageAsset, type Renderer, type RendererFactory } from "../model/formats.js";
import type { FontFiles } from "./fonts.js";
import { LINK, PAGE } from "./letter-style.js";
import { type Fragment, type LetterLayout, layoutLetter } from "./pdf-layout.js";
import type { Face, Measure } from "./pdf-lines.js";
import { xmpDescriptions } from "./pdf-metadata.js";
import { type PdfkitAdapter, pdfkitAdapter } from "./pdfkit-adapter.js";

export interface PdfOptions {
  /** The date written into the file (CreationDate, ModDate, XMP, and so /ID); default: the letter's date. */
  fileDate?: Date;
  /** false: pdfkit's public API only, none of pdfkit-adapter.ts's patches (slower; what differs is said there). */
  patched?: boolean;
}

export const pdfRenderer: RendererFactory = (assets, options) => {
  if (!assets.fonts) throw new Error("the PDF renderer needs the fonts");
  return createPdfRenderer(assets.fonts, options, assets.images);
};

const CREATOR = "brev";

export function createPdfRenderer(fonts: FontFiles, options: PdfOptions = {}, images: Images = new Map()): Renderer {
  const adapter = pdfkitAdapter(fonts, { patched: options.patched !== false });
  const measure = new SharedMeasure();
  return async (model) => {
    const date = fileDateOf(model, options);
    const doc = adapter.open(
      {
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
      } as unknown as PDFKit.PDFDocumentOptions,
      () =>
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
    const bytes = collect(doc);
    measure.doc = doc;
    paint(doc, layoutLetter(model, measure), images, adapter);
    measure.doc = undefined;
    doc.end();
    return bytes;
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
 * breaks it gives are kept by that object: see breakLines). What the fonts work out is kept by pdfkit-adapter.ts.
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

function paint(doc: PDFKit.PDFDocument, layout: LetterLayout, images: Images, adapter: PdfkitAdapter): void {
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
        adapter.drawImage(doc, image, item);
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
