// The words of shared/ (everything in src/shared), in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const common = {
  problemsInInput: (p: { count: number }) => (p.count === 1 ? "1 problem in the input" : `${p.count} problems in the input`),
  /** Why the system refused a file, from Node's error code. */
  systemReason: (p: { code: string | undefined; detail: string }) =>
    p.code === "EACCES" || p.code === "EPERM"
      ? "permission denied"
      : p.code === "ENOSPC"
        ? "the disk is full"
        : p.code === "EROFS"
          ? "the disk is read-only"
          : p.code === "ENOENT"
            ? "not found"
            : p.detail,
  cannotWrite: (p: { file: string; reason: string }) => ({
    message: `cannot write ${p.file}: ${p.reason}`,
    hint: "check that the folder exists, that you may write to it and that the disk has room",
  }),
} satisfies Section;
