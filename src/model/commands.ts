// What the library's commands are given and give back (api/ connects the stages; these are the contracts it offers).
import type { Diagnostic } from "../shared/diagnostic.js";
import type { Format } from "./formats.js";

/** `--shard i/n`: the i-th of n stable parts of the letters (registry/shard.ts chooses them). */
export interface Shard {
  index: number;
  count: number;
}

export interface GenerateOptions {
  registries?: readonly string[];
  agencies?: readonly string[];
  formats?: readonly Format[];
  /** Output folder; default the project's out/. */
  outDir?: string;
  /** The user named the output folder: then it may be a symbolic link to a real folder. */
  outNamed?: boolean;
  /** Render every selected letter, even those up to date, and replace files changed by hand. */
  force?: boolean;
  /** Write nothing; report what a run would write. */
  check?: boolean;
  /** Delete letters of agencies no longer in the registry (only those brev wrote and nobody changed). */
  prune?: boolean;
  shard?: Shard;
  /** When another run is writing the same folder: wait for it (default), or fail at once. */
  wait?: boolean;
  /** Called once a wait for another run has lasted a second. */
  onWait?: (folder: string, holder: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface AdoptOptions {
  registries?: readonly string[];
  wait?: boolean;
  onWait?: (folder: string, holder: string) => void;
}

export interface AdoptReport {
  /**
   * `apart`: the letter's other files that do not carry the clerk's text (see output/adopt-letter.ts): one agency, two
   * texts, until the edit is in the registry and both formats are made from it.
   */
  adopted: { dispatch: string; agency: string; format: Format; path: string; same: boolean; apart: string[] }[];
  /**
   * Files not adopted: made from inputs that have changed since. `difference`: a unified diff from the file's text to
   * the new letter's, where brev can read the file's text (a DOCX).
   */
  refused: { dispatch: string; agency: string; format: Format; path: string; difference?: string }[];
  warnings: Diagnostic[];
}

export interface ValidateReport {
  letters: number;
  warnings: Diagnostic[];
}

/** `list`: one row per agency, with the values a clerk checks before sending. */
export interface AgencyRow {
  dispatch: string;
  id: string;
  name: string;
  ourRef: string;
  date: string;
  deadline: string;
}
