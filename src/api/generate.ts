// `generate`: registries -> validated entries -> letter models -> PDF and DOCX files under out/.
import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { createDocxRenderer } from "../render/docx.js";
import { createPdfRenderer } from "../render/pdf.js";
import { type Format, FORMATS, letterPath } from "../output/letter-path.js";
import { writeAtomic } from "../output/write-atomic.js";
import { loadFonts } from "./assets.js";
import type { BrevContext } from "./context.js";
import { displayPath, loadDispatches } from "./load-dispatches.js";
import { prepareLetters } from "./prepare-letters.js";
import { selectAgencies } from "./select-agencies.js";
import { TemplateStore } from "./template-store.js";

export interface GenerateOptions {
  registries?: readonly string[];
  agencies?: readonly string[];
  formats?: readonly Format[];
  /** Output folder; default `<cwd>/out`. */
  outDir?: string;
}

export interface WrittenFile {
  dispatch: string;
  agency: string;
  format: Format;
  /** Path as shown to the user (relative to cwd when inside it). */
  path: string;
}

export interface GenerateReport {
  written: WrittenFile[];
  warnings: Diagnostic[];
  /** Errors that stopped some letters (template problems); the rest were written. */
  errors: Diagnostic[];
}

export async function generate(options: GenerateOptions, ctx: BrevContext): Promise<GenerateReport> {
  const { dispatches, warnings } = await loadDispatches(options.registries ?? [], ctx);
  const select = selectAgencies(dispatches, options.agencies);
  const { letters, diagnostics } = await prepareLetters(dispatches, new TemplateStore(ctx), select);
  const formats = options.formats && options.formats.length > 0 ? FORMATS.filter((f) => options.formats?.includes(f)) : FORMATS;
  const outDir = path.resolve(ctx.cwd, options.outDir ?? "out");

  const renderers = {
    pdf: formats.includes("pdf") ? createPdfRenderer(await loadFonts()) : undefined,
    docx: formats.includes("docx") ? createDocxRenderer() : undefined,
  };
  const written: WrittenFile[] = [];
  for (const letter of letters) {
    for (const format of formats) {
      const render = renderers[format];
      if (!render) continue;
      const file = letterPath(outDir, letter.dispatchId, letter.agencyId, format);
      await writeAtomic(file, await render(letter.model));
      written.push({ dispatch: letter.dispatchId, agency: letter.agencyId, format, path: displayPath(file, ctx) });
    }
  }
  return { written, warnings, errors: diagnostics };
}
