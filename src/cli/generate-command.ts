// `brev generate`: write the letters, only those that changed, and say what happened.
import { InvalidArgumentError } from "commander";
import { DEFAULTS, ExitCode, FORMATS, type Format, type GenerateReport, generate, parseShard, UsageError, watchInputs } from "../index.js";
import {
  type CommandDeps,
  type CommandResult,
  type CommandSpec,
  checkFolderName,
  contextWith,
  type OutputOptions,
  okDocument,
  REGISTRY_ARGUMENT,
  withOutput,
  withTemplates,
} from "./command.js";
import { errorToExit } from "./exit-code.js";

interface Options extends OutputOptions {
  agency?: string[];
  format?: Format[];
  out?: string;
  wait: boolean;
  force?: boolean;
  check?: boolean;
  prune?: boolean;
  shard?: string;
  templates?: string;
  watch?: boolean;
}

export const generateCommand: CommandSpec<Options> = {
  define: (program) =>
    withOutput(
      withTemplates(
        program
          .command("generate")
          .description(`write ${DEFAULTS.out}/<dispatch>/<agency>.pdf and .docx for every agency whose letter changed`)
          .argument(...REGISTRY_ARGUMENT)
          .option("-a, --agency <ids>", "only these agencies (dss,htu or -a dss -a htu)", agencyList)
          .option("-f, --format <formats>", `only these formats (${FORMATS.join(",")}, or -f again)`, formatList)
          .option("-o, --out <dir>", `output folder (default: ${DEFAULTS.out})`)
          .option("--force", "render every letter, even those up to date, and replace letters changed by hand")
          .option("--check", "write nothing; exit 1 if any letter is missing, stale, changed by hand or orphaned")
          .option("--prune", "delete letters of agencies no longer in the registry (only those brev wrote and nobody changed)")
          .option("--shard <i/n>", "render only the i-th of n stable parts of the letters (for CI matrices)")
          .option("--no-wait", "when another brev run is writing the same folder, stop at once (exit 3) instead of waiting")
          .option("--watch", "after writing, watch the registries, templates and assets, and write again on every save; Ctrl-C stops"),
      ),
    ),
  async run(registries, opts, deps) {
    if (!opts.watch) return generateOnce(registries, opts, deps);
    if (opts.json || opts.check) throw new UsageError("--watch writes on every save: it does not go with --json or --check");
    const { ctx, reporter, untilStopped } = deps;
    const once = async () => {
      try {
        await generateOnce(registries, opts, deps);
      } catch (error) {
        // A broken save is said, and the watch goes on: the next save may mend it.
        errorToExit(error, reporter);
      }
    };
    await once();
    let queue = Promise.resolve();
    const watching = await watchInputs(registries, contextWith(ctx, opts), () => {
      queue = queue.then(async () => {
        reporter.line("brev: a file changed; writing again");
        await once();
      });
    });
    reporter.line("brev: watching the registries, templates and assets; Ctrl-C stops");
    await untilStopped();
    watching.close();
    await queue;
    return { code: ExitCode.ok, document: { ok: true } };
  },
};

async function generateOnce(registries: string[], opts: Options, { ctx, reporter }: CommandDeps): Promise<CommandResult> {
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
      // `--shard ""` is no shard at all: refused like `--shard 0/2`, never read as the whole run.
      ...(opts.shard !== undefined ? { shard: parseShard(opts.shard) } : {}),
      onProgress: (done, total) => reporter.progress(done, total),
    },
    contextWith(ctx, opts),
  );
  reporter.diagnostics([...report.errors, ...report.warnings]);
  for (const f of report.written) reporter.line(opts.check ? `${f.reason.padEnd(7)} ${f.path}` : `wrote ${f.path}`);
  const orphans = report.orphaned.filter((o) => o.state !== "kept");
  for (const o of orphans) reporter.line(o.pruned ? `pruned ${o.path}` : `orphaned ${o.path} (its agency is not in the registry; --prune deletes it)`);
  for (const o of report.orphaned.filter((o) => o.state === "kept")) {
    reporter.line(`kept ${o.path}: its agency is not in the registry, but ${o.why}; delete it yourself if it is not needed`);
  }
  for (const line of refusalLines(report.refused)) reporter.problem(line);
  for (const line of disagreementLines(report.disagreeing)) reporter.problem(line);
  reporter.line(summary(report, Boolean(opts.check), orphans.length));
  reporter.summary(summaryMarkdown(report, Boolean(opts.check)));
  const outOfDate = opts.check && (report.written.length > 0 || orphans.length > 0);
  const disagree = report.disagreeing.length > 0;
  const code = report.errors.length > 0 || report.refused.length > 0 || outOfDate || disagree ? ExitCode.invalidInput : ExitCode.ok;
  return { code, document: { ...okDocument(report), ok: code === ExitCode.ok } };
}

/**
 * A comma list, and the option may be given again: `-a dss,htu` = `-a dss -a htu`. It takes one value, so a registry
 * named after it stays a registry (`generate -a dss data/x.yaml`).
 */
function commaList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v !== ""),
  ];
}

