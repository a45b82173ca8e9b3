// `brev init [dir]`: a new letters folder.
import { t } from "../i18n/catalogue.js";
import { ExitCode, initProject } from "../index.js";
import { type CommandSpec, type OutputOptions, withOutput } from "./command.js";

export const initCommand: CommandSpec<OutputOptions & { brev?: string }> = {
  define: (program) =>
    withOutput(
      program.command("init").description(t.cli.initDescription()).argument(`[${t.cli.argDir()}]`, t.cli.initDir()).option("--brev <spec>", t.cli.brevOption()),
    ),
  async run(operands, opts, { ctx, reporter }) {
    const report = await initProject(operands[0] ?? ".", ctx.cwd, opts.brev !== undefined ? { brev: opts.brev } : {});
    for (const file of report.made) reporter.line(t.project.made({ file }));
    reporter.line(`\n${t.project.next()}\n${report.next.map((n) => `  ${n}`).join("\n")}`);
    return { code: ExitCode.ok, document: { ok: true, ...report } };
  },
};
