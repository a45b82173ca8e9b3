// Letters in out/<dispatch>/ whose agency is no longer in the registry, and which of them brev may delete.

import { t } from "../i18n/catalogue.js";
import type { DispatchFolder } from "./dispatch-folder.js";
import { stampAt } from "./fingerprint.js";
import { dispatchFormat, type Format, letterFileName, parseLetterFileName } from "./letter-path.js";
import type { FileNow } from "./letter-status.js";
import { type FileRecord, type Manifest, recordFor, vouchedHashes } from "./manifest.js";

export interface Orphan {
  agency: string;
  name: string;
  /** prunable: brev wrote it and it is unchanged; gone: only its record is left; kept: brev cannot vouch for it. */
  state: "prunable" | "gone" | "kept";
  /** Why a kept file is kept, in words. */
  why?: string;
}

/** Letters (by the manifest or on disk) of agencies not in `known`, each judged by its file and its record. */
export async function findOrphans(folder: DispatchFolder, manifest: Manifest, known: ReadonlySet<string>, dispatch: string): Promise<Orphan[]> {
  const names = new Map<string, string>();
  // The dispatch's own files (journal.csv) belong to no agency: never orphans.
  for (const [agency, files] of Object.entries(manifest.letters)) {
    if (known.has(agency)) continue;
    for (const format of Object.keys(files) as Format[]) if (!dispatchFormat(format)) names.set(letterFileName(agency, format), agency);
  }
  const listed = new Set(await folder.list());
  for (const name of listed) {
    const letter = parseLetterFileName(name);
    if (letter && !known.has(letter.agency) && !dispatchFormat(letter.format)) names.set(name, letter.agency);
  }
  const orphans: Orphan[] = [];
  for (const [name, agency] of [...names].sort()) {
    const format = parseLetterFileName(name)?.format as Format;
    // Only a record is left of most (not looked up one by one: a manifest may hold many).
    const kind = listed.has(name) ? await folder.kind(name) : "absent";
    const file = kind === "file" ? await folder.inspect(name, format) : undefined;
    const record = recordFor(manifest, agency, format, file?.sha256);
    if (kind === "absent") orphans.push({ agency, name, state: "gone" });
    else if (kind !== "file" || !file) orphans.push({ agency, name, state: "kept", why: t.output.keptNotRegular() });
    else if (!record) orphans.push({ agency, name, state: "kept", why: t.output.keptNoRecord() });
    else if (record.adopted) orphans.push({ agency, name, state: "kept", why: t.output.keptAdopted() });
    else if (!vouchedHashes(record).includes(file.sha256)) orphans.push({ agency, name, state: "kept", why: t.output.keptEdited() });
    else if (file.stamp && file.stamp.at !== stampAt(dispatch, name)) orphans.push({ agency, name, state: "kept", why: copyOf(file.stamp.at) });
    else orphans.push(carriesItsRecord(file, record) ? { agency, name, state: "prunable" } : { agency, name, state: "kept", why: t.output.keptNotStamped() });
  }
  return orphans;
}

/** Why a file that names another letter file is kept: a copy, which brev did not write under this name. */
const copyOf = (at: string) => t.output.keptCopy({ letter: at });

/**
 * Deleting is for files that vouch for themselves: the manifest's word alone (a record copied in with a folder, or
 * one naming a clerk's file) never deletes a file. The file brev wrote carries its own name and the record's letter; the one it was
 * replacing (a run killed in between) carries a fingerprint of its own.
 */
function carriesItsRecord(file: FileNow, record: FileRecord): boolean {
  if (!file.stamp) return false;
  return file.sha256 !== record.sha256 || record.letter === undefined || file.stamp.letter === record.letter;
}
