// Where each format's renderer is: loaded on first use, so a run that renders nothing (validate, no change) never
// pays for it. The formats themselves are model/formats.ts's table.
import type { DispatchFileMaker, Format, RenderAssets, Renderer, RendererFactory, RenderOptions } from "../model/formats.js";
import { formatSpec } from "../model/formats.js";

type Id = Format | "txt" | "html";

const LETTER_RENDERERS: Record<Exclude<Id, "journal">, () => Promise<RendererFactory>> = {
  pdf: async () => (await import("./pdf.js")).pdfRenderer,
  docx: async () => (await import("./docx.js")).docxRenderer,
  arkivmelding: async () => (await import("./arkivmelding.js")).arkivmeldingRenderer,
  txt: async () => (await import("./text.js")).textRenderer,
  html: async () => (await import("./html.js")).htmlRenderer,
};

const DISPATCH_FILES: Record<"journal", () => Promise<DispatchFileMaker>> = {
  journal: async () => (await import("./journal.js")).journalMaker,
};

/** The maker of a dispatch's own file (journal.csv). */
export function dispatchFileMaker(format: "journal"): Promise<DispatchFileMaker> {
  return DISPATCH_FILES[format]();
}

/** Each format's renderer for a run, made from the run's assets on first use (its module loaded only then). */
export function rendererMaker(assets: RenderAssets, options: RenderOptions): (format: Format) => Promise<Renderer> {
  const made = new Map<Format, Promise<Renderer>>();
  return (format) => {
    let renderer = made.get(format);
    if (!renderer) {
      const spec = formatSpec(format);
      if (spec.scope !== "letter") throw new Error(`${format} is a file of a dispatch, not of a letter`);
      renderer = LETTER_RENDERERS[format as Exclude<Id, "journal">]().then((factory) => factory(assets, options));
      made.set(format, renderer);
    }
    return renderer;
  };
}
