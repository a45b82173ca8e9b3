// Reads a PDF's text back with pdf.js, an independent reader: one string per page.
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: string[];
  info: Record<string, unknown>;
}

/** A PDF file's text, its pages one after another (where a test used pdftotext). */
export async function pdfText(file: string): Promise<string> {
  return (await readPdf(await readFile(file))).pages.join("\n");
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join(""));
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: info as Record<string, unknown> };
}

/**
 * A PDF's text by line, as laid out on the page (like pdftotext -layout): one string per page, its lines top to
 * bottom, the pieces of a line left to right, two spaces where a gap wider than a space separates them (between a
 * table's columns), one space at a word gap. With pdf.js, so no program needs to be installed.
 */
export async function readPdfLayout(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const pieces = content.items
      .flatMap((item) => ("str" in item && item.str.trim() !== "" ? [item] : []))
      .map((item) => ({
        text: item.str,
        x: item.transform[4] as number,
        y: item.transform[5] as number,
        width: item.width,
        size: Math.abs(item.transform[0] as number),
      }));
    const lines: (typeof pieces)[] = [];
    for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
      const line = lines.at(-1);
      if (line && Math.abs((line[0]?.y ?? 0) - piece.y) < 2) line.push(piece);
      else lines.push([piece]);
    }
    pages.push(
      lines
        .map((line) =>
          line
            .sort((a, b) => a.x - b.x)
            .map((piece, i) => {
              const before = line[i - 1];
              if (!before) return piece.text;
              const gap = piece.x - (before.x + before.width);
              return (gap > piece.size * 0.6 ? "  " : gap > piece.size * 0.15 ? " " : "") + piece.text;
            })
            .join(""),
        )
        .join("\n"),
    );
  }
  await doc.destroy();
  return pages;
}
