// The words of src/project (brev init, brev new) and of the files brev init writes, in English (the reference: nb
// and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

/** What stands at a path where brev wanted to write (new-files.ts). */
export type FoundKind = "file" | "named pipe" | "socket" | "device" | "special file";
/** Why a file to start from could not be read: a Node error code, or one of brev's own. */
export type ReadReason = { code: "EOUTSIDE" | "ESPECIAL" | "ERR_ENCODING_INVALID_DATA" } | { code: "other"; detail: string };
/** What a name on the command line was meant to be. */
export type NameKind = "dispatch" | "template";

const kind = (k: FoundKind) => (k === "file" ? "a file" : `a ${k}`);
const named = (k: NameKind) => (k === "dispatch" ? "a dispatch id" : "a template name");
const nothingWritten = "(nothing was written)";

/** "a, b or c": the last two joined with the word given. */
const list = (items: readonly string[], last: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

export const project = {
  // Writing new files (brev init, brev new): all or nothing.
  cannotLookAt: (p: { file: string; reason: string }) => `cannot look at ${p.file}: ${p.reason}`,
  folderIsLink: (p: { path: string }) => `${p.path} is a link; brev never writes through a link ${nothingWritten}`,
  fileWhereFolder: (p: { path: string }) => `${p.path} is a file where brev needs a folder ${nothingWritten}`,
  /** Every reason the files were refused, each from an entry below, in one message. */
  refused: (p: { problems: string[] }) => `${p.problems.join("; ")} ${nothingWritten}`,
  problemLink: (p: { path: string }) => `${p.path} is a link; brev never writes through a link`,
  problemNotFolder: (p: { path: string; kind: FoundKind }) => `${p.path} is ${kind(p.kind)} where brev needs a folder`,
  problemNotFile: (p: { path: string; kind: FoundKind }) => `${p.path} is ${kind(p.kind)}, not a file; brev writes nothing over it`,
  problemThere: (p: { paths: string[] }) =>
    `${p.paths.length === 1 ? `${p.paths[0]} is` : `${p.paths.join(", ")} are`} already there; brev writes nothing over existing files`,
  cannotWriteNew: (p: { file: string; code: string | undefined }) => `cannot write ${p.file}${p.code ? ` (${p.code})` : ""} ${nothingWritten}`,

  // brev init: what it says, and words in the files it writes.
  made: (p: { file: string }) => `made ${p.file}`,
  next: () => "next:",
  packageDescription: () => "Letters from a registry of agencies, made with brev",
  gitignoreModules: () => "# what npm install puts here (package.json and package-lock.json say what it is)",
  gitignoreOut: () => "# the letters brev generate writes (made again from data/ and templates/ at any time)",

  // brev new.
  nothingToStart: () => "name the new dispatch (brev new <dispatch-id>) or a template (--template <name>)",
  badLanguage: (p: { given: string; choices: { code: string; name: { nb: string; en: string } }[] }) =>
    `--language: expected ${list(
      p.choices.map((c) => `${c.code} (${c.name.en})`),
      "or",
    )}, not "${p.given}"`,
  nameTooLong: (p: { name: string; what: NameKind; max: number }) => `"${p.name}" cannot be ${named(p.what)}: it is longer than ${p.max} characters`,
  nameBadCharacters: (p: { name: string; what: NameKind; example: string | undefined }) =>
    `"${p.name}" cannot be ${named(p.what)}: use lower-case letters a-z, digits and single hyphens${p.example ? `, e.g. ${p.example}` : ""}`,
  nameReserved: (p: { name: string; what: NameKind }) => `"${p.name}" cannot be ${named(p.what)}: "${p.name}" is a reserved file name on Windows`,
  outsideProject: (p: { file: string; project: string; registries: string }) =>
    `cannot start from ${p.file}: it is outside the project folder ${p.project}; copy it into ${p.registries}/ first, or name a registry there`,
  noProject: () => "no brev project here (a folder with data/ or brev.config); run brev init first",
  dispatchExists: (p: { file: string; id: string; next: string | undefined }) => ({
    message: `${p.file} already exists; brev new writes nothing over it ${nothingWritten}`,
    hint: p.next
      ? `to start the next dispatch from it: brev new ${p.next} --from ${p.file}; to change ${p.id}: edit ${p.file}`
      : `choose another id for the new dispatch; to change ${p.id}: edit ${p.file}`,
  }),
  manyRegistries: (p: { count: number; example: string }) => `the project has ${p.count} registries; name the one to start from: --from ${p.example}`,
  cannotRead: (p: { file: string; why: ReadReason }) => `cannot read ${p.file}: ${reason(p.why)}`,
  notARegistry: (p: { file: string }) => `${p.file} is not a registry brev can start from (run brev validate ${p.file})`,
  cannotStartTemplate: (p: { file: string; from: string; why: ReadReason }) => `cannot start ${p.file} from ${p.from}: ${reason(p.why)}`,
  exampleRegistry: () => "brev's example registry",
  exampleTemplate: () => "brev's example template",
  /** The comment brev new puts at the top of a new registry (after "# "). */
  header: (p: { id: string; from: string }) => `${p.id}: started from ${p.from} by brev new. Fill in the deadline and each agency's our_ref.`,
  registryMade: (p: { file: string; agencies: number; from: string; addendum: number | undefined; date: string; deadline: string | undefined }) =>
    `made ${p.file}: the sender and ${p.agencies} ${p.agencies === 1 ? "agency" : "agencies"} of ${p.from}` +
    `${p.addendum !== undefined ? `; addendum ${p.addendum}` : ""}` +
    `; refs and dates cleared (date ${p.date}${p.deadline ? `, deadline ${p.deadline} to fill in` : ""})`,
  templateMade: (p: { file: string; from: string }) => `made ${p.file}: from ${p.from}`,
  nextEditRegistry: (p: { file: string }) => `edit ${p.file} (refs, dates, the agencies)`,
  nextEdit: (p: { files: string[] }) => `edit ${p.files.join(" and ")}`,
} satisfies Section;

function reason(why: ReadReason): string {
  switch (why.code) {
    case "EOUTSIDE":
      return "it leads outside the project folder (through a link)";
    case "ESPECIAL":
      return "it is not a file";
    case "ERR_ENCODING_INVALID_DATA":
      return "it is not UTF-8 text";
    default:
      return why.detail;
  }
}
