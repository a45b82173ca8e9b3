// `brev validate`: check registries and templates, write nothing.
import type { Command } from "commander";
import { validate } from "../api/validate.js";
import { type CommandEnv, contextWith, withOutput, withTemplates } from "./command-env.js";
import { Reporter } from "./reporter.js";

export function validateCommand(program: Command, env: CommandEnv): void {
  const command = program
    .command("validate")
    .description("check registries and templates without writing anything")
    .argument("[registry...]", "registry YAML files");
  withOutput(withTemplates(command)).action(async (registries: string[], opts: { json?: boolean; quiet?: boolean; templates?: string }) => {
    const reporter = new Reporter(env.io, env.terminal, opts);
    env.reporter = reporter;
    const report = await validate(registries, contextWith(env, opts));
    if (!opts.quiet) reporter.diagnostics(report.warnings);
    reporter.line(`ok: ${report.letters} letter(s), ${report.warnings.length} warning(s)`);
    reporter.document({ ok: true, letters: report.letters, errors: [], warnings: report.warnings });
  });
}
