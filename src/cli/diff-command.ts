// `brev diff`: what each letter's text would change, between a git revision and the working tree.
import type { Command } from "commander";
import { diffLetters } from "../api/diff.js";
import { type CommandEnv, contextWith, withOutput, withTemplates } from "./command-env.js";
import { Reporter } from "./reporter.js";

export function diffCommand(program: Command, env: CommandEnv): void {
  const command = program
    .command("diff")
    .description("show how each letter's text changes between a git revision and the working tree")
    .argument("[registry...]", "registry YAML files")
    .option("--base <git-ref>", "the revision to compare with", "HEAD");
  withOutput(withTemplates(command)).action(async (registries: string[], opts: { base: string; json?: boolean; quiet?: boolean; templates?: string }) => {
    const reporter = new Reporter(env.io, env.terminal, opts);
    env.reporter = reporter;
    const report = await diffLetters(registries, opts.base, contextWith(env, opts));
    reporter.diagnostics(report.errors);
    for (const letter of report.letters) reporter.line(letter.patch.trimEnd());
    reporter.line(`${report.letters.length} letter(s) change, ${report.unchanged} unchanged (against ${report.base})`);
    reporter.document({ ok: true, ...report });
  });
}
