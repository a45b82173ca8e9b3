// Writes a zip file (the package a DOCX is) from its parts, in the order given, every entry dated the same day so the
// same parts give the same bytes. A part already compressed for an earlier letter (styles, theme, settings, the
// logo: most of a DOCX is the same in every letter of a dispatch) is not compressed again.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { isLetterDate } from "../shared/calendar-date.js";
import { sha256 } from "../shared/hash.js";

interface Packed {
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Compressed parts by the hash of their path and bytes; emptied when it grows large. */
export class PartCache {
  private readonly packed = new Map<string, Packed>();
  constructor(private readonly max = 512) {}

  pack(path: string, bytes: Uint8Array): Packed {
    const key = sha256(Buffer.concat([Buffer.from(`${path}\0`), bytes]));
    let found = this.packed.get(key);
    if (!found) {
      if (this.packed.size >= this.max) this.packed.clear();
      found = { crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes) };
      this.packed.set(key, found);
    }
    return found;
  }
}

const encoder = new TextEncoder();

export function zipParts(parts: Iterable<[string, string | Uint8Array]>, day: { year: number; month: number; day: number }, cache: PartCache): Uint8Array {
  // DOS dates run from 1980 to 2107 and carry no time zone. The registry and SOURCE_DATE_EPOCH are checked against
  // this range before anything is written, so a date outside it here is brev's own mistake.
  if (!isLetterDate(day)) throw new Error(`a zip file cannot carry the date ${day.year}-${day.month}-${day.day}`);
  const dosDate = ((day.year - 1980) << 9) | (day.month << 5) | day.day;
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, content] of parts) {
    const name = encoder.encode(path);
    const packed = cache.pack(path, typeof content === "string" ? encoder.encode(content) : content);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.data.length, 18);
    local.writeUInt32LE(packed.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    local.set(name, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.data.length, 20);
    central.writeUInt32LE(packed.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    central.set(name, 46);
    locals.push(local, packed.data);
    centrals.push(central);
    offset += local.length + packed.data.length;
    count++;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/**
 * The files of a zip file, in its central directory's order (stored or deflated entries; no zip64). For a package
 * another program zipped (docx's public Packer), so brev can zip its parts again with its own dates.
 */
export function unzipParts(zip: Uint8Array): [string, Uint8Array][] {
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files: [string, Uint8Array][] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error("not a zip file: a broken central directory");
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    const local = data.readUInt32LE(at + 42);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const stored = data.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`zip entry ${name}: compression method ${method}`);
    if (!name.endsWith("/")) files.push([name, method === 8 ? inflateRawSync(stored) : stored]);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return files;
}
