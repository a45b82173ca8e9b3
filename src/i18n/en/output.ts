// The words of src/output, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

/** What stands at a path in out/: a file brev did not expect, or something that is not a file at all. */
export type FoundKind = "file" | "link" | "pipe" | "socket" | "folder" | "device" | "notRegular";

const kindWords = (kind: FoundKind) =>
  ({
    file: "a file",
    link: "a symbolic link",
    pipe: "a named pipe (FIFO)",
    socket: "a socket",
    folder: "a folder",
    device: "a device file",
    notRegular: "not a regular file",
  })[kind];

const MANIFEST_HINT = "brev checks those letters against their files instead; the next run writes a correct manifest";

export const output = {
  // out/ and out/<dispatch>/ (output/dispatch-folder.ts).
  outIsLink: (p: { folder: string }) =>
    `${p.folder} is a symbolic link; brev writes letters only into a real folder (name it with --out if you mean to write there)`,
  outLinkNotFolder: (p: { folder: string }) => `${p.folder} is a symbolic link that does not lead to a folder`,
  outNotFolder: (p: { folder: string; kind: FoundKind }) => `cannot write ${p.folder}: it is ${kindWords(p.kind)}, not a folder`,
  dispatchNotFolder: (p: { folder: string; kind: FoundKind }) =>
    `${p.folder} is ${kindWords(p.kind)}, not a folder; brev does not write through it. Move it away and run again`,
  notAFolder: (p: { folder: string }) => `${p.folder} is not a folder`,
  cannotRead: (p: { file: string; code: string | undefined; detail: string }) => `cannot read ${p.file} (${p.code}): ${p.detail}`,
  notOwnFile: (p: { file: string; kind: FoundKind }) =>
    `${p.file} is ${kindWords(p.kind)}, where brev keeps its own files; brev does not open it. Move it away and run again`,
  tempFileOfOtherRun: () => "a temp file of another brev run (still running, or on another machine); left alone",

  // brev adopt (output/adopt-letter.ts).
  adoptNoFile: (p: { file: string }) => `cannot adopt ${p.file}: no such file`,
  adoptTooLarge: (p: { file: string; size: number }) => `cannot adopt ${p.file}: it is ${p.size} bytes, larger than any letter brev writes`,

  // The lock on out/<dispatch>/ (output/folder-lock.ts). `since` is a time as "2026-03-01 09:15:00 UTC".
  lockHeld: (p: { folder: string; holder: string }) => `${p.folder} is being written by ${p.holder}; try again when it has finished`,
  holderHere: (p: { pid: number; since: string }) => `brev (process ${p.pid}, since ${p.since}) on this machine`,
  holderElsewhere: (p: { pid: number; since: string; note: string }) =>
    `brev (process ${p.pid}, since ${p.since}) on another machine (if that run is gone, delete ${p.note})`,
  holderUnknown: () => "another brev run on this machine",
  cannotLock: (p: { code: string | undefined; detail: string }) => `cannot lock the output folder (${p.code}): ${p.detail}`,

  // The manifest (output/manifest.ts): each problem makes brev ignore it, or a record of it.
  manifestTooLarge: (p: { megabytes: number; limit: number }) => ({
    message: `the manifest is ${p.megabytes.toFixed(0)} MB, larger than brev writes one (at most ${p.limit} MB); it is ignored`,
    hint: MANIFEST_HINT,
  }),
  manifestNotJson: () => ({ message: "the manifest is not valid JSON; it is ignored", hint: MANIFEST_HINT }),
  manifestOtherDispatch: (p: { dispatch: string }) => ({
    message: `the manifest is not the manifest of dispatch "${p.dispatch}"; it is ignored`,
    hint: MANIFEST_HINT,
  }),
  manifestBadId: (p: { id: string }) => ({ message: `record "${p.id}" is not a valid agency id; it is ignored`, hint: MANIFEST_HINT }),
  manifestNotMapping: (p: { id: string }) => ({ message: `record "${p.id}" is not a mapping of formats; it is ignored`, hint: MANIFEST_HINT }),
  manifestBadEntry: (p: { id: string; entry: string }) => ({ message: `record "${p.id}" has a bad entry "${p.entry}"; it is ignored`, hint: MANIFEST_HINT }),
  manifestMoreBad: (p: { count: number }) => ({
    message: p.count === 1 ? "1 more bad record; it is ignored" : `${p.count} more bad records; they are ignored`,
    hint: MANIFEST_HINT,
  }),

  // Why a letter of an agency no longer in the registry is kept, not pruned (output/orphans.ts).
  keptNotRegular: () => "it is not a regular file",
  keptNoRecord: () => "brev has no record of writing it",
  keptAdopted: () => "it was changed by hand and kept (brev adopt)",
  keptEdited: () => "it was changed by hand since brev wrote it",
  keptCopy: (p: { letter: string }) => `it is a copy of the letter ${p.letter} (it says so itself): brev did not write it under this name`,
  keptNotStamped: () => "it does not carry the fingerprint of the letter brev recorded there (brev may not have made it)",
} satisfies Section;
