// `brev adopt`: keep letters changed by hand, so generate leaves them alone until their inputs change.
import { adopt, DEFAULTS, ExitCode } from "../index.js";
import { type CommandSpec, contextWith, type OutputOptions, okDocument, withOutput, withTemplates } from "./command.js";

interface Options extends OutputOptions {
  registry?: string[];
  wait: boolean;
  templates?: string;
}

export const adoptCommand: CommandSpec<Options> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("adopt")
          .description("keep letter files changed by hand: generate leaves them alone until the letter's registry entry or template changes")
          .argument("<file...>", `letter files, e.g. ${DEFAULTS.out}/<dispatch>/<agency>.docx`)
          .option("-r, --registry <files...>", `registry YAML files (default: ${DEFAULTS.registries}/*.yaml)`)
          .option("--no-wait", "when another brev run is writing the same folder, stop at once (exit 3) instead of waiting"),
      ),
    ),
  async run(files, opts, { ctx, reporter }) {
    const report = await adopt(
      files,
      {
        ...(opts.registry ? { registries: opts.registry } : {}),
        wait: opts.wait,
        onWait: (folder, holder) => reporter.note(`waiting for ${folder}: it is being written by ${holder}`),
      },
      contextWith(ctx, opts),
    );
    reporter.diagnostics(report.warnings);
    for (const a of report.adopted) {
      reporter.line(
        a.same ? `recorded ${a.path}: it is exactly what brev writes for this letter` : `adopted ${a.path}: generate keeps it until the letter's inputs change`,
      );
    }
    for (const r of report.refused) {
      reporter.problem(
        `not adopted: ${r.path} was made from an earlier version of this letter; its registry entry or template has changed since, and keeping the file would leave two different letters to one agency`,
      );
      if (r.difference) reporter.problem(`how the file differs from the new letter:\n${r.difference.trimEnd()}`);
      else reporter.problem(`  (brev cannot read the text of a ${r.format.toUpperCase()} file to show how it differs from the new letter)`);
      reporter.problem(
        `  to keep the edit: put it into the registry, in a blocks: entry of agency "${r.agency}", then run brev generate --force -a ${r.agency} -f ${r.format}`,
      );
      reporter.problem(`  to replace the file with the new letter: brev generate --force -a ${r.agency} -f ${r.format}`);
    }
    const code = report.refused.length > 0 ? ExitCode.invalidInput : ExitCode.ok;
    return { code, document: { ...okDocument(report), ok: code === ExitCode.ok } };
  },
};
