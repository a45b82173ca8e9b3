// The command line: parses arguments with commander and calls the library. Returns an exit code; never exits.
import { Command } from "commander";
import type { BrevContext } from "../api/context.js";
import { ExitCode } from "../errors.js";
import { adoptCommand } from "./adopt-command.js";
import type { CommandEnv } from "./command-env.js";
import { diffCommand } from "./diff-command.js";
import { type Io, reportError } from "./exit-code.js";
import { generateCommand } from "./generate-command.js";
import { listCommand } from "./list-command.js";
import { Reporter } from "./reporter.js";
import { schemaCommand } from "./schema-command.js";
import type { Terminal } from "./terminal.js";
import { validateCommand } from "./validate-command.js";

export async function run(argv: readonly string[], ctx: BrevContext, io: Io, version: string, terminal: Terminal): Promise<number> {
  const env: CommandEnv = { ctx, io, terminal, reporter: new Reporter(io, terminal), code: ExitCode.ok };
  const program = new Command("brev")
    .description("Letters to many agencies from one YAML registry and one template, as PDF and DOCX.")
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run brev --help for usage)")
    .addHelpText("after", "\nExit codes: 0 ok, 1 invalid input (or --check found work), 2 usage, 3 file error, 70 internal error.");

  for (const add of [generateCommand, validateCommand, listCommand, diffCommand, adoptCommand, schemaCommand]) add(program, env);

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    return reportError(error, env.reporter);
  }
  return env.code;
}
