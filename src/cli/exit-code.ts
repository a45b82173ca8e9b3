// The one place that turns a thrown error into a message (or a JSON document) and an exit code.
import { CommanderError } from "commander";
import { BrevError, ExitCode, InvalidInputError } from "../index.js";
import type { Reporter } from "./reporter.js";

export function errorToExit(error: unknown, reporter: Reporter): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof InvalidInputError) {
    const errors = error.diagnostics.filter((d) => d.severity === "error");
    reporter.fail(
      error.exitCode,
      errors,
      error.diagnostics.filter((d) => d.severity === "warning"),
      `${errors.length} error(s); nothing was written`,
    );
    return error.exitCode;
  }
  if (error instanceof BrevError) {
    reporter.fail(error.exitCode, [], [], error.message);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  reporter.fail(ExitCode.internal, [], [], `internal error (a bug in brev, not in your input)\n${stack}\nPlease report this with the command you ran.`);
  return ExitCode.internal;
}
