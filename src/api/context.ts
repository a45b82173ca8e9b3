// What the library needs from the outside world, passed in rather than read behind the caller's back.
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
}
