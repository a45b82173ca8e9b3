// The render stage: draws the format-free letter model as files. This table declares every output format once:
// its id (the `-f` name), file extension, media type, whether it is a letter file in out/, what shapes its bytes, and where
// its renderer is (loaded on first use). The Format type, the CLI's --format choices, orphan detection and pruning
// all derive from it, so a new format is one new file here and one line below. Renderers know nothing of YAML,
// Handlebars or the output folder.
import type { OutputFormat, RenderAssets, Renderer, RenderOptions } from "./format.js";

export const FORMAT_TABLE = [
  {
    id: "pdf",
    extension: "pdf",
    mediaType: "application/pdf",
    letterFile: true,
    libraries: ["pdfkit"],
    fonts: true,
    text: true,
    load: async () => (await import("./pdf.js")).pdfRenderer,
  },
  {
    id: "docx",
    extension: "docx",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    letterFile: true,
    libraries: ["docx"],
    fonts: false,
    text: true,
    load: async () => (await import("./docx.js")).docxRenderer,
  },
  {
    id: "arkivmelding",
    extension: "arkivmelding.xml",
    mediaType: "application/xml",
    letterFile: true,
    libraries: [],
    fonts: false,
    text: false,
    names: ["pdf", "docx"],
    load: async () => (await import("./arkivmelding.js")).arkivmeldingRenderer,
  },
  {
    id: "txt",
    extension: "txt",
    mediaType: "text/plain; charset=utf-8",
    letterFile: false,
    libraries: [],
    fonts: false,
    text: true,
    load: async () => (await import("./text.js")).textRenderer,
  },
  {
    id: "html",
    extension: "html",
    mediaType: "text/html; charset=utf-8",
    letterFile: false,
    libraries: [],
    fonts: false,
    text: true,
    load: async () => (await import("./html.js")).htmlRenderer,
  },
] as const satisfies readonly OutputFormat[];

type LetterFormatSpec = Extract<(typeof FORMAT_TABLE)[number], { letterFile: true }>;

/** A format written into out/<dispatch>/ for each letter. */
export type Format = LetterFormatSpec["id"];

/** The letter formats, in table order. */
export const FORMATS: readonly Format[] = FORMAT_TABLE.filter((f): f is LetterFormatSpec => f.letterFile).map((f) => f.id);

export function formatSpec(id: Format): OutputFormat {
  return FORMAT_TABLE.find((f) => f.id === id) as OutputFormat;
}

/** Each format's renderer for a run, made from the run's assets on first use (its module loaded only then). */
export function rendererMaker(assets: RenderAssets, options: RenderOptions): (format: Format) => Promise<Renderer> {
  const made = new Map<Format, Promise<Renderer>>();
  return (format) => {
    let renderer = made.get(format);
    if (!renderer) {
      renderer = formatSpec(format)
        .load()
        .then((factory) => factory(assets, options));
      made.set(format, renderer);
    }
    return renderer;
  };
}
