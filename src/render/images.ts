// Images letters draw (the sender's logo), read once per run: PNG and JPEG as they are, SVG rasterised at print
// resolution for the PDF (and kept as SVG for the DOCX). The format is judged by the bytes, not the file name; a file
// that is not there, not readable, too large, outside the project (also through a link), a pipe or a device, or not
// an image of these kinds is a problem in words, which the caller reports at the registry line that names the file.
//
// Every image is bounded before it is decoded and then decoded whole with a real decoder, here at load (so at
// `validate`), never first in a renderer: the size in pixels is read from the header and limited, a PNG is decoded
// by pngjs and a JPEG by jpeg-js, and only an image they decode reaches the PDF and DOCX (as the same bytes). An SVG
// may draw only what it contains: any reference to another file or address is refused before resvg sees the SVG
// (resvg-js 2.6 has no switch that stops it reading an absolute `href` from disk), and its raster fits a bounded box.
import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { t } from "../i18n/catalogue.js";
import type { ImageAsset } from "../model/formats.js";
import { insideProject, readBounded } from "../shared/bounded-file.js";
import { decodeCharacterReferences } from "../shared/characters.js";
import { sha256 } from "../shared/hash.js";
import { LOGO } from "./letter-style.js";

// The decoders are loaded when a letter has a logo of their kind, not on every start (both are CommonJS).
const load = createRequire(import.meta.url);
let decoders: { png: typeof import("pngjs"); jpeg: typeof import("jpeg-js") } | undefined;
const decoder = () => (decoders ??= { png: load("pngjs") as typeof import("pngjs"), jpeg: load("jpeg-js") as typeof import("jpeg-js") });

export interface LoadedImage {
  /** The hash of the file's bytes: what the letter model names the image by. */
  sha256: string;
  /** Size in pixels, for the aspect ratio. */
  width: number;
  height: number;
  asset: ImageAsset;
}

/** What is wrong with a logo, and what to do about it when that is more than giving another file. */
type Problem = { problem: string; hint?: string };

/** The hints, in the run's language (read when a problem is found, not at load). */
const HINT = {
  get damaged() {
    return t.render.hintDamaged();
  },
  get smaller() {
    return t.render.hintSmaller();
  },
  get selfContained() {
    return t.render.hintSelfContained();
  },
  get outside() {
    return t.render.hintOutside();
  },
  get noEffects() {
    return t.render.hintNoEffects();
  },
};

const MAX_BYTES = 2 * 1024 * 1024;
/** A logo of more pixels is a mistake or an attack: decoding one costs 4 bytes a pixel. */
export const MAX_PIXELS = 25_000_000;
/** SVG logos are rasterised at 600 dots per inch of their printed height. */
const RASTER_HEIGHT = Math.round((LOGO.height / 72) * 600);
/** How much wider than tall (or taller than wide) an SVG logo may be; its raster is then at most 3780 pixels wide. */
export const MAX_SVG_ASPECT = 10;

/** Loads images by path, each path once however many ask for it (each dispatch of a project names its logo). */
export function imageLoader(): (file: string, project: string) => Promise<LoadedImage | Problem> {
  const loaded = new Map<string, Promise<LoadedImage | Problem>>();
  return (file, project) => {
    const image = loaded.get(file) ?? loadImage(file, project);
    loaded.set(file, image);
    return image;
  };
}

export async function loadImage(file: string, project: string): Promise<LoadedImage | Problem> {
  let bytes: Uint8Array;
  try {
    // Through every link, inside the project; then opened without blocking, a regular file, its size by fstat.
    const real = await insideProject(file, project);
    bytes = await readBounded(real, MAX_BYTES, { noFollow: true });
  } catch (e) {
    const problem = readProblem(e as NodeJS.ErrnoException, path.relative(project, file).split(path.sep).join("/"));
    return (e as NodeJS.ErrnoException).code === "EOUTSIDE" ? { problem, hint: HINT.outside } : { problem };
  }
  const hash = sha256(bytes);
  if (isPng(bytes)) {
    const png = checkPng(bytes);
    return "problem" in png ? png : { sha256: hash, ...png, asset: { bytes, type: "png" } };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const jpeg = checkJpeg(bytes);
    return "problem" in jpeg ? jpeg : { sha256: hash, ...jpeg, asset: { bytes, type: "jpg" } };
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/<svg[\s>]/.test(head)) return rasterised(bytes, hash);
  return { problem: t.render.notAnImage() };
}

