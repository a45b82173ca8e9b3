// The words of src/render, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

/** What kind of image a message is about: "PNG", "JPEG" (a format's name, the same in every language). */
type ImageKind = string;

export const render = {
  // What to do about a logo (render/images.ts).
  hintDamaged: () => "open the logo in an image program and save it again as PNG, or get a new copy of the file",
  hintSmaller: () => "save the logo smaller: it is printed at most 4 cm wide, so 1000 pixels across is plenty",
  hintSelfContained: () => "export the logo again as plain SVG with everything it draws inside it, or as PNG",
  hintOutside: () => "copy the logo into the project's assets/ folder and name that copy",
  hintNoEffects: () => "export the logo again without filter effects (blur, shadow, glow) and with fewer masks and copies, or save it as PNG",
  hintCropSvg: () => "crop the logo to what is printed, or set the SVG's viewBox to the logo's own size",

  // A logo file that cannot be read.
  logoMissing: () => "there is no such file",
  logoPermissionDenied: () => "the file cannot be read (permission denied)",
  logoIsFolder: () => "it is a folder, not an image",
  logoOutside: () => "the file leads outside the project folder (through a link)",
  logoSpecial: (p: { file: string; kind: string | undefined }) =>
    `${p.file} is a ${p.kind === "pipe" ? "named pipe" : (p.kind ?? "special file")}, not an image file`,
  logoTooLarge: (p: { megabytes: number; limit: number }) => `the image is ${p.megabytes.toFixed(1)} MB; a logo may be at most ${p.limit} MB`,
  logoReplacedByLink: () => "the file was replaced by a link while it was read",
  logoCannotRead: (p: { detail: string }) => `the file cannot be read (${p.detail})`,
  notAnImage: () => "it is not a PNG, JPEG or SVG image",

  // PNG and JPEG logos.
  tooManyPixels: (p: { kind: ImageKind; width: number; height: number; millions: number; side: number; which: "logo" | "16-bit" | "jpeg" }) =>
    `the ${p.kind} is ${p.width} x ${p.height} pixels; ${p.which === "16-bit" ? "a logo of 16-bit colour" : p.which === "jpeg" ? "a JPEG logo" : "a logo"} may have at most ${p.millions} million pixels (e.g. ${p.side} x ${p.side})`,
  noPixels: (p: { kind: ImageKind; width: number; height: number }) => `the ${p.kind} is ${p.width} x ${p.height} pixels; an image needs at least one pixel`,
  imageDamaged: (p: { kind: ImageKind; detail: string }) => `the ${p.kind} image is damaged and cannot be decoded (${p.detail})`,
  dataDoesNotMatchSize: () => "its image data does not match its size",
  sizeChangedWhileDecoded: () => "its size changed while it was decoded",
  fileCutShort: () => "the file is cut short",
  pngCutShort: () => "the PNG file is cut short: it ends before its header",
  pngNoHeader: () => "the PNG file is damaged: it does not start with its header (IHDR)",
  pngBadDepth: (p: { colour: number; depth: number }) => `the PNG has colour type ${p.colour} with bit depth ${p.depth}, which is not a PNG image format`,
  jpegNoFrame: () => "the JPEG file is damaged or cut short: it has no frame header (SOF)",
  jpegFrameCutShort: () => "the JPEG file is damaged: its frame header (SOF) is cut short",
  jpegCompression: () => "the JPEG uses a kind of compression PDF readers do not all draw; save it as a baseline JPEG or a PNG",
  jpegChannels: (p: { components: number; precision: number | undefined }) =>
    `the JPEG has ${p.components} colour channels of ${p.precision} bits; save it with 8-bit grey, RGB or CMYK colour`,

  // SVG logos.
  svgNotUtf8: () => "the SVG is not UTF-8 text",
  svgNoSize: () => "the SVG has no size: give it a width and height or a viewBox",
  svgAspect: (p: { ratio: number; wide: boolean; max: number }) =>
    `the SVG is ${ratioWords(p.ratio)} times as ${p.wide ? "wide as it is tall" : "tall as it is wide"}; a logo may be at most ${p.max} times as wide as tall or as tall as wide`,
  svgCannotDraw: (p: { detail: string }) => `the SVG cannot be drawn: ${p.detail}`,
  svgDoctype: () => "the SVG has a DOCTYPE or entity declarations, which a logo does not need; save it as plain SVG",
  svgImport: () => "the SVG imports a style sheet (@import); a logo must contain everything it draws",
  svgEscapes: () => "the SVG's style has escaped characters (\\); write its CSS without them",
  svgUnreadableHref: () => "the SVG has an href the check cannot read; quote every attribute value",
  svgOutsideReference: (p: { ref: string }) =>
    `the SVG refers to "${p.ref}" outside itself; a logo must contain everything it draws (only #names and embedded PNG or JPEG images)`,
  svgEmbeddedNotImage: () => "it is not a PNG or JPEG image",
  svgEmbeddedProblem: (p: { problem: string }) => `an image embedded in the SVG cannot be used: ${p.problem}`,
  svgEmbeddedPixels: (p: { millions: number }) => `the images embedded in the SVG have more than ${p.millions} million pixels in all`,
  svgFilterElement: (p: { element: string }) => `the SVG has a filter effect (<${p.element}>), which a logo does not need and which can take minutes to draw`,
  svgFilterUse: () => "the SVG applies a filter effect (filter), which a logo does not need and which can take minutes to draw",
  svgLayers: (p: { layers: number; layerUses: number; uses: number; maxLayers: number; maxLayerUses: number; maxUses: number }) =>
    `the SVG has ${p.layers} masks, clip paths, patterns or markers used ${p.layerUses} times and ${p.uses} <use> copies; a logo may have at most ${p.maxLayers}, ${p.maxLayerUses} and ${p.maxUses}, as more can take minutes to draw`,

  // The letter's font (render/fonts.ts).
  cannotLoadFont: (p: { file: string; reason: string }) => `cannot load font ${p.file}: ${p.reason}`,
  notTrueType: () => "not a TrueType font",

  // Render threads (render/render-pool.ts).
  renderFailed: (p: { detail: string }) => `rendering failed in a render thread: ${p.detail}`,
  renderThreadStopped: (p: { code: number }) => `a render thread stopped (exit code ${p.code})`,
  renderThreadsClosed: () => "the render threads are closed",
} satisfies Section;

/** 12.5 or, from 100 on, a whole number. */
function ratioWords(r: number): string {
  return r >= 100 ? String(Math.round(r)) : String(Math.round(r * 10) / 10);
}
