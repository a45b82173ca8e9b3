// `brev validate`: check registries and templates, write nothing.

import { t } from "../i18n/catalogue.js";
import { ExitCode, validate } from "../index.js";
import { type CommandSpec, contextWith, type OutputOptions, registryArgument, withOutput, withTemplates } from "./command.js";

export const validateCommand: CommandSpec<OutputOptions & { templates?: string }> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("validate")
          .description(t.cli.validateDescription())
          .argument(...registryArgument()),
      ),
    ),
  async run(registries, opts, { ctx, reporter }) {
    const report = await validate(registries, contextWith(ctx, opts));
    reporter.diagnostics(report.warnings);
    reporter.line(t.cli.validateOk({ letters: report.letters, warnings: report.warnings.length }));
    return { code: ExitCode.ok, document: { ok: true, letters: report.letters, errors: [], warnings: report.warnings } };
  },
};
