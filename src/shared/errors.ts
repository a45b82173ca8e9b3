// Expected failures: typed errors that carry their exit code and, for bad input, diagnostics.
import type { Said } from "../i18n/catalogue.js";
import { say, t } from "../i18n/catalogue.js";
import type { Diagnostic } from "./diagnostic.js";

export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  io: 3,
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class of every failure the user can act on; anything else is a bug. */
export class BrevError extends Error {
  /** The problem's code, the same in every language (see src/i18n). */
  readonly code: string | undefined;
  readonly hint: string | undefined;

  constructor(
    said: Said | string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(typeof said === "string" ? said : said.message);
    this.name = new.target.name;
    this.code = typeof said === "string" ? undefined : said.code;
    this.hint = typeof said === "string" ? undefined : said.hint;
  }
}

/** The registry or a template is wrong; every problem found is in `diagnostics`. */
export class InvalidInputError extends BrevError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(say.common.problemsInInput({ count: diagnostics.length }), ExitCode.invalidInput);
  }
}

/** A file could not be read or written. */
export class FileError extends BrevError {
  constructor(
    message: Said | string,
    readonly path: string,
    override readonly cause?: unknown,
  ) {
    super(message, ExitCode.io);
  }
}

/** The one message for a file that could not be written, whatever the reason (EROFS, ENOSPC, EACCES, …). */
export function cannotWrite(file: string, shown: string, cause: unknown): FileError {
  const code = (cause as NodeJS.ErrnoException).code;
  const known = t.common.systemReason({ code, detail: "" });
  const reason = known === "" ? (cause as Error).message : `${known} (${code})`;
  return new FileError(say.common.cannotWrite({ file: shown, reason }), file, cause);
}

/** The command line itself is wrong. */
export class UsageError extends BrevError {
  constructor(message: Said | string) {
    super(message, ExitCode.usage);
  }
}
