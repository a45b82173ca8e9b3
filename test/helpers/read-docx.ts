// Reads a DOCX's text back from its XML parts (body, headers, footers) with a real XML parser.
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxText {
  /** Paragraph texts per part, e.g. parts["word/document.xml"]. */
  parts: Record<string, string[]>;
  zip: JSZip;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string[]> = {};
  const names = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  for (const name of names.sort()) {
    const xml = await zip.file(name)?.async("string");
    if (xml === undefined) continue;
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml");
    if (errors.length > 0) throw new Error(`${name} is not well-formed XML: ${errors.join("; ")}`);
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, "p"));
    parts[name] = paragraphs.map((p) =>
      Array.from(p.getElementsByTagNameNS(W, "t"))
        .map((t) => t.textContent ?? "")
        .join(""),
    );
  }
  return { parts, zip };
}

export function docxPlainText(docx: DocxText): string {
  return Object.values(docx.parts).flat().join("\n");
}
