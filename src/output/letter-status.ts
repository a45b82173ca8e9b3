// Whether a letter's file is what this run would write, and whether brev may replace it: judged from the file itself
// (its hash, and the fingerprint it carries) and the manifest's record of what brev wrote. A file brev cannot vouch
// for is never silently replaced.
import type { Stamp } from "./fingerprint.js";
import { type FileRecord, vouchedHashes } from "./manifest.js";

/**
 * - unchanged: the file is what brev last wrote for these very inputs, and says so itself;
 * - missing: there is no file;
 * - stale: the inputs changed (or the file is another letter's, under this one's record), and the file is still what
 *   brev wrote: it may be replaced;
 * - edited: the file differs from what brev wrote (changed by hand), or the clerk adopted it and its inputs changed;
 * - unrecorded: a file is there but the manifest has no record of it.
 */
export type LetterStatus = "unchanged" | "missing" | "stale" | "edited" | "unrecorded";

/** A letter file as it is on disk now. */
export interface FileNow {
  sha256: string;
  stamp?: Stamp;
}

/**
 * `at`: where the file is, as a stamp names it (see fingerprint.ts stampAt). A file that carries another letter
 * file's stamp was not written by brev under this name: with a record that vouches for its bytes (copied along by a
 * cache, say) it is brev's own letter in the wrong place, so stale (replaced, losing nothing of a clerk's); without
 * one, changed by hand.
 */
export function letterStatus(
  file: FileNow | undefined,
  job: { input: string; letter: string },
  record: FileRecord | undefined,
  at: string,
  /** The format carries a stamp (PDF, DOCX, arkivmelding); a file of one that cannot (journal.csv) has only its record. */
  stamped = true,
): LetterStatus {
  if (file === undefined) return "missing";
  if (!record) return "unrecorded";
  if (!vouchedHashes(record).includes(file.sha256)) return "edited";
  const elsewhere = file.stamp !== undefined && file.stamp.at !== at;
  if (record.adopted && file.sha256 === record.sha256) {
    // The clerk's own file, recorded against the letter it was made from: kept while its inputs hold. One that
    // carries another letter's fingerprint is not the file the clerk adopted.
    if (elsewhere || (file.stamp && record.letter !== undefined && file.stamp.letter !== record.letter)) return "edited";
    // The clerk's kept edits would be lost by a new rendering: ask again.
    return record.input === job.input ? "unchanged" : "edited";
  }
  // The manifest is the fast path, but the file has the last word: a record copied along with another letter's file
  // vouches for that file's bytes, and the file says which letter it is.
  const says = stamped ? file.stamp?.letter : record.letter;
  if (!elsewhere && file.sha256 === record.sha256 && record.input === job.input && says === job.letter) return "unchanged";
  return "stale";
}

/**
 * The letter (model hash) a file at `at` was made from, by what it carries, else by its record; undefined when unknown
 * (a copy of another letter's file says nothing of this one).
 */
export function madeFrom(file: FileNow | undefined, record: FileRecord | undefined, at: string): string | undefined {
  if (!file) return undefined;
  if (file.stamp) return file.stamp.at === at ? file.stamp.letter : undefined;
  return record?.letter;
}
