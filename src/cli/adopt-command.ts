// `brev adopt`: keep letters changed by hand, so generate leaves them alone until their inputs change.
import type { Command } from "commander";
import { adopt } from "../api/adopt.js";
import { type CommandEnv, contextWith, withOutput, withTemplates } from "./command-env.js";
import { Reporter } from "./reporter.js";

export function adoptCommand(program: Command, env: CommandEnv): void {
  const command = program
    .command("adopt")
    .description("keep letter files changed by hand: generate leaves them alone until the letter's registry entry or template changes")
    .argument("<file...>", "letter files, e.g. out/<dispatch>/<agency>.docx")
    .option("-r, --registry <files...>", "registry YAML files (default: data/*.yaml)")
    .option("--no-wait", "when another brev run is writing the same folder, stop at once (exit 3) instead of waiting");
  withOutput(withTemplates(command)).action(
    async (files: string[], opts: { registry?: string[]; wait: boolean; json?: boolean; quiet?: boolean; templates?: string }) => {
      const reporter = new Reporter(env.io, env.terminal, opts);
      env.reporter = reporter;
      const report = await adopt(
        files,
        {
          ...(opts.registry ? { registries: opts.registry } : {}),
          wait: opts.wait,
          onWait: (folder, holder) => reporter.note(`waiting for ${folder}: it is being written by ${holder}`),
        },
        contextWith(env, opts),
      );
      if (!opts.quiet) reporter.diagnostics(report.warnings);
      for (const a of report.adopted) {
        reporter.line(
          a.same
            ? `recorded ${a.path}: it is exactly what brev writes for this letter`
            : `adopted ${a.path}: generate keeps it until the letter's inputs change`,
        );
      }
      reporter.document({ ok: true, ...report });
    },
  );
}
