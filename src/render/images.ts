// Images letters draw (the sender's logo), read once per run: PNG and JPEG as they are, SVG rasterised at print
// resolution for the PDF (and kept as SVG for the DOCX). The format is judged by the bytes, not the file name; a file
// that is not there, not readable, too large, outside the project (also through a link) or not an image of these
// kinds is a problem in words, which the caller reports at the registry line that names the file.
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../shared/hash.js";
import type { ImageAsset } from "./format.js";
import { LOGO } from "./letter-style.js";

export interface LoadedImage {
  /** The hash of the file's bytes: what the letter model names the image by. */
  sha256: string;
  /** Size in pixels, for the aspect ratio. */
  width: number;
  height: number;
  asset: ImageAsset;
}

const MAX_BYTES = 2 * 1024 * 1024;
/** SVG logos are rasterised at 600 dots per inch of their printed height. */
const RASTER_HEIGHT = Math.round((LOGO.height / 72) * 600);

export async function loadImage(file: string, project: string): Promise<LoadedImage | { problem: string }> {
  let bytes: Uint8Array;
  try {
    const real = await realpath(file);
    const inside = path.relative(await realpath(project), real);
    if (inside.startsWith("..") || path.isAbsolute(inside)) return { problem: "the file leads outside the project folder (through a link)" };
    bytes = new Uint8Array(await readFile(real));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem:
        code === "ENOENT"
          ? "there is no such file"
          : code === "EACCES"
            ? "the file cannot be read (permission denied)"
            : code === "EISDIR"
              ? "it is a folder, not an image"
              : `the file cannot be read (${code ?? (e as Error).message})`,
    };
  }
  if (bytes.length > MAX_BYTES) return { problem: `the image is ${(bytes.length / 1048576).toFixed(1)} MB; a logo may be at most ${MAX_BYTES / 1048576} MB` };
  const hash = sha256(bytes);
  const png = pngSize(bytes);
  if (png) return { sha256: hash, ...png, asset: { bytes, type: "png" } };
  const jpeg = jpegSize(bytes);
  if (jpeg) return { sha256: hash, ...jpeg, asset: { bytes, type: "jpg" } };
  const text = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/.test(text)) return rasterise(bytes, hash);
  return { problem: "it is not a PNG, JPEG or SVG image" };
}

async function rasterise(svg: Uint8Array, hash: string): Promise<LoadedImage | { problem: string }> {
  // resvg is a native module: loaded only when a letter has an SVG logo.
  const { Resvg } = await import("@resvg/resvg-js");
  try {
    const rendered = new Resvg(Buffer.from(svg), { fitTo: { mode: "height", value: RASTER_HEIGHT }, font: { loadSystemFonts: false } }).render();
    return { sha256: hash, width: rendered.width, height: rendered.height, asset: { bytes: new Uint8Array(rendered.asPng()), type: "png", svg } };
  } catch (e) {
    return { problem: `the SVG cannot be drawn: ${(e as Error).message.split("\n")[0]}` };
  }
}

function pngSize(b: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((v, i) => b[i] !== v)) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A JPEG's size, from its first start-of-frame marker. */
function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}
