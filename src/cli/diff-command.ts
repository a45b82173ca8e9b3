// `brev diff`: what each letter's text would change, between a git revision and the working tree.
import { diffLetters, ExitCode } from "../index.js";
import { type CommandSpec, contextWith, type OutputOptions, okDocument, REGISTRY_ARGUMENT, withOutput, withTemplates } from "./command.js";

export const diffCommand: CommandSpec<OutputOptions & { base: string; templates?: string }> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("diff")
          .description("show how each letter's text changes between a git revision and the working tree")
          .argument(...REGISTRY_ARGUMENT)
          .option("--base <git-ref>", "the revision to compare with", "HEAD"),
      ),
    ),
  async run(registries, opts, { ctx, reporter }) {
    const report = await diffLetters(registries, opts.base, contextWith(ctx, opts));
    reporter.diagnostics(report.errors);
    for (const letter of report.letters) reporter.line(letter.patch.trimEnd());
    reporter.line(`${report.letters.length} letter(s) change, ${report.unchanged} unchanged (against ${report.base})`);
    return { code: ExitCode.ok, document: okDocument(report) };
  },
};
