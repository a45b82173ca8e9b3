// The text of a DOCX file, one line per paragraph (table cells one after the other), so two DOCX files, such as a
// clerk's edited letter and brev's new one, can be compared as text. It reads only word/document.xml, with limits:
// a file that is not a DOCX brev can read gives undefined, never an error.
import { inflateRawSync } from "node:zlib";

/** Limits: a letter's document part is some hundred kB. */
const MAX_COMPRESSED = 16 * 1024 * 1024;
const MAX_XML = 64 * 1024 * 1024;

export function docxText(bytes: Uint8Array): string | undefined {
  try {
    const xml = zipPart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "word/document.xml");
    return xml === undefined ? undefined : paragraphs(xml.toString("utf8"));
  } catch {
    return undefined;
  }
}

function paragraphs(xml: string): string {
  const lines: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let line = "";
    for (const piece of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      line += piece[1] !== undefined ? xmlText(piece[1]) : piece[0] === "<w:tab/>" ? "\t" : " ";
    }
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

function xmlText(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] as string);
}

/** One part of a zip file, found through its central directory. */
function zipPart(zip: Buffer, wanted: string): Buffer | undefined {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0, p = zip.readUInt32LE(end + 16); i < count && p + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) return undefined;
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.toString("utf8", p + 46, p + 46 + nameLength) === wanted) {
      const method = zip.readUInt16LE(p + 10);
      const compressed = zip.readUInt32LE(p + 20);
      const local = zip.readUInt32LE(p + 42);
      if (compressed > MAX_COMPRESSED || zip.readUInt32LE(local) !== 0x04034b50) return undefined;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) return data;
      return method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_XML }) : undefined;
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return undefined;
}
