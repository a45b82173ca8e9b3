// What an output format is: one entry of the table in formats.ts. A renderer knows only the letter model.
import type { LetterModel } from "../compose/letter-model.js";
import type { FontFiles } from "./fonts.js";

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
  /** Loads the renderer's module on first use, so a run that renders nothing (validate, no change) never pays for it. */
  load(): Promise<RendererFactory>;
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
  load(): Promise<DispatchFileMaker>;
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
