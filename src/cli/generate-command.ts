// `brev generate`: write the letters, only those that changed, and say what happened.
import { type Command, Option } from "commander";
import { type GenerateReport, generate } from "../api/generate.js";
import { parseShard } from "../api/shard.js";
import { ExitCode, UsageError } from "../errors.js";
import { FORMATS, type Format } from "../output/letter-path.js";
import { type CommandEnv, contextWith, withOutput, withTemplates } from "./command-env.js";
import { Reporter } from "./reporter.js";

interface Options {
  agency?: string[];
  format?: Format[];
  out?: string;
  wait: boolean;
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
    .option("-o, --out <dir>", "output folder (default: out)")
    .option("--force", "render every letter, even those up to date, and replace letters changed by hand")
    .option("--check", "write nothing; exit 1 if any letter is missing, stale or orphaned")
    .option("--prune", "delete letters of agencies no longer in the registry (only those brev wrote and nobody changed)")
    .option("--shard <i/n>", "render only the i-th of n stable parts of the letters (for CI matrices)")
    .option("--no-wait", "when another brev run is writing the same folder, stop at once (exit 3) instead of waiting");
  withOutput(withTemplates(command)).action(async (registries: string[], opts: Options) => {
    const reporter = new Reporter(env.io, env.terminal, opts);
    env.reporter = reporter;
    if (opts.out !== undefined) checkFolderName("--out", opts.out);
    const report = await generate(
      {
        registries,
        ...(opts.out !== undefined ? { outDir: opts.out, outNamed: true } : {}),
        wait: opts.wait,
        onWait: (folder, holder) => reporter.note(`waiting for ${folder}: it is being written by ${holder}`),
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
    const orphans = report.orphaned.filter((o) => o.state !== "kept");
    for (const o of orphans) reporter.line(o.pruned ? `pruned ${o.path}` : `orphaned ${o.path} (its agency is not in the registry; --prune deletes it)`);
    for (const o of report.orphaned.filter((o) => o.state === "kept"))
      reporter.line(`kept ${o.path}: its agency is not in the registry, but ${o.why}; delete it yourself if it is not needed`);
    for (const line of refusalLines(report.refused)) reporter.problem(line);
    const failed = report.errors.length > 0 ? `; ${report.errors.length} letter(s) failed` : "";
    const refused = report.refused.length > 0 ? `, ${report.refused.length} left alone` : "";
    reporter.line(
      opts.check
        ? `${report.written.length} to write, ${report.unchanged.length} up to date${refused}, ${orphans.length} orphaned${failed}`
        : `${report.written.length} written, ${report.unchanged.length} unchanged${refused}${orphans.length > 0 ? `, ${orphans.length} ${report.pruned ? "pruned" : "orphaned"}` : ""}${failed}`,
    );
    const outOfDate = opts.check && (report.written.length > 0 || orphans.length > 0);
    env.code = report.errors.length > 0 || report.refused.length > 0 || outOfDate ? ExitCode.invalidInput : ExitCode.ok;
    reporter.document({ ok: env.code === ExitCode.ok, ...report });
  });
}

/** What to say of letters brev did not replace, and how to keep or replace them. */
function refusalLines(refused: GenerateReport["refused"]): string[] {
  if (refused.length === 0) return [];
  const lines = refused.map((r) =>
    r.reason === "edited"
      ? `changed by hand: ${r.path} (brev did not overwrite it)`
      : `not brev's: ${r.path} (there is no record that brev wrote it; brev did not overwrite it)`,
  );
  const agencies = [...new Set(refused.map((r) => r.agency))].join(",");
  const formats = [...new Set(refused.map((r) => r.format))].join(",");
  lines.push(`  to keep ${refused.length === 1 ? "it" : "them"}: brev adopt ${refused.map((r) => r.path).join(" ")}`);
  lines.push(`  to replace ${refused.length === 1 ? "it" : "them"} with a new letter: brev generate --force -a ${agencies} -f ${formats}`);
  return lines;
}

/** An empty folder name would mean "here": never what a user means. */
export function checkFolderName(option: string, value: string): void {
  if (value.trim() === "") throw new UsageError(`${option} needs a folder name`);
}
