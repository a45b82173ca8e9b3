// What a letter file in out/ is, read without trusting it: the SHA-256 of its bytes (read in chunks: memory stays at
// one chunk whatever its size, a sparse file included) and the fingerprint it carries (see fingerprint.ts), found
// while hashing (PDF: the XMP, which pdfkit writes uncompressed; arkivmelding: the comment after the XML declaration,
// in the first chunk) or by a few small reads (DOCX: docProps/custom.xml, found through the zip's directory). A file that is not what brev writes simply carries no fingerprint.
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { DOCX_PROPERTY, XML_COMMENT_PREFIX, XML_COMMENT_SUFFIX, XMP_PREFIX, XMP_PROPERTY } from "../render/file-fingerprint.js";
import { parseStamp, STAMP_LENGTH, type Stamp, stampText } from "./fingerprint.js";
import type { Format } from "./letter-path.js";

export interface LetterFileInfo {
  /** The SHA-256 of the bytes; for a file larger than any letter brev writes, a value no record holds (it is not read). */
  sha256: string;
  size: number;
  /** The fingerprint the file carries, if any. */
  stamp?: Stamp;
}

const CHUNK = 1024 * 1024;

/**
 * Larger than any letter brev writes (a registry is at most 10 MB, a logo 2 MB): such a file is not brev's, and is
 * judged so without reading it (a sparse file of gigabytes costs nothing).
 */
export const LETTER_MAX_BYTES = 256 * 1024 * 1024;
const XMP_MARK = Buffer.from(`${XMP_PREFIX}:${XMP_PROPERTY}`);
/** Bytes kept from one chunk to the next, so a fingerprint that spans two chunks is found. */
const OVERLAP = XMP_MARK.length + 2 + STAMP_LENGTH;

export async function inspectLetterFile(handle: FileHandle, format: Format): Promise<LetterFileInfo> {
  const { size: onDisk } = await handle.stat();
  if (onDisk > LETTER_MAX_BYTES) return { sha256: `larger than a letter: ${onDisk} bytes`, size: onDisk };
  const hash = createHash("sha256");
  // A letter is some 100 kB: one read of its size (and a byte more, to see it end), never more than a chunk at a time.
  const buffer = Buffer.alloc(OVERLAP + Math.min(CHUNK, onDisk + 1));
  const chunk = buffer.length - OVERLAP;
  let kept = 0;
  let size = 0;
  let stamp: Stamp | undefined;
  for (;;) {
    // Never past the limit, even when the file grows while it is read.
    const { bytesRead } = await handle.read(buffer, kept, Math.min(chunk, LETTER_MAX_BYTES + 1 - size), size);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(kept, kept + bytesRead));
    size += bytesRead;
    const seen = kept + bytesRead;
    if (format === "pdf") stamp = xmpStamp(buffer.subarray(0, seen)) ?? stamp;
    else if (format === "arkivmelding" && size === bytesRead) stamp = xmlStamp(buffer.subarray(0, seen));
    kept = Math.min(OVERLAP, seen);
    buffer.copyWithin(0, seen - kept, seen);
  }
  if (size > LETTER_MAX_BYTES) return { sha256: `larger than a letter: ${size} bytes`, size };
  if (format === "docx") stamp = await docxStamp(handle, size).catch(() => undefined);
  return { sha256: hash.digest("hex"), size, ...(stamp ? { stamp } : {}) };
}

/** The last fingerprint in the bytes, as an XMP element or attribute (`brev:fingerprint>…` or `brev:fingerprint="…`). */
function xmpStamp(bytes: Buffer): Stamp | undefined {
  for (let at = bytes.lastIndexOf(XMP_MARK); at >= 0; at = at > 0 ? bytes.lastIndexOf(XMP_MARK, at - 1) : -1) {
    const after = bytes.toString("latin1", at + XMP_MARK.length, at + OVERLAP);
    const stamp = parseStamp(after.replace(/^(>|=")/, ""));
    if (stamp) return stamp;
  }
  return undefined;
}

/** How far into an XML file its fingerprint comment may start: the declaration comes first, and is short. */
const XML_HEAD = 512;
const XML_DECLARATION = /^(?:\uFEFF)?<\?xml[^>]{0,200}\?>\s{0,8}/;

/** The fingerprint of an arkivmelding: the comment right after the XML declaration (`<!-- brev-fingerprint: … -->`). */
function xmlStamp(start: Buffer): Stamp | undefined {
  const head = start.toString("utf8", 0, Math.min(start.length, XML_HEAD + XML_COMMENT_PREFIX.length + STAMP_LENGTH));
  const declaration = XML_DECLARATION.exec(head);
  if (!declaration) return undefined;
  const at = declaration[0].length;
  if (!head.startsWith(XML_COMMENT_PREFIX, at)) return undefined;
  const stamp = parseStamp(head.slice(at + XML_COMMENT_PREFIX.length));
  if (!stamp || !head.startsWith(XML_COMMENT_SUFFIX, at + XML_COMMENT_PREFIX.length + stampText(stamp).length)) return undefined;
  return stamp;
}

/** Limits on what is read of a DOCX to find its fingerprint; a file past them carries none that brev reads. */
const MAX_DIRECTORY = 1024 * 1024;
const MAX_PART = 256 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CUSTOM_PROPERTIES = "docProps/custom.xml";

async function docxStamp(handle: FileHandle, size: number): Promise<Stamp | undefined> {
  const tail = await readAt(handle, Math.max(0, size - (22 + 0xffff)), Math.min(size, 22 + 0xffff));
  let end = tail.length - 22;
  while (end >= 0 && tail.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryAt = tail.readUInt32LE(end + 16);
  if (directorySize > MAX_DIRECTORY || directoryAt + directorySize > size) return undefined;
  const directory = await readAt(handle, directoryAt, directorySize);
  for (let i = 0, p = 0; i < count && p + 46 <= directory.length; i++) {
    if (directory.readUInt32LE(p) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = directory.readUInt16LE(p + 28);
    const name = directory.toString("utf8", p + 46, p + 46 + nameLength);
    if (name === CUSTOM_PROPERTIES) {
      const method = directory.readUInt16LE(p + 10);
      const compressed = directory.readUInt32LE(p + 20);
      const local = directory.readUInt32LE(p + 42);
      if (compressed > MAX_PART || (method !== 0 && method !== 8)) return undefined;
      const header = await readAt(handle, local, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return undefined;
      const data = await readAt(handle, local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), compressed);
      const xml = (method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_PART })).toString("utf8");
      return customPropertyStamp(xml);
    }
    p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
  }
  return undefined;
}

/** The value of brev's custom property, as docx writes it and Word keeps it (`name="…"…><vt:lpwstr>value<`). */
function customPropertyStamp(xml: string): Stamp | undefined {
  const m = new RegExp(`name="${DOCX_PROPERTY}"[^>]*>\\s*<[^>]*lpwstr>([^<]*)<`).exec(xml);
  return m ? parseStamp(m[1] as string) : undefined;
}

async function readAt(handle: FileHandle, at: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, at + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
