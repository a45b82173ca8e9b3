// Image files built byte by byte for the logo tests: valid ones, and the malformed and oversized ones a hostile or
// clumsy user can give (a header that claims 30000 x 30000, a cut-off file, an unknown colour type, garbage data).
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngSpec {
  width: number;
  height: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA (7 is no colour type). */
  colour?: number;
  depth?: number;
  interlace?: 0 | 1;
  /** The image data as stored (default: the right number of zero bytes, deflated). */
  idat?: Uint8Array;
  /** A PLTE and tRNS chunk (palette images). */
  palette?: boolean;
}

const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The raw (filtered, not yet deflated) bytes a non-interlaced image of this spec holds: all zero. */
export function rawSize(spec: PngSpec): number {
  const depth = spec.depth ?? 8;
  return (Math.ceil((spec.width * depth * (SAMPLES[spec.colour ?? 2] ?? 1)) / 8) + 1) * spec.height;
}

export function png(spec: PngSpec): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(spec.width, 0);
  ihdr.writeUInt32BE(spec.height, 4);
  ihdr[8] = spec.depth ?? 8;
  ihdr[9] = spec.colour ?? 2;
  ihdr[12] = spec.interlace ?? 0;
  const parts = [PNG_SIGNATURE, chunk("IHDR", ihdr)];
  if (spec.palette || spec.colour === 3) {
    parts.push(chunk("PLTE", Buffer.from([255, 0, 0, 0, 0, 255])));
    parts.push(chunk("tRNS", Buffer.from([0])));
  }
  parts.push(chunk("IDAT", spec.idat ?? deflateSync(Buffer.alloc(rawSize(spec)), { level: 9 })));
  parts.push(chunk("IEND", new Uint8Array()));
  return Buffer.concat(parts);
}

/** A small valid RGB PNG, every pixel the colour given. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3] ?? 0)]);
  return png({ width, height, idat: deflateSync(Buffer.concat(Array.from({ length: height }, () => row))) });
}

/** A JPEG's first bytes: SOI, then a start-of-frame marker with the given size (no image data follows). */
export function jpegHeader(width: number, height: number, marker = 0xc0, components = 3, precision = 8): Buffer {
  const sof = Buffer.alloc(2 + 2 + 6 + components * 3);
  sof.writeUInt16BE(0xff00 | marker, 0);
  sof.writeUInt16BE(8 + components * 3, 2);
  sof[4] = precision;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  sof[9] = components;
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof]);
}

/** A small valid baseline JPEG (8 x 8 grey), as a camera or editor writes one. */
export const TINY_JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAAIAAgBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
  "base64",
);

export function svg(body: string, size = 'width="80" height="96" viewBox="0 0 80 96"'): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${size}>${body}</svg>`);
}
