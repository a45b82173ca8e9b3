// `brev diff`: what each letter's text would change, between a git revision and the working tree.

import { t } from "../i18n/catalogue.js";
import { type DiffReport, diffLetters, ExitCode } from "../index.js";
import { type CommandSpec, contextWith, type OutputOptions, okDocument, registryArgument, withOutput, withTemplates } from "./command.js";

export const diffCommand: CommandSpec<OutputOptions & { base?: string; templates?: string }> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("diff")
          .description(t.cli.diffDescription())
          .argument(...registryArgument())
          .option("--base <git-ref>", t.cli.baseOption()),
      ),
    ),
  async run(registries, opts, { ctx, reporter }) {
    const report = await diffLetters(registries, opts.base ?? "HEAD", contextWith(ctx, opts));
    reporter.diagnostics([...report.warnings, ...report.errors]);
    for (const letter of report.letters) reporter.line(letter.patch.trimEnd());
    reporter.line(t.cli.diffSummary({ changed: report.letters.length, unchanged: report.unchanged, base: report.base }));
    reporter.summary(diffMarkdown(report));
    // A problem in the working tree is an error (its letters cannot be made, so the diff is not the whole story); what
    // could not be read at the base only warns, as the base is history the clerk cannot fix.
    const code = report.errors.length > 0 ? ExitCode.invalidInput : ExitCode.ok;
    return { code, document: { ...okDocument(report), ok: code === ExitCode.ok } };
  },
};

/** GitHub shows a summary up to 1 MiB; the diff is cut well before, and says so. */
const SUMMARY_BYTES = 512 * 1024;

/** The CI job's summary: each changed letter's diff, folded under its name. */
function diffMarkdown(report: DiffReport): string {
  const out = [t.cli.diffMdTitle({ base: report.base }), "", t.cli.diffMdCounts({ changed: report.letters.length, unchanged: report.unchanged }), ""];
  // What could not be read at the base, before the letters it makes look new.
  for (const w of report.warnings) out.push(t.cli.diffMdWarning({ where: `${w.file}:${w.line}`, message: w.message }), "");
  let size = 0;
  for (const [i, letter] of report.letters.entries()) {
    const block = [
      `<details><summary>${letter.dispatch}/${letter.agency} (${t.cli.diffStatus({ status: letter.status })})</summary>`,
      "",
      "```diff",
      letter.patch.trimEnd(),
      "```",
      "",
      "</details>",
      "",
    ].join("\n");
    size += Buffer.byteLength(block);
    if (size > SUMMARY_BYTES) {
      out.push(t.cli.diffMdMore({ count: report.letters.length - i, base: report.base }), "");
      break;
    }
    out.push(block);
  }
  return out.join("\n");
}
