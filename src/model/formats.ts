// The contracts between brev's stages about formats: what an output format is (the table below declares each once:
// its id, the `-f` name; whether it makes a file per letter or one per dispatch (journal.csv); its file extension and
// media type; whether it is written into out/; what shapes its bytes), and what a renderer is given and gives back.
// The Format type, the CLI's --format choices, orphan detection and pruning all derive from the table; where each
// format's renderer is, is render/loaders.ts's, so a new format is one row here, one there, and its renderer.
import type { LetterModel } from "./letter-model.js";

export type Renderer = (model: LetterModel) => Promise<Uint8Array>;

/** What renderers may need besides the model, loaded once per run. */
export interface RenderAssets {
  fonts?: FontFiles;
  /** Images letters draw (the sender's logo), by the hash the letter model names them by. */
  images?: ReadonlyMap<string, ImageAsset>;
}

/** An image as renderers take it: PNG or JPEG bytes, and the original SVG when it was one (the DOCX keeps it). */
export interface ImageAsset {
  bytes: Uint8Array;
  type: "png" | "jpg";
  svg?: Uint8Array;
}

export interface RenderOptions {
  /** The date written into the file (from SOURCE_DATE_EPOCH); default: the letter's own date. */
  fileDate?: Date;
  /** The letter formats this run writes (the arkivmelding names the DOCX only when it is one of them). */
  formats?: readonly string[];
}

/** Makes a renderer for one run. */
export type RendererFactory = (assets: RenderAssets, options: RenderOptions) => Renderer;

interface FormatBase {
  /** The format's name (`-f`, the manifest's key). */
  id: string;
  /** Its files' extension, without the dot: out/<dispatch>/<agency>.<extension> (or <stem>.<extension>). */
  extension: string;
  mediaType: string;
  /** Written into out/<dispatch>/ (the text rendering is not: `brev diff` reads it; the HTML is the preview's). */
  outFile: boolean;
  /** npm packages whose installed version shapes the bytes: an upgrade re-renders every letter. */
  libraries: readonly string[];
  /** The renderer embeds the fonts (their bytes shape the file). */
  fonts: boolean;
  /** The file carries its stamp (output/fingerprint.ts) in its metadata; a CSV has nowhere to put one. */
  stamped: boolean;
  /**
   * The file holds the letter's text, which a clerk may edit: a clerk's adopted edit in one such format beside brev's
   * rendering in another is two texts to one agency. (The arkivmelding describes the letter; it holds no text of it.)
   */
  text: boolean;
  /**
   * The letter formats whose files this one names by file name (the arkivmelding names the PDF, and the DOCX when the
   * run writes it). What shapes their files shapes this one's inputs too, so it is rewritten whenever they are; and the
   * run's letter formats (RenderOptions.formats, which decide what it names) are among its inputs.
   */
  names?: readonly string[];
}

/** A format of one file per letter: out/<dispatch>/<agency>.<extension>. */
export interface LetterFormat extends FormatBase {
  scope: "letter";
}

/**
 * A format of one file per dispatch, out/<dispatch>/<stem>.<extension>, made from a row of each of its letters (the
 * models themselves are let go during a run) and the names of each letter's files the run writes. Written by a run
 * of the whole dispatch only: a run of some agencies or a shard knows only some rows.
 */
export interface DispatchFormat extends FormatBase {
  scope: "dispatch";
  /** The file's name before the extension ("journal"): a name no letter file has (an agency's files all have a letter format's extension). */
  stem: string;
}

export type OutputFormat = LetterFormat | DispatchFormat;

export interface DispatchFileMaker {
  /** What the file keeps of a letter. */
  row(model: LetterModel): readonly string[];
  /** A value of the row that the file cannot hold exactly as it is: the run refuses the file, saying where and why. */
  refuse(row: readonly string[]): { column: string; value: string } | undefined;
  /** The file, from every letter's row and its files' names, in the dispatch's order. */
  render(letters: readonly { row: readonly string[]; files: readonly string[] }[]): Uint8Array;
}

/** The date a renderer writes into a file: the one given, or the letter's own date at midnight UTC. */
export function fileDateOf(model: LetterModel, options: RenderOptions): Date {
  if (options.fileDate) return options.fileDate;
  const { year, month, day } = model.meta.date;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export interface FontFiles {
  normal: Uint8Array;
  bold: Uint8Array;
  italics: Uint8Array;
  bolditalics: Uint8Array;
}

export type FontStyle = keyof FontFiles;

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
