// What a command is: how it appears on the command line, and a function from its arguments to a result.
import path from "node:path";
import { type Command, Option } from "commander";
import { say, t } from "../i18n/catalogue.js";
import { type BrevContext, DEFAULTS, UsageError } from "../index.js";
import type { Reporter } from "./reporter.js";

/** A command's outcome: its exit code, and the document a --json run prints. */
export interface CommandResult {
  code: number;
  document: Record<string, unknown>;
}

export interface CommandDeps {
  ctx: BrevContext;
  /** Speaks for the command: human lines, diagnostics, progress (the JSON document is printed by run). */
  reporter: Reporter;
  /** Milliseconds since 1970 (Date.now, or a test's). */
  clock: () => number;
  /** Resolves when the user stops a long-running command (Ctrl-C). */
  untilStopped: () => Promise<void>;
}

export interface CommandSpec<O = Record<string, unknown>> {
  /** Adds the command, its arguments and options to the program, and returns it. */
  define(program: Command): Command;
  /** `operands` is the command's variadic argument (files), empty when it has none. */
  run(operands: string[], opts: O, deps: CommandDeps): Promise<CommandResult>;
}

export interface OutputOptions {
  json?: boolean;
  quiet?: boolean;
  report?: "text" | "json" | "github";
}

export function withOutput(command: Command): Command {
  return command
    .addOption(new Option("--json", t.cli.jsonOption()))
    .addOption(new Option("--report <kind>", t.cli.reportOption()).choices(["text", "json", "github"]))
    .addOption(new Option("-q, --quiet", t.cli.quietOption()));
}

/** `-t, --templates <dir>`: where the letter templates are. */
export function withTemplates(command: Command): Command {
  return command.option("-t, --templates <dir>", t.cli.templatesOption({ folder: DEFAULTS.templates }));
}

/** The registries a command reads: `[registry...]`, with its help in the run's language. */
export function registryArgument(): [string, string] {
  return [`[${t.cli.argRegistry()}...]`, t.cli.registryArgument({ folder: DEFAULTS.registries })];
}

/** The library's context for a command, with the templates folder the user named. */
export function contextWith(ctx: BrevContext, opts: { templates?: string }): BrevContext {
  if (opts.templates === undefined) return ctx;
  checkFolderName("--templates", opts.templates);
  return { ...ctx, templatesDir: path.resolve(ctx.cwd, opts.templates) };
}

/** An empty folder name would mean "here": never what a user means. */
export function checkFolderName(option: string, value: string): void {
  if (value.trim() === "") throw new UsageError(say.cli.folderNameNeeded({ option }));
}

/** The document of a command that went well: ok, and what it reports. */
export function okDocument(report: object): Record<string, unknown> {
  return { ok: true, ...report };
}