function readProblem(e: NodeJS.ErrnoException, shown: string): string {
  switch (e.code) {
    case "ENOENT":
      return t.render.logoMissing();
    case "EACCES":
      return t.render.logoPermissionDenied();
    case "EISDIR":
      return t.render.logoIsFolder();
    case "EOUTSIDE":
      return t.render.logoOutside();
    case "ESPECIAL":
      return t.render.logoSpecial({ file: shown, kind: (e as { kind?: string }).kind });
    case "EFBIG":
      return t.render.logoTooLarge({ megabytes: ((e as { size?: number }).size ?? 0) / 1048576, limit: MAX_BYTES / 1048576 });
    case "ELOOP":
      return t.render.logoReplacedByLink();
    default:
      return t.render.logoCannotRead({ detail: e.code ?? e.message });
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(b: Uint8Array): boolean {
  return b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v);
}

/** Bit depths each PNG colour type allows (PNG specification, table 11.1). */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Samples per pixel of each colour type. */
const PNG_SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Decoding takes memory by the pixel: a PNG of 8-bit colour up to 25 million pixels, of 16 bits a sample half that
 * (whatever its colour type: pngjs keeps 16-bit grey with alpha as wide as 16-bit RGBA); a
 * JPEG (whose decoder keeps every coefficient besides the pixels) half that too. Peak memory stays under 600 MB.
 */
const HALF = MAX_PIXELS / 2;

function tooManyPixels(kind: string, width: number, height: number, limit: number, which: "logo" | "16-bit" | "jpeg" = "logo"): Problem {
  const side = Math.floor(Math.sqrt(limit) / 100) * 100;
  return {
    problem: t.render.tooManyPixels({ kind, width, height, millions: limit / 1_000_000, side, which }),
    hint: HINT.smaller,
  };
}

/**
 * A PNG's size, checked from its header (IHDR) before anything is inflated, then the whole image decoded by pngjs.
 */
export function checkPng(b: Uint8Array): { width: number; height: number } | Problem {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 33) return { problem: t.render.pngCutShort(), hint: HINT.damaged };
  if (view.getUint32(8) !== 13 || String.fromCharCode(...b.subarray(12, 16)) !== "IHDR") return { problem: t.render.pngNoHeader(), hint: HINT.damaged };
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = b[24] ?? 0;
  const colour = b[25] ?? 0;
  const interlaced = b[28] === 1;
  if (width === 0 || height === 0) return { problem: t.render.noPixels({ kind: "PNG", width, height }) };
  if (width * height > MAX_PIXELS) return tooManyPixels("PNG", width, height, MAX_PIXELS);
  if (!PNG_DEPTHS[colour]?.includes(depth)) return { problem: t.render.pngBadDepth({ colour, depth }) };
  if (depth === 16 && width * height > HALF) return tooManyPixels("PNG", width, height, HALF, "16-bit");
  const expected = pngDataSize(width, height, depth * (PNG_SAMPLES[colour] ?? 1), interlaced);
  const { PNG } = decoder().png;
  try {
    // Inflated here first, with a limit and to the exact size the header gives: pngjs inflates interlaced data
    // without a limit, and takes some data that is not zlib at all for an empty image.
    if (inflatedLength(b, expected) !== expected) throw new Error(t.render.dataDoesNotMatchSize());
    const decoded = PNG.sync.read(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    if (decoded.width !== width || decoded.height !== height) throw new Error(t.render.sizeChangedWhileDecoded());
  } catch (e) {
    return { problem: t.render.imageDamaged({ kind: "PNG", detail: firstLine(e) }), hint: HINT.damaged };
  }
  return { width, height };
}

/** How many bytes the PNG's image data inflates to, up to one past `expected` (the buffer is let go at once). */
function inflatedLength(b: Uint8Array, expected: number): number {
  try {
    return inflateSync(idatOf(b), { maxOutputLength: expected + 1 }).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return expected + 1;
    throw e;
  }
}

/** Adam7: each pass's first column and row, and its steps. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** How many bytes a PNG's inflated image data holds: each row its filter byte and its pixels, whole bytes a row. */
function pngDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w > 0 && h > 0 ? h * (Math.ceil((w * bitsPerPixel) / 8) + 1) : 0);
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/** The PNG's image data (every IDAT chunk, in order). */
function idatOf(b: Uint8Array): Buffer {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= b.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (at + 12 + length > b.length) throw new Error(t.render.fileCutShort());
    if (type === "IDAT") parts.push(b.subarray(at + 8, at + 8 + length));
    if (type === "IEND") break;
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/**
 * A JPEG's size from its first start-of-frame marker, walked as pdfkit walks it (every marker C0-CF but C4 counts),
 * so the PDF reads the same header; then the whole image decoded by jpeg-js.
 */
export function checkJpeg(b: Uint8Array): { width: number; height: number } | Problem {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  for (;;) {
    if (at + 4 > b.length || b[at] !== 0xff) return { problem: t.render.jpegNoFrame(), hint: HINT.damaged };
    const marker = b[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4) {
      if (at + 10 > b.length || length < 8) return { problem: t.render.jpegFrameCutShort(), hint: HINT.damaged };
      // Baseline, extended and progressive JPEG: what jpeg-js decodes and every PDF reader draws.
      if (marker > 0xc2) return { problem: t.render.jpegCompression() };
      const precision = b[at + 4];
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      const components = b[at + 9] ?? 0;
      if (width === 0 || height === 0) return { problem: t.render.noPixels({ kind: "JPEG", width, height }) };
      if (width * height > HALF) return tooManyPixels("JPEG", width, height, HALF, "jpeg");
      if (precision !== 8 || ![1, 3, 4].includes(components)) return { problem: t.render.jpegChannels({ components, precision }) };
      try {
        const decoded = decoder().jpeg.decode(b, { useTArray: true, tolerantDecoding: false, maxResolutionInMP: HALF / 1_000_000, maxMemoryUsageInMB: 512 });
        if (decoded.width !== width || decoded.height !== height) throw new Error(t.render.sizeChangedWhileDecoded());
      } catch (e) {
        return { problem: t.render.imageDamaged({ kind: "JPEG", detail: firstLine(e) }), hint: HINT.damaged };
      }
      return { width, height };
    }
    at += 2 + length;
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

/**
 * The SVGs rasterised lately, by the hash of their bytes (the raster depends on nothing else): the preview reads the
 * logo again on every save, and rasterising it took about 10 ms each time. A few at most, so memory stays bounded;
 * only those that could be used (a problem is said in the run's language, found again each time).
 */
const RASTERS = new Map<string, Promise<LoadedImage | Problem>>();
const KEPT_RASTERS = 4;

function rasterised(svg: Uint8Array, hash: string): Promise<LoadedImage | Problem> {
  const known = RASTERS.get(hash);
  if (known) return known;
  const made = rasterise(svg, hash);
  RASTERS.set(hash, made);
  void made.then((r) => "problem" in r && RASTERS.delete(hash));
  for (const old of RASTERS.keys()) if (RASTERS.size > KEPT_RASTERS) RASTERS.delete(old);
  return made;
}

async function rasterise(svg: Uint8Array, hash: string): Promise<LoadedImage | Problem> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(svg);
  } catch {
    return { problem: t.render.svgNotUtf8() };
  }
  const refused = svgReferenceProblem(text);
  if (refused) return { problem: refused, hint: HINT.selfContained };
  const effect = svgEffectProblem(text);
  if (effect) return { problem: effect, hint: HINT.noEffects };
  // resvg is a native module: loaded only when a letter has an SVG logo.
  const { Resvg } = await import("@resvg/resvg-js");
  const options = { font: { loadSystemFonts: false }, logLevel: "off" as const };
  try {
    // Parsing costs no raster; the size decides the box before anything is drawn.
    const parsed = new Resvg(Buffer.from(svg), { ...options, fitTo: { mode: "original" } });
    const ratio = parsed.width / parsed.height;
    if (!(ratio > 0 && Number.isFinite(ratio))) return { problem: t.render.svgNoSize() };
    if (ratio > MAX_SVG_ASPECT || ratio < 1 / MAX_SVG_ASPECT)
      return {
        problem: t.render.svgAspect({ ratio: ratio >= 1 ? ratio : 1 / ratio, wide: ratio >= 1, max: MAX_SVG_ASPECT }),
        hint: t.render.hintCropSvg(),
      };
    // At most RASTER_HEIGHT tall and MAX_SVG_ASPECT times that wide.
    const rendered = new Resvg(Buffer.from(svg), { ...options, fitTo: { mode: "height", value: RASTER_HEIGHT } }).render();
    return { sha256: hash, width: rendered.width, height: rendered.height, asset: { bytes: new Uint8Array(rendered.asPng()), type: "png", svg } };
  } catch (e) {
    return { problem: t.render.svgCannotDraw({ detail: firstLine(e) }) };
  }
}

/** Embedded images an SVG may hold, as data: URIs (base64); each is checked as a logo file is. */
const DATA_IMAGE = /^data:image\/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]*)$/i;

