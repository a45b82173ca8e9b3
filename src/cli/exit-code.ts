// The one place that turns a thrown error into a message and an exit code.
import { CommanderError } from "commander";
import { BrevError, ExitCode, InvalidInputError } from "../errors.js";
import { formatDiagnostic } from "./format-diagnostic.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof InvalidInputError) {
    for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    const errors = error.diagnostics.filter((d) => d.severity === "error").length;
    io.stderr(`brev: ${errors} error(s); nothing was written\n`);
    return error.exitCode;
  }
  if (error instanceof BrevError) {
    io.stderr(`brev: ${error.message}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`brev: internal error (a bug in brev, not in your input)\n${stack}\nPlease report this with the command you ran.\n`);
  return ExitCode.internal;
}
