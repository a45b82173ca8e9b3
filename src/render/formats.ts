// The render stage: draws the format-free letter model as files. This table declares every output format once:
// its id (the `-f` name), whether it makes a file per letter or one per dispatch (journal.csv), file extension, media
// type, whether it is written into out/, what shapes its bytes, and where its renderer is (loaded on first use). The Format type, the CLI's --format choices, orphan detection and pruning
// all derive from it, so a new format is one new file here and one line below. Renderers know nothing of YAML,
// Handlebars or the output folder.
import type { DispatchFormat, OutputFormat, RenderAssets, Renderer, RenderOptions } from "./format.js";

export const FORMAT_TABLE = [
  {
    id: "pdf",
    scope: "letter",
    extension: "pdf",
    mediaType: "application/pdf",
    outFile: true,
    libraries: ["pdfkit"],
    fonts: true,
    stamped: true,
    text: true,
    load: async () => (await import("./pdf.js")).pdfRenderer,
  },
  {
    id: "docx",
    scope: "letter",
    extension: "docx",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    outFile: true,
    libraries: ["docx"],
    fonts: false,
    stamped: true,
    text: true,
    load: async () => (await import("./docx.js")).docxRenderer,
  },
  {
    id: "arkivmelding",
    scope: "letter",
    extension: "arkivmelding.xml",
    mediaType: "application/xml",
    outFile: true,
    libraries: [],
    fonts: false,
    stamped: true,
    text: false,
    names: ["pdf", "docx"],
    load: async () => (await import("./arkivmelding.js")).arkivmeldingRenderer,
  },
  {
    id: "journal",
    scope: "dispatch",
    stem: "journal",
    extension: "csv",
    mediaType: "text/csv; charset=utf-8",
    outFile: true,
    libraries: [],
    fonts: false,
    stamped: false,
    text: false,
    load: async () => (await import("./journal.js")).journalMaker,
  },
  {
    id: "txt",
    scope: "letter",
    extension: "txt",
    mediaType: "text/plain; charset=utf-8",
    outFile: false,
    libraries: [],
    fonts: false,
    stamped: false,
    text: true,
    load: async () => (await import("./text.js")).textRenderer,
  },
  {
    id: "html",
    scope: "letter",
    extension: "html",
    mediaType: "text/html; charset=utf-8",
    outFile: false,
    libraries: [],
    fonts: false,
    stamped: false,
    text: true,
    load: async () => (await import("./html.js")).htmlRenderer,
  },
] as const satisfies readonly OutputFormat[];

type OutFormatSpec = Extract<(typeof FORMAT_TABLE)[number], { outFile: true }>;

/** A format brev writes into out/<dispatch>/: a file per letter, or one for the whole dispatch (journal.csv). */
export type Format = OutFormatSpec["id"];

/** The formats written into out/<dispatch>/, in table order (what `generate` writes by default). */
export const FORMATS: readonly Format[] = FORMAT_TABLE.filter((f): f is OutFormatSpec => f.outFile).map((f) => f.id);

/** Of those, the formats of one file per letter. */
export const LETTER_FORMATS: readonly Format[] = FORMATS.filter((f) => formatSpec(f).scope === "letter");

export function formatSpec(id: Format): OutputFormat {
  return FORMAT_TABLE.find((f) => f.id === id) as OutputFormat;
}

/** The format's spec when it is one of one file per dispatch. */
export function dispatchFormat(id: Format): DispatchFormat | undefined {
  const spec = formatSpec(id);
  return spec.scope === "dispatch" ? spec : undefined;
}

/** Each format's renderer for a run, made from the run's assets on first use (its module loaded only then). */
export function rendererMaker(assets: RenderAssets, options: RenderOptions): (format: Format) => Promise<Renderer> {
  const made = new Map<Format, Promise<Renderer>>();
  return (format) => {
    let renderer = made.get(format);
    if (!renderer) {
      const spec = formatSpec(format);
      if (spec.scope !== "letter") throw new Error(`${format} is a file of a dispatch, not of a letter`);
      renderer = spec.load().then((factory) => factory(assets, options));
      made.set(format, renderer);
    }
    return renderer;
  };
}
