// The words of shared/ (everything in src/shared), in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

/** What a file that is not a regular file is: "folder", "link", "pipe", "socket", "device". */
type SpecialKind = string | undefined;

const specialWords = (kind: SpecialKind) =>
  kind === "pipe" ? "a pipe" : kind === "socket" ? "a socket" : kind === "link" ? "a link" : kind === "device" ? "a device" : "a special file";

export const common = {
  problemsInInput: (p: { count: number }) => (p.count === 1 ? "1 problem in the input" : `${p.count} problems in the input`),
  /** Why the system refused a file, from Node's error code. */
  systemReason: (p: { code: string | undefined; detail: string }) =>
    p.code === "EACCES" || p.code === "EPERM"
      ? "permission denied"
      : p.code === "ENOSPC"
        ? "no space left on device"
        : p.code === "EROFS"
          ? "the disk is read-only"
          : p.code === "ENOENT"
            ? "not found"
            : p.detail,
  cannotWrite: (p: { file: string; reason: string }) => ({
    message: `cannot write ${p.file}: ${p.reason}`,
    hint: "check that the folder exists, that you may write to it and that the disk has room",
  }),

  // Reading a file (shared/bounded-file.ts, shared/source-reader.ts): the error's words; callers mostly say their own by its code.
  fileIsFolder: (p: { file: string }) => `${p.file} is a folder`,
  fileIsSpecial: (p: { file: string; kind: SpecialKind }) => `${p.file} is ${specialWords(p.kind)}`,
  fileTooLarge: (p: { file: string; size: number }) => `${p.file} is ${p.size} bytes`,
  fileGrew: (p: { file: string; limit: number }) => `${p.file} grew past ${p.limit} bytes`,
  fileOutsideProject: (p: { file: string }) => `${p.file} leads outside the project folder`,
  fileTooManyLinks: (p: { file: string }) => `${p.file}: too many links`,
  notFoundAtRevision: (p: { file: string; detail: string }) => (p.detail === "" ? `${p.file}: not found` : `${p.file}: ${p.detail}`),
  notAFileAtRevision: (p: { file: string; ref: string }) => `${p.file}: not a file at ${p.ref}`,

  // Dates as the registry writes them (shared/calendar-date.ts).
  notADate: (p: { text: string }) => `"${p.text}" is not a date; write it as YYYY-MM-DD, e.g. 2020-10-30`,
  noYearZero: (p: { text: string }) => `${p.text} is not a date: there is no year 0`,
  noSuchMonth: (p: { text: string; month: number }) => `${p.text} is not a date: there is no month ${p.month}`,
  noSuchDay: (p: { text: string; month: string; days: number }) => `${p.text} is not a date: ${p.month} has ${p.days} days`,

  // Characters no letter may carry (shared/characters.ts): what the character is, in words.
  controlCharacter: () => "a control character",
  loneSurrogate: () => "half of a character (a lone surrogate)",
  nonCharacter: () => "a non-character",
  reservedCharacter: () => "a private character brev reserves for its own use",
  beyondUnicode: () => "a number beyond the last Unicode character",
  writtenAsReference: (p: { what: string; reference: string }) => `${p.what} written as ${p.reference}`,
} satisfies Section;
