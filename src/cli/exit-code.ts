// The one place that turns a thrown error into a message (or a JSON document) and an exit code.
import { CommanderError } from "commander";
import { t } from "../i18n/catalogue.js";
import { BrevError, ExitCode, InvalidInputError } from "../index.js";
import type { Reporter } from "./reporter.js";

export function errorToExit(error: unknown, reporter: Reporter): number {
  if (error instanceof CommanderError) {
    // Help and --version have been printed; a mistake on the command line is said here, in the run's language.
    if (error.exitCode === 0) return ExitCode.ok;
    const said = commanderWords(error);
    if (said !== undefined) reporter.usage(t.cli.errorPrefix({ message: said }), t.cli.seeHelp());
    return ExitCode.usage;
  }
  if (error instanceof InvalidInputError) {
    const errors = error.diagnostics.filter((d) => d.severity === "error");
    reporter.fail(
      error.exitCode,
      errors,
      error.diagnostics.filter((d) => d.severity === "warning"),
      t.cli.nothingWritten({ count: errors.length }),
    );
    return error.exitCode;
  }
  if (error instanceof BrevError) {
    reporter.fail(error.exitCode, [], [], error.message, { ...(error.code ? { code: error.code } : {}), ...(error.hint ? { hint: error.hint } : {}) });
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  reporter.fail(ExitCode.internal, [], [], t.cli.internalError({ stack }), { code: "cli.internalError" });
  return ExitCode.internal;
}

/**
 * Commander's message in the run's language, read by its code (commander speaks English only: its message gives the
 * option, argument or command named, and its suggestion). Undefined when commander has printed all there is (the help
 * of a command given without a subcommand).
 */
function commanderWords(error: CommanderError): string | undefined {
  const text = error.message.replace(/^error: /, "");
  const quoted = (pattern: RegExp) => pattern.exec(text)?.[1] ?? "";
  const suggestion = /\(Did you mean (.+)\?\)/.exec(text)?.[1];
  switch (error.code) {
    case "commander.help":
    case "commander.helpDisplayed":
    case "commander.version":
      return undefined;
    case "commander.unknownOption":
      return t.cli.unknownOption({ option: quoted(/unknown option '([^']*)'/), suggestion });
    case "commander.unknownCommand":
      return t.cli.unknownCommand({ command: quoted(/unknown command '([^']*)'/), suggestion });
    case "commander.missingArgument":
      return t.cli.missingArgument({ argument: quoted(/argument '([^']*)'/) });
    case "commander.optionMissingArgument":
      return t.cli.optionMissingArgument({ option: quoted(/option '([^']*)'/) });
    case "commander.excessArguments": {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      return t.cli.excessArguments({ command: quoted(/for '([^']*)'/), expected: Number(counts?.[1] ?? 0), got: Number(counts?.[2] ?? 0) });
    }
    case "commander.invalidArgument": {
      const found = /^option '([^']*)' argument '([^']*)' is invalid\. ([\s\S]*)$/.exec(text);
      if (!found) return t.cli.commanderError({ message: text });
      const [, option = "", value = "", why = ""] = found;
      // Commander's own words for a value not among an option's choices; brev's own reasons are already translated.
      const choices = /^Allowed choices are (.*)\.$/.exec(why);
      return t.cli.invalidOptionValue({ option, value, why: choices ? t.cli.allowedChoices({ choices: choices[1] ?? "" }) : why });
    }
    default:
      return t.cli.commanderError({ message: text });
  }
}
