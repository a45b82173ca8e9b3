// Expected failures: typed errors that carry their exit code and, for bad input, diagnostics.
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
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The registry or a template is wrong; every problem found is in `diagnostics`. */
export class InvalidInputError extends BrevError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the input`, ExitCode.invalidInput);
  }
}

/** A file could not be read or written. */
export class FileError extends BrevError {
  constructor(
    message: string,
    readonly path: string,
    override readonly cause?: unknown,
  ) {
    super(message, ExitCode.io);
  }
}

/** The one message for a file that could not be written, whatever the reason (EROFS, ENOSPC, EACCES, …). */
export function cannotWrite(file: string, shown: string, cause: unknown): FileError {
  const code = (cause as NodeJS.ErrnoException).code;
  return new FileError(`cannot write ${shown}${code ? ` (${code})` : ""}: ${(cause as Error).message}`, file, cause);
}

/** The command line itself is wrong. */
export class UsageError extends BrevError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}
