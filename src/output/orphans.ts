// Letters in out/<dispatch>/ whose agency is no longer in the registry, and which of them brev may delete.

import { sha256 } from "../shared/hash.js";
import type { DispatchFolder } from "./dispatch-folder.js";
import { type Format, letterFileName, parseLetterFileName } from "./letter-path.js";
import { type Manifest, recordFor, vouchedHashes } from "./manifest.js";

export interface Orphan {
  agency: string;
  name: string;
  /** prunable: brev wrote it and it is unchanged; gone: only its record is left; kept: brev cannot vouch for it. */
  state: "prunable" | "gone" | "kept";
  /** Why a kept file is kept, in words. */
  why?: string;
}

/** Letters (by the manifest or on disk) of agencies not in `known`, each judged by its file and its record. */
export async function findOrphans(folder: DispatchFolder, manifest: Manifest, known: ReadonlySet<string>): Promise<Orphan[]> {
  const names = new Map<string, string>();
  for (const [agency, files] of Object.entries(manifest.letters)) {
    if (!known.has(agency)) for (const format of Object.keys(files)) names.set(letterFileName(agency, format as Format), agency);
  }
  for (const name of await folder.list()) {
    const letter = parseLetterFileName(name);
    if (letter && !known.has(letter.agency)) names.set(name, letter.agency);
  }
  const orphans: Orphan[] = [];
  for (const [name, agency] of [...names].sort()) {
    const format = parseLetterFileName(name)?.format as Format;
    const kind = await folder.kind(name);
    const bytes = kind === "file" ? await folder.read(name) : undefined;
    const hash = bytes !== undefined ? sha256(bytes) : undefined;
    const record = recordFor(manifest, agency, format, hash);
    if (kind === "absent") orphans.push({ agency, name, state: "gone" });
    else if (kind !== "file") orphans.push({ agency, name, state: "kept", why: "it is not a regular file" });
    else if (!record) orphans.push({ agency, name, state: "kept", why: "brev has no record of writing it" });
    else if (record.adopted) orphans.push({ agency, name, state: "kept", why: "it was changed by hand and kept (brev adopt)" });
    else {
      const vouched = hash !== undefined && vouchedHashes(record).includes(hash);
      orphans.push(vouched ? { agency, name, state: "prunable" } : { agency, name, state: "kept", why: "it was changed by hand since brev wrote it" });
    }
  }
  return orphans;
}
