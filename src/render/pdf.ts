// Renders a letter model to PDF bytes with pdfmake. Fonts come in as bytes; no file or URL is read while rendering.
import pdfmakeModule from "pdfmake";
import type { FontFiles } from "./fonts.js";
import type { Renderer, RendererFactory } from "./format.js";
import { PDF_FONT_FAMILY, pdfDocDefinition } from "./pdf-layout.js";

const VFS_DIR = "brev-fonts";

// The typings lag pdfmake 0.3's server API; this is the part of it brev uses.
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as unknown as PdfMake;

export interface PdfOptions {
  /** The date written into the file (CreationDate, ModDate, and so /ID); default: the letter's date. */
  fileDate?: Date;
}

export const pdfRenderer: RendererFactory = (assets, options) => {
  if (!assets.fonts) throw new Error("the PDF renderer needs the fonts");
  return createPdfRenderer(assets.fonts, options);
};

export function createPdfRenderer(fonts: FontFiles, options: PdfOptions = {}): Renderer {
  const names: Record<string, string> = {};
  for (const [style, bytes] of Object.entries(fonts)) {
    const name = `${VFS_DIR}/${PDF_FONT_FAMILY}-${style}.ttf`;
    pdfmake.virtualfs.writeFileSync(name, Buffer.from(bytes));
    names[style] = name;
  }
  pdfmake.setFonts({ [PDF_FONT_FAMILY]: names });
  // Letters never fetch anything: fonts are in the virtual file system, and no other file or URL is allowed.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return async (model) => {
    const buffer: Buffer = await pdfmake.createPdf(pdfDocDefinition(model, options.fileDate)).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  };
}
