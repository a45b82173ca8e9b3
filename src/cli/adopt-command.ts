// `brev adopt`: keep letters changed by hand, so generate leaves them alone until their inputs change.

import { t } from "../i18n/catalogue.js";
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
          .description(t.cli.adoptDescription())
          .argument(`<${t.cli.argFile()}...>`, t.cli.adoptFiles({ out: DEFAULTS.out }))
          .option("-r, --registry <files...>", t.cli.registryOption({ folder: DEFAULTS.registries }))
          .option("--no-wait", t.cli.noWaitOption()),
      ),
    ),
  async run(files, opts, { ctx, reporter }) {
    const report = await adopt(
      files,
      {
        ...(opts.registry ? { registries: opts.registry } : {}),
        wait: opts.wait,
        onWait: (folder, holder) => reporter.note(t.cli.waiting({ folder, holder })),
      },
      contextWith(ctx, opts),
    );
    reporter.diagnostics(report.warnings);
    for (const a of report.adopted) {
      reporter.line(a.same ? t.cli.adoptRecorded({ path: a.path }) : t.cli.adopted({ path: a.path }));
      // Kept, but one agency now has two texts: said here, and by every generate and --check until they agree.
      for (const other of a.apart) {
        reporter.problem(t.cli.twoTexts({ other, path: a.path }));
        reporter.problem(t.cli.toAgree({ agency: a.agency }));
      }
    }
    for (const r of report.refused) {
      reporter.problem(t.cli.notAdopted({ path: r.path }));
      if (r.difference) reporter.problem(t.cli.howItDiffers({ difference: r.difference.trimEnd() }));
      else reporter.problem(t.cli.cannotShowDifference({ format: r.format.toUpperCase() }));
      reporter.problem(t.cli.toKeepEdit({ agency: r.agency, format: r.format }));
      reporter.problem(t.cli.toReplaceAdopt({ agency: r.agency, format: r.format }));
    }
    // A run never ends with exit 0 while one agency's formats hold two texts (issue 17, point 6): the file is adopted
    // all the same (a clerk's edit is never lost), and the exit says the dispatch is not ready to send.
    const apart = report.adopted.some((a) => a.apart.length > 0);
    const code = report.refused.length > 0 || apart ? ExitCode.invalidInput : ExitCode.ok;
    return { code, document: { ...okDocument(report), ok: code === ExitCode.ok } };
  },
};
