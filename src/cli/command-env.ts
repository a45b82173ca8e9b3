// What every command gets from `run`, and the output options they share.
import path from "node:path";
import { type Command, Option } from "commander";
import type { BrevContext } from "../api/context.js";
import { UsageError } from "../errors.js";
import type { Io } from "./exit-code.js";
import type { Reporter } from "./reporter.js";
import type { Terminal } from "./terminal.js";

/** What every command gets: the library's context, and how to speak. */
export interface CommandEnv {
  ctx: BrevContext;
  io: Io;
  terminal: Terminal;
  /** Set by the command: its reporter (for --json and --quiet) and its exit code. */
  reporter: Reporter;
  code: number;
}

const outputOptions = () => [new Option("--json", "print one JSON document on stdout"), new Option("-q, --quiet", "print only errors and warnings")];

export function withOutput(command: Command): Command {
  for (const option of outputOptions()) command.addOption(option);
  return command;
}

/** `-t, --templates <dir>`: where the letter templates are (default `templates/`). */
export function withTemplates(command: Command): Command {
  return command.option("-t, --templates <dir>", "folder of the letter templates", "templates");
}

export function contextWith(env: CommandEnv, opts: { templates?: string }): BrevContext {
  if (opts.templates !== undefined && opts.templates.trim() === "") throw new UsageError("--templates needs a folder name");
  return opts.templates ? { ...env.ctx, templatesDir: path.resolve(env.ctx.cwd, opts.templates) } : env.ctx;
}
