// `brev init [dir]`: a new letters folder.
import { t } from "../i18n/catalogue.js";
import { ExitCode, initProject } from "../index.js";
import { type CommandSpec, type OutputOptions, withOutput } from "./command.js";

export const initCommand: CommandSpec<OutputOptions & { brev?: string }> = {
  define: (program) =>
    withOutput(
      program
        .command("init")
        .description("make a letters folder: an example registry, templates (bokmål, nynorsk), assets/, a workflow, package.json, README")
        .argument("[dir]", "the folder (default: this one); nothing in it is overwritten")
        .option("--brev <spec>", "how package.json installs brev (default: this version from npm), e.g. github:<owner>/brev"),
    ),
  async run(operands, opts, { ctx, reporter }) {
    const report = await initProject(operands[0] ?? ".", ctx.cwd, opts.brev !== undefined ? { brev: opts.brev } : {});
    for (const file of report.made) reporter.line(t.project.made({ file }));
    reporter.line(`\n${t.project.next()}\n${report.next.map((n) => `  ${n}`).join("\n")}`);
    return { code: ExitCode.ok, document: { ok: true, ...report } };
  },
};