/** Agency ids: `-a ""` (or `-a ,`) names none, and is refused rather than read as "every agency". */
function agencyList(value: string, previous: string[] | undefined): string[] {
  const list = commaList(value, []);
  if (list.length === 0) throw new InvalidArgumentError("Name at least one agency id (e.g. -a dss), or leave -a out to make every agency's letter.");
  return [...(previous ?? []), ...list];
}

function formatList(value: string, previous: Format[] | undefined): Format[] {
  const list = commaList(value, []);
  const wrong = list.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (wrong !== undefined || list.length === 0) throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(", ")}.`);
  return [...(previous ?? []), ...(list as Format[])];
}

function summary(report: GenerateReport, check: boolean, orphans: number): string {
  const failed = report.errors.length > 0 ? `; ${report.errors.length} letter(s) failed` : "";
  const refused = report.refused.length > 0 ? `, ${report.refused.length} left alone` : "";
  if (check) return `${report.written.length} to write, ${report.unchanged.length} up to date${refused}, ${orphans} orphaned${failed}`;
  const gone = orphans > 0 ? `, ${orphans} ${report.pruned ? "pruned" : "orphaned"}` : "";
  return `${report.written.length} written, ${report.unchanged.length} unchanged${refused}${gone}${failed}`;
}

/** The CI job's summary: how many letters were written, unchanged, left alone and failed, and which. */
function summaryMarkdown(report: GenerateReport, check: boolean): string {
  const written = check ? "to write" : "written";
  const rows = [
    `| ${written} | unchanged | left alone | failed |`,
    "| ---: | ---: | ---: | ---: |",
    `| ${report.written.length} | ${report.unchanged.length} | ${report.refused.length} | ${report.errors.length} |`,
  ];
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? []
      : [`**${title}:** ${items.slice(0, SUMMARY_NAMED).join(", ")}${items.length > SUMMARY_NAMED ? ` and ${items.length - SUMMARY_NAMED} more` : ""}`, ""];
  return [
    `### brev generate${check ? " --check" : ""}`,
    "",
    ...rows,
    "",
    ...list(
      check ? "To write" : "Written",
      report.written.map((f) => `\`${f.path}\``),
    ),
    ...list(
      "Left alone (changed by hand)",
      report.refused.map((f) => `\`${f.path}\``),
    ),
    ...list(
      "Two different letters to one agency (made from different inputs)",
      report.disagreeing.map((d) => d.paths.map((p) => `\`${p}\``).join(" and ")),
    ),
    ...list(
      "Failed",
      report.errors.map((d) => `\`${d.file}:${d.line}:${d.col}\` ${d.message}`),
    ),
    "",
  ].join("\n");
}

/** Letters named in the job summary; the rest are counted. */
const SUMMARY_NAMED = 30;

/** What to say of letters whose formats were made from different inputs, and how to make them one letter again. */
function disagreementLines(disagreeing: GenerateReport["disagreeing"]): string[] {
  return disagreeing.flatMap((d) => {
    const edited = d.handEdited;
    if (edited) {
      const others = d.paths.filter((p) => !edited.includes(p));
      return [
        `two texts to one agency: ${others.join(" and ")} does not carry the edit in ${edited.join(" and ")} (changed by hand and kept with brev adopt)`,
        `  to make both agree: put the edit into the registry, in a blocks: entry of agency "${d.agency}", then run brev generate --force -a ${d.agency}`,
      ];
    }
    return [
      `two different letters to one agency: ${d.paths.join(" and ")} were made from different inputs`,
      `  to make them one letter: brev generate -a ${d.agency} (a file changed by hand is replaced only with --force; to keep its edit, put it in the registry first, in a blocks: entry of agency "${d.agency}")`,
    ];
  });
}

/** What to say of letters brev did not replace, and how to keep or replace them. */
function refusalLines(refused: GenerateReport["refused"]): string[] {
  if (refused.length === 0) return [];
  const lines = refused.map((r) =>
    r.reason === "unrecorded"
      ? `not brev's: ${r.path} (there is no record that brev wrote it; brev did not overwrite it)`
      : r.earlier
        ? `changed by hand: ${r.path} (brev did not overwrite it), and made from an earlier version of this letter`
        : `changed by hand: ${r.path} (brev did not overwrite it)`,
  );
  const them = refused.length === 1 ? "it" : "them";
  const agencies = [...new Set(refused.map((r) => r.agency))].join(",");
  const formats = [...new Set(refused.map((r) => r.format))].join(",");
  const adoptable = refused.filter((r) => !r.earlier);
  const earlier = refused.filter((r) => r.earlier);
  if (adoptable.length > 0) lines.push(`  to keep ${adoptable.length === 1 ? "it" : "them"}: brev adopt ${adoptable.map((r) => r.path).join(" ")}`);
  if (earlier.length > 0) {
    const owners = [...new Set(earlier.map((r) => `"${r.agency}"`))].join(", ");
    lines.push(`  to keep the edits made to an earlier version: put them into the registry, in blocks: entries of agency ${owners}, then replace the file`);
  }
  lines.push(`  to replace ${them} with a new letter: brev generate --force -a ${agencies} -f ${formats}`);
  return lines;
}
