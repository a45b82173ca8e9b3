// `brev validate`: check registries and templates, write nothing.
import { ExitCode, validate } from "../index.js";
import { type CommandSpec, contextWith, type OutputOptions, REGISTRY_ARGUMENT, withOutput, withTemplates } from "./command.js";

export const validateCommand: CommandSpec<OutputOptions & { templates?: string }> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("validate")
          .description("check registries and templates without writing anything")
          .argument(...REGISTRY_ARGUMENT),
      ),
    ),
  async run(registries, opts, { ctx, reporter }) {
    const report = await validate(registries, contextWith(ctx, opts));
    reporter.diagnostics(report.warnings);
    reporter.line(`ok: ${report.letters} letter(s), ${report.warnings.length} warning(s)`);
    return { code: ExitCode.ok, document: { ok: true, letters: report.letters, errors: [], warnings: report.warnings } };
  },
};
