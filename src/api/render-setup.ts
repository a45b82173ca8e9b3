// What a run needs to render letters: the fonts (only when a PDF is made), renderers made on first use, and the
// fingerprint of everything besides the letter model that shapes a file. Shared by generate and adopt.
import type { LetterModel } from "../compose/letter-model.js";
import { letterInput, runFingerprints } from "../output/fingerprint.js";
import { sha256 } from "../output/hash.js";
import type { Format } from "../output/letter-path.js";
import { createDocxRenderer } from "../render/docx.js";
import { createPdfRenderer } from "../render/pdf.js";
import { brevVersion } from "../version.js";
import { loadFonts, rendererFingerprint } from "./assets.js";
import type { BrevContext } from "./context.js";

export interface RenderSetup {
  /** The hash of a letter's inputs in one format, as the manifest records it. */
  inputOf(format: Format, model: LetterModel): string;
  render(format: Format, model: LetterModel): Promise<Uint8Array>;
}

export async function renderSetup(formats: readonly Format[], ctx: BrevContext): Promise<RenderSetup> {
  const fonts = formats.includes("pdf") ? await loadFonts(ctx.fontFiles) : undefined;
  const { fileDate } = ctx;
  const fingerprints = runFingerprints(
    { brev: brevVersion(), renderers: await rendererFingerprint(), fileDate, assets: fonts ? { pdf: Object.values(fonts).map((f) => sha256(f)) } : {} },
    formats,
  );
  // Made on first use, so a --check run or a run with nothing to do sets up no renderer.
  const made: Partial<Record<Format, (m: LetterModel) => Promise<Uint8Array>>> = {};
  const renderer = (format: Format) =>
    (made[format] ??= format === "pdf" && fonts ? createPdfRenderer(fonts, fileDate ? { fileDate } : {}) : createDocxRenderer(fileDate ? { fileDate } : {}));
  return {
    inputOf: (format, model) => letterInput(fingerprints[format], model),
    render: (format, model) => renderer(format)(model),
  };
}
