// `brev generate`: write the letters, only those that changed, and say what happened.
import { type Command, Option } from "commander";
import { generate } from "../api/generate.js";
import { parseShard } from "../api/shard.js";
import { ExitCode } from "../errors.js";
import { FORMATS, type Format } from "../output/letter-path.js";
import { type CommandEnv, contextWith, withOutput, withTemplates } from "./command-env.js";
import { Reporter } from "./reporter.js";

interface Options {
  agency?: string[];
  format?: Format[];
  out: string;
  force?: boolean;
  check?: boolean;
  prune?: boolean;
  shard?: string;
  json?: boolean;
  quiet?: boolean;
  templates?: string;
}

export function generateCommand(program: Command, env: CommandEnv): void {
  const command = program
    .command("generate")
    .description("write out/<dispatch>/<agency>.pdf and .docx for every agency whose letter changed (default registries: data/*.yaml)")
    .argument("[registry...]", "registry YAML files")
    .option("-a, --agency <ids...>", "only these agencies")
    .addOption(new Option("-f, --format <formats...>", "only these formats").choices([...FORMATS]))
    .option("-o, --out <dir>", "output folder", "out")
    .option("--force", "render every letter, even those up to date")
    .option("--check", "write nothing; exit 1 if any letter is missing, stale or orphaned")
    .option("--prune", "delete letters of agencies no longer in the registry")
    .option("--shard <i/n>", "render only the i-th of n stable parts of the letters (for CI matrices)");
  withOutput(withTemplates(command)).action(async (registries: string[], opts: Options) => {
    const reporter = new Reporter(env.io, env.terminal, opts);
    env.reporter = reporter;
    const report = await generate(
      {
        registries,
        outDir: opts.out,
        ...(opts.agency ? { agencies: opts.agency } : {}),
        ...(opts.format ? { formats: opts.format } : {}),
        ...(opts.force ? { force: true } : {}),
        ...(opts.check ? { check: true } : {}),
        ...(opts.prune ? { prune: true } : {}),
        ...(opts.shard ? { shard: parseShard(opts.shard) } : {}),
        onProgress: (done, total) => reporter.progress(done, total),
      },
      contextWith(env, opts),
    );
    reporter.diagnostics([...report.errors, ...(opts.quiet ? [] : report.warnings)]);
    for (const f of report.written) reporter.line(opts.check ? `${f.reason.padEnd(7)} ${f.path}` : `wrote ${f.path}`);
    for (const o of report.orphaned)
      reporter.line(report.pruned ? `pruned ${o.path}` : `orphaned ${o.path} (its agency is not in the registry; --prune deletes it)`);
    const failed = report.errors.length > 0 ? `; ${report.errors.length} letter(s) failed` : "";
    reporter.line(
      opts.check
        ? `${report.written.length} to write, ${report.unchanged.length} up to date, ${report.orphaned.length} orphaned${failed}`
        : `${report.written.length} written, ${report.unchanged.length} unchanged${report.orphaned.length > 0 ? `, ${report.orphaned.length} ${report.pruned ? "pruned" : "orphaned"}` : ""}${failed}`,
    );
    const outOfDate = opts.check && (report.written.length > 0 || report.orphaned.length > 0);
    env.code = report.errors.length > 0 || outOfDate ? ExitCode.invalidInput : ExitCode.ok;
    reporter.document({ ok: env.code === ExitCode.ok, ...report });
  });
}
