// Whether a letter's file is what this run would write, and whether brev may replace it: judged from the file's hash
// and the manifest's record of what brev wrote. A file brev cannot vouch for is never silently replaced.
import { type FileRecord, vouchedHashes } from "./manifest.js";

/**
 * - unchanged: the file is what brev last wrote for these very inputs;
 * - missing: there is no file;
 * - stale: the inputs changed, and the file is still what brev wrote: it may be replaced;
 * - edited: the file differs from what brev wrote (changed by hand), or the clerk adopted it and its inputs changed;
 * - unrecorded: a file is there but the manifest has no record of it.
 */
export type LetterStatus = "unchanged" | "missing" | "stale" | "edited" | "unrecorded";

export function letterStatus(fileHash: string | undefined, input: string, record: FileRecord | undefined): LetterStatus {
  if (fileHash === undefined) return "missing";
  if (!record) return "unrecorded";
  if (!vouchedHashes(record).includes(fileHash)) return "edited";
  if (fileHash === record.sha256 && record.input === input) return "unchanged";
  // The clerk's kept edits would be lost by a new rendering: ask again.
  if (record.adopted && fileHash === record.sha256) return "edited";
  return "stale";
}