/**
 * Why an SVG cannot be a logo because it refers to something outside itself, or undefined. Only `#fragment` and
 * data: URIs of PNG or JPEG images (themselves checked and bounded) are allowed in href, xlink:href and CSS url();
 * @import, DOCTYPE (entities could spell a reference this check cannot see) and CSS escapes are refused outright.
 */
export function svgReferenceProblem(text: string): string | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return t.render.svgDoctype();
  if (/@import/i.test(text)) return t.render.svgImport();
  const styles = svgStyles(text);
  if (styles.some((s) => s.includes("\\"))) return t.render.svgEscapes();
  const refs = [
    ...[...text.matchAll(/\s(?:[\w.-]+:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2] ?? ""),
    ...[...text.matchAll(/url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? ""),
  ];
  // An href attribute the pattern above could not read (unquoted, or cut off) is refused as well.
  const hrefs = (text.match(/\s(?:[\w.-]+:)?href\s*=/gi) ?? []).length;
  const read = (text.match(/\s(?:[\w.-]+:)?href\s*=\s*(?:"[^"]*"|'[^']*')/gi) ?? []).length;
  if (read !== hrefs) return t.render.svgUnreadableHref();
  let embedded = 0;
  for (const raw of refs) {
    const ref = raw.trim();
    if (ref.startsWith("#") && !ref.includes("&")) continue;
    const data = DATA_IMAGE.exec(ref);
    if (!data) return t.render.svgOutsideReference({ ref: clipRef(ref) });
    const bytes = new Uint8Array(Buffer.from(data[2] ?? "", "base64"));
    const image = isPng(bytes) ? checkPng(bytes) : bytes[0] === 0xff && bytes[1] === 0xd8 ? checkJpeg(bytes) : { problem: t.render.svgEmbeddedNotImage() };
    if ("problem" in image) return t.render.svgEmbeddedProblem({ problem: image.problem });
    embedded += image.width * image.height;
    if (embedded > MAX_PIXELS) return t.render.svgEmbeddedPixels({ millions: MAX_PIXELS / 1_000_000 });
  }
  return undefined;
}

/** The CSS an SVG holds: each <style> element and style attribute. */
function svgStyles(text: string): string[] {
  return [...text.matchAll(/<style[\s>][\s\S]*?(<\/style>|$)|\sstyle\s*=\s*("[^"]*"|'[^']*')/gi)].map((m) => m[0]);
}

/** A filter element or primitive (feMorphology, feTurbulence, ...), with or without a namespace prefix. */
const FILTER_ELEMENT = /<(?:[\w.-]+:)?(filter|fe[a-z]+)[\s/>]/i;
/** The filter attribute, other than `filter="none"`. */
const FILTER_ATTRIBUTE = /\s(?:[\w.-]+:)?filter\s*=\s*(?!["']\s*none\s*["'])/i;
/** The filter property in CSS (a style element or attribute), other than `filter: none`. */
const FILTER_PROPERTY = /(?:^|[\s;{"'])filter\s*:(?!\s*none\s*(?:[;}"']|$))/i;

/**
 * Why an SVG cannot be a logo because it uses filter effects, or undefined. resvg draws a filter at a cost set by
 * its numbers, not by the file's size or the raster's (a 195-byte feMorphology of radius 100 takes 40 s, an
 * feTurbulence of 100000 octaves longer than any letter run may), and a logo needs none: every filter element and
 * every use of a filter (attribute or CSS, also spelt with character references) is refused before resvg sees it.
 */
export function svgEffectProblem(svg: string): string | undefined {
  // Character references are decoded first (DOCTYPE is refused already, so no other entity can spell anything).
  const text = decodeCharacterReferences(svg);
  const element = FILTER_ELEMENT.exec(text);
  if (element) return t.render.svgFilterElement({ element: element[1] ?? "filter" });
  const styles = svgStyles(text);
  if (FILTER_ATTRIBUTE.test(text) || styles.some((s) => FILTER_PROPERTY.test(s))) return t.render.svgFilterUse();
  // Masks, clip paths, patterns and markers each draw a layer the size of the logo, once for every use, and <use>
  // copies what it names (copies of copies multiply): a few of each are what logos hold; past that the cost grows
  // without bound (300 chained masks took 54 s and 4.2 GB), so the count is bounded before anything is drawn.
  const layers = (text.match(/<(?:[\w.-]+:)?(?:mask|clipPath|pattern|marker)[\s/>]/g) ?? []).length;
  const layerUses = (
    text.match(/(?:\s(?:mask|clip-path|marker-start|marker-mid|marker-end)\s*=|(?:^|[;{\s"'])(?:mask|clip-path|marker(?:-\w+)?)\s*:)/gim) ?? []
  ).length;
  const uses = (text.match(/<(?:[\w.-]+:)?use[\s/>]/g) ?? []).length;
  if (layers > MAX_SVG_LAYERS || layerUses > MAX_SVG_LAYER_USES || uses > MAX_SVG_USES)
    return t.render.svgLayers({ layers, layerUses, uses, maxLayers: MAX_SVG_LAYERS, maxLayerUses: MAX_SVG_LAYER_USES, maxUses: MAX_SVG_USES });
  return undefined;
}

const MAX_SVG_LAYERS = 16;
const MAX_SVG_LAYER_USES = 64;
const MAX_SVG_USES = 16;

function clipRef(ref: string): string {
  return ref.length > 60 ? `${ref.slice(0, 57)}...` : ref;
}
