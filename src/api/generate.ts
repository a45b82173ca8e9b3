// `generate`: the pipeline. Registries -> letter entries -> letter models -> files in out/<dispatch>/, rendering only
// what changed and never replacing what brev cannot vouch for. Each stage does its own work; this only connects them.
import path from "node:path";
import type { LetterSource } from "../compose/prepare-letters.js";
import { say } from "../i18n/catalogue.js";
import { FORMATS, type Format } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { type DispatchFile, dispatchFileMakers, dispatchJobs, guardedWrite, type PlannedLetter, refusedRows } from "../output/dispatch-jobs.js";
import { inputHasher, modelHash } from "../output/fingerprint.js";
import { dispatchFormat, LETTER_FORMATS } from "../output/letter-path.js";
import { addUpdate, type GenerateReport } from "../output/run-report.js";
import { updateDispatch } from "../output/update-dispatch.js";
import type { Shard } from "../registry/shard.js";
import { prepareRenderers } from "../render/renderers.js";
import { DEFAULTS } from "../shared/defaults.js";
import { displayPath } from "../shared/display-path.js";
import { UsageError } from "../shared/errors.js";
import { brevVersion } from "../shared/version.js";
import type { BrevContext } from "./context.js";
import { composeLetters } from "./letters.js";

export type { GenerateReport, LetterFile } from "../output/run-report.js";

