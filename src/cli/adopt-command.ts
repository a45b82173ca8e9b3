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
      // Kept, but one agency now has two texts: said here, and by every generate and --check until they agree.
      for (const other of a.apart) {
        reporter.problem(`two texts to one agency: ${other} does not carry the edit in ${a.path}`);
        reporter.problem(
          `  to make both agree: put the edit into the registry, in a blocks: entry of agency "${a.agency}", then run brev generate --force -a ${a.agency}`,
        );
      }
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
    // A run never ends with exit 0 while one agency's formats hold two texts (issue 17, point 6): the file is adopted
    // all the same (a clerk's edit is never lost), and the exit says the dispatch is not ready to send.
    const apart = report.adopted.some((a) => a.apart.length > 0);
    const code = report.refused.length > 0 || apart ? ExitCode.invalidInput : ExitCode.ok;
    return { code, document: { ...okDocument(report), ok: code === ExitCode.ok } };
  },
};
