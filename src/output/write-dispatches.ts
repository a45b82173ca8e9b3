// A run's writing: each dispatch's folder brought up to date in turn (update-dispatch.ts), its composed letters made
// into jobs (dispatch-jobs.ts), progress counted over the whole run, and each folder's update added to the run's report.

import type { GenerateOptions } from "../model/commands.js";
import { DispatchFolder } from "./dispatch-folder.js";
import { type DispatchFile, dispatchJobs, guardedWrite, type JobOptions, type PlannedLetter } from "./dispatch-jobs.js";
import type { RunRecord } from "./manifest.js";
import { addUpdate, type GenerateReport } from "./run-report.js";
import { updateDispatch } from "./update-dispatch.js";

export interface DispatchToWrite<L> {
  id: string;
  /** Every agency of the dispatch (the selected and the others). */
  known: ReadonlySet<string>;
  letters: readonly L[];
  /** The dispatch's own files to write (journal.csv): none unless every letter of it was composed. */
  files: readonly DispatchFile[];
}

export interface RunWrite<L extends PlannedLetter> extends Omit<JobOptions<L>, "dispatch" | "dispatchFiles"> {
  outDir: string;
  brev: string;
  /** Turns a path into what messages show. */
  shown: (file: string) => string;
  /** How a finished file is put on disk; default an atomic write (any failure of another is a FileError naming the file). */
  write?: ((file: string, bytes: Uint8Array) => Promise<void>) | undefined;
  /** The renderers' pacing: told how many files the run will render, asked how many to render ahead. */
  renderers: { expect(files: number): void; ahead(): number };
  /** A whole run's record, kept where a folder's update ends clean (output/run-record.ts). */
  run?: RunRecord | undefined;
}

/** Brings each dispatch's folder up to date as `options` ask (a shard's run writes its manifest part), into `report`. */
export async function writeDispatches<L extends PlannedLetter>(
  dispatches: readonly DispatchToWrite<L>[],
  options: GenerateOptions,
  run: RunWrite<L>,
  report: GenerateReport,
): Promise<void> {
  const { outDir, brev, shown, write, renderers, run: record, ...jobOptions } = run;
  const { force, check, prune, shard } = options;
  const folderOptions = { outNamed: Boolean(options.outNamed), shown, ...(write ? { write: guardedWrite(write) } : {}) };
  let total = 0;
  let done = 0;
  for (const dispatch of dispatches) {
    const folder = await DispatchFolder.open(outDir, dispatch.id, folderOptions);
    const jobs = dispatchJobs(dispatch.letters, { ...jobOptions, dispatch: dispatch.id, dispatchFiles: dispatch.files });
    const update = await updateDispatch(folder, jobs, {
      dispatch: dispatch.id,
      brev,
      known: dispatch.known,
      ...(force ? { force } : {}),
      ...(check ? { check } : {}),
      ...(prune ? { prune } : {}),
      ...(shard && shard.count > 1 ? { part: shard } : {}),
      ...(record ? { run: record } : {}),
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
}