export interface GenerateOptions {
  registries?: readonly string[];
  agencies?: readonly string[];
  formats?: readonly Format[];
  /** Output folder; default the project's out/. */
  outDir?: string;
  /** The user named the output folder: then it may be a symbolic link to a real folder. */
  outNamed?: boolean;
  /** Render every selected letter, even those up to date, and replace files changed by hand. */
  force?: boolean;
  /** Write nothing; report what a run would write. */
  check?: boolean;
  /** Delete letters of agencies no longer in the registry (only those brev wrote and nobody changed). */
  prune?: boolean;
  shard?: Shard;
  /** When another run is writing the same folder: wait for it (default), or fail at once. */
  wait?: boolean;
  /** Called once a wait for another run has lasted a second. */
  onWait?: (folder: string, holder: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export async function generate(options: GenerateOptions, ctx: BrevContext): Promise<GenerateReport> {
  const { shard } = options;
  // A shard knows only its own letters' records; deleting the dispatch's orphans is the whole dispatch's run.
  if (shard && shard.count > 1 && options.prune) throw new UsageError(say.api.pruneWithShard());
  const formats = options.formats?.length ? FORMATS.filter((f) => options.formats?.includes(f)) : FORMATS;
  const letterFormats = formats.filter((f) => !dispatchFormat(f));
  // A dispatch's own files (journal.csv) list every letter of it: only a run of the whole dispatch writes them.
  const wholeDispatch = (options.agencies?.length ?? 0) === 0 && !(shard && shard.count > 1);
  const dispatchFiles = wholeDispatch ? await dispatchFileMakers(formats) : [];
  // Each letter's model is hashed (with the rows the dispatch's own files keep of it) and, in a run of at most
  // KEPT_MODELS letters, kept until rendered; in a larger run it is let go and composed again when (if) it is rendered.
  const composed = await composeLetters(
    options.registries ?? [],
    ctx,
    { ...(options.agencies ? { agencies: options.agencies } : {}), ...(shard ? { shard } : {}) },
    (letter, model, selected): Planned => ({
      ...letter,
      modelHash: modelHash(model),
      rows: dispatchFiles.map(({ maker }) => maker.row(model)),
      ...(selected <= KEPT_MODELS ? { model } : {}),
    }),
  );
  const { letters, images, warnings, errors } = composed;
  // A row a dispatch's file cannot hold as it is stops that file (not the letters), said at the agency in the registry.
  const refusedFiles = new Set<string>();
  for (const { dispatch, sourceMap } of composed.dispatches) {
    for (const { format, letter, column, value } of refusedRows(
      letters.filter((l) => l.dispatchId === dispatch.id),
      dispatchFiles,
    )) {
      const said = say.api.journalFormula({ agency: letter.agencyId, column, value });
      errors.push({ ...sourceMap.at(letter.entry.sourcePath, "error", said.message, said.hint), code: said.code });
      refusedFiles.add(`${dispatch.id}/${format}`);
    }
  }
  // Of the registries, only each dispatch's id and agencies are needed from here on: the parsed files (and their
  // positions, for messages already made) are let go before rendering starts.
  const dispatches = composed.dispatches.map(({ dispatch }) => ({ id: dispatch.id, known: new Set(dispatch.entries.map((e) => e.agency.id)) }));
  composed.dispatches = [];
  // The letter files a dispatch's file names: those the run writes, or, for a run of only the dispatch's files, all.
  const listed = letterFormats.length > 0 ? letterFormats : LETTER_FORMATS;
  const renderers = await prepareRenderers(formats, ctx, images, listed);
  const inputOf = inputHasher({ brev: brevVersion(), fileDate: ctx.fileDate, shapedBy: renderers.shapedBy });
  const outDir = options.outDir !== undefined ? path.resolve(ctx.cwd, options.outDir) : path.join(composed.project, DEFAULTS.out);
  const write = ctx.writeFile;

  const report: GenerateReport = { written: [], unchanged: [], refused: [], orphaned: [], pruned: false, disagreeing: [], warnings, errors };
  let total = 0;
  let done = 0;
  // A letter's formats are rendered one after the other: its model is taken (or composed) once for them, and a kept
  // model is let go once taken.
  let last: { letter: Planned; model: LetterModel } | undefined;
  const render = (letter: Planned, format: Format, fingerprint: string) => {
    if (last?.letter !== letter) last = { letter, model: letter.model ?? letter.compose() };
    delete letter.model;
    const { model } = last;
    return renderers.render(format, { ...model, meta: { ...model.meta, fingerprint } });
  };
  try {
    for (const dispatch of dispatches) {
      const folder = await DispatchFolder.open(outDir, dispatch.id, {
        outNamed: Boolean(options.outNamed),
        shown: (file) => displayPath(file, ctx.cwd),
        ...(write ? { write: guardedWrite(write) } : {}),
      });
      const ofDispatch = letters.filter((l) => l.dispatchId === dispatch.id);
      // The dispatch's own files, when every letter of it was composed (a template problem leaves some out: said, and
      // the file left as it is) and no row was refused.
      const whole = ofDispatch.length === dispatch.known.size;
      const files = whole ? dispatchFiles.filter(({ format }) => !refusedFiles.has(`${dispatch.id}/${format}`)) : [];
      const rowIndex = (file: DispatchFile) => dispatchFiles.indexOf(file);
      const jobs = dispatchJobs(ofDispatch, { dispatch: dispatch.id, letterFormats, listed, dispatchFiles: files, rowIndex, inputOf, render });
      const update = await updateDispatch(folder, jobs, {
        dispatch: dispatch.id,
        brev: brevVersion(),
        known: dispatch.known,
        ...(options.force ? { force: true } : {}),
        ...(options.check ? { check: true } : {}),
        ...(options.prune ? { prune: true } : {}),
        ...(shard && shard.count > 1 ? { part: shard } : {}),
        lock: { wait: options.wait ?? true, onWait: (holder) => options.onWait?.(folder.shownDir(), holder) },
        onPlanned: (count) => {
          total += count;
          renderers.expect(count);
        },
        onWritten: () => options.onProgress?.(++done, total),
        renderAhead: () => renderers.ahead(),
      });
      addUpdate(report, dispatch.id, update);
    }
  } finally {
    await renderers.close();
  }
  return report;
}

/**
 * The largest run whose models are kept from composing to rendering (each letter composed once); a larger run keeps
 * none and composes each letter again as it renders it, so its models are never all in memory at once. (Keeping even
 * the first 100 of a 2000-letter run raised its peak RSS by some 60 MB; composing a letter takes about a millisecond.)
 */
const KEPT_MODELS = 500;

type Planned = LetterSource & PlannedLetter & { model?: LetterModel };
