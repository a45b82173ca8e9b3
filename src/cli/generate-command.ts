// `brev generate`: write the letters, only those that changed, and say what happened.
import { InvalidArgumentError } from "commander";
import { say, t } from "../i18n/catalogue.js";
import { DEFAULTS, ExitCode, FORMATS, type Format, type GenerateReport, generate, parseShard, UsageError, watchInputs } from "../index.js";
import {
  type CommandDeps,
  type CommandResult,
  type CommandSpec,
  checkFolderName,
  contextWith,
  type OutputOptions,
  okDocument,
  registryArgument,
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
          .description(t.cli.generateDescription({ out: DEFAULTS.out }))
          .argument(...registryArgument())
          .option("-a, --agency <ids>", t.cli.agencyOption(), agencyList)
          .option("-f, --format <formats>", t.cli.formatOption({ formats: FORMATS.join(",") }), formatList)
          .option("-o, --out <dir>", t.cli.outOption({ folder: DEFAULTS.out }))
          .option("--force", t.cli.forceOption())
          .option("--check", t.cli.checkOption())
          .option("--prune", t.cli.pruneOption())
          .option("--shard <i/n>", t.cli.shardOption())
          .option("--no-wait", t.cli.noWaitOption())
          .option("--watch", t.cli.watchOption()),
      ),
    ),
  async run(registries, opts, deps) {
    if (!opts.watch) return generateOnce(registries, opts, deps);
    if (opts.json || opts.check) throw new UsageError(say.cli.watchAlone());
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
        reporter.line(t.cli.watchChanged());
        await once();
      });
    });
    reporter.line(t.cli.watching());
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
      onWait: (folder, holder) => reporter.note(t.cli.waiting({ folder, holder })),
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
  // --check: each file's reason, the reasons in one column whatever their length in this language.
  const reasonWidth = Math.max(...(["missing", "stale", "forced"] as const).map((reason) => t.cli.writeReason({ reason }).length));
  for (const f of report.written)
    reporter.line(opts.check ? `${t.cli.writeReason({ reason: f.reason }).padEnd(reasonWidth)} ${f.path}` : t.cli.wrote({ path: f.path }));
  const orphans = report.orphaned.filter((o) => o.state !== "kept");
  for (const o of orphans) reporter.line(o.pruned ? t.cli.pruned({ path: o.path }) : t.cli.orphaned({ path: o.path }));
  for (const o of report.orphaned.filter((o) => o.state === "kept")) reporter.line(t.cli.keptOrphan({ path: o.path, why: o.why ?? "" }));
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
  if (list.length === 0) throw new InvalidArgumentError(t.cli.agencyNeeded());
  return [...(previous ?? []), ...list];
}

function formatList(value: string, previous: Format[] | undefined): Format[] {
  const list = commaList(value, []);
  const wrong = list.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (wrong !== undefined || list.length === 0) throw new InvalidArgumentError(t.cli.allowedChoices({ choices: FORMATS.join(", ") }));
  return [...(previous ?? []), ...(list as Format[])];
}

function summary(report: GenerateReport, check: boolean, orphans: number): string {
  const counts = { leftAlone: report.refused.length, orphaned: orphans, failed: report.errors.length };
  if (check) return t.cli.summaryCheck({ toWrite: report.written.length, upToDate: report.unchanged.length, ...counts });
  return t.cli.summaryWritten({ written: report.written.length, unchanged: report.unchanged.length, pruned: report.pruned, ...counts });
}

/** The CI job's summary: how many letters were written, unchanged, left alone and failed, and which. */
function summaryMarkdown(report: GenerateReport, check: boolean): string {
  const written = check ? t.cli.mdToWrite() : t.cli.mdWritten();
  const rows = [
    `| ${written} | ${t.cli.mdUnchanged()} | ${t.cli.mdLeftAlone()} | ${t.cli.mdFailed()} |`,
    "| ---: | ---: | ---: | ---: |",
    `| ${report.written.length} | ${report.unchanged.length} | ${report.refused.length} | ${report.errors.length} |`,
  ];
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? []
      : [
          `**${title}:** ${items.slice(0, SUMMARY_NAMED).join(", ")}${items.length > SUMMARY_NAMED ? t.cli.mdMore({ count: items.length - SUMMARY_NAMED }) : ""}`,
          "",
        ];
  return [
    t.cli.mdTitle({ check }),
    "",
    ...rows,
    "",
    ...list(
      check ? t.cli.mdListToWrite() : t.cli.mdListWritten(),
      report.written.map((f) => `\`${f.path}\``),
    ),
    ...list(
      t.cli.mdListLeftAlone(),
      report.refused.map((f) => `\`${f.path}\``),
    ),
    ...list(
      t.cli.mdListDisagreeing(),
      report.disagreeing.map((d) => joined(d.paths.map((p) => `\`${p}\``))),
    ),
    ...list(
      t.cli.mdListFailed(),
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
      return [t.cli.twoTextsAdopted({ others: joined(others), edited: joined(edited) }), t.cli.toAgree({ agency: d.agency })];
    }
    return [t.cli.twoLetters({ paths: joined(d.paths) }), t.cli.toMakeOne({ agency: d.agency })];
  });
}

/** What to say of letters brev did not replace, and how to keep or replace them. */
function refusalLines(all: GenerateReport["refused"]): string[] {
  // A dispatch's own file (journal.csv) is no letter: no adopting it, and --force replaces it without -a.
  const lines = all
    .filter((r) => r.dispatchFile)
    .flatMap((r) => [
      r.reason === "unrecorded" ? t.cli.notBrevs({ path: r.path }) : t.cli.changedByHand({ path: r.path }),
      t.cli.toReplaceDispatchFile({ format: r.format }),
    ]);
  const refused = all.filter((r) => !r.dispatchFile);
  if (refused.length === 0) return lines;
  lines.push(
    ...refused.map((r) =>
      r.reason === "unrecorded"
        ? t.cli.notBrevs({ path: r.path })
        : r.earlier
          ? t.cli.changedByHandEarlier({ path: r.path })
          : t.cli.changedByHand({ path: r.path }),
    ),
  );
  const agencies = [...new Set(refused.map((r) => r.agency))].join(",");
  const formats = [...new Set(refused.map((r) => r.format))].join(",");
  const adoptable = refused.filter((r) => !r.earlier);
  const earlier = refused.filter((r) => r.earlier);
  if (adoptable.length > 0) lines.push(t.cli.toKeep({ count: adoptable.length, paths: adoptable.map((r) => r.path).join(" ") }));
  if (earlier.length > 0) {
    const owners = [...new Set(earlier.map((r) => `"${r.agency}"`))].join(", ");
    lines.push(t.cli.toKeepEarlier({ agencies: owners }));
  }
  lines.push(t.cli.toReplace({ count: refused.length, agencies, formats }));
  return lines;
}

/** "a and b", "a and b and c": names joined as the language joins them. */
function joined(items: readonly string[]): string {
  return items.reduce((first, second) => t.cli.and({ first, second }));
}
