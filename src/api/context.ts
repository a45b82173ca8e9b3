// What the library needs from the outside world, passed in rather than read behind the caller's back.
import type { FontFiles } from "../render/pdf.js";
import type { SourceReader } from "./source-reader.js";

export interface BrevContext {
  /** Folder that relative paths (registries, templates, out) are resolved against, and shown relative to. */
  cwd: string;
  /** Folder of the letter templates; default `<cwd>/templates`. */
  templatesDir?: string;
  /** Where registries and templates are read from; default the file system. */
  reader?: SourceReader;
  /** The date written into every file (from SOURCE_DATE_EPOCH); default each letter's own date. */
  fileDate?: Date;
  /** Font files to embed in PDFs, by style; default Arimo from its npm package. */
  fontFiles?: Partial<Record<keyof FontFiles, string>>;
  /** How a finished file is put on disk; default an atomic write. Tests inject failures here. */
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
}
