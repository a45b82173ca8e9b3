// `generate`: registries -> letter models -> PDF and DOCX files under out/, re-rendering only what changed.
import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { BrevError, FileError } from "../errors.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { FORMATS, type Format } from "../output/letter-path.js";
import type { Orphan } from "../output/orphans.js";
import { type LetterJob, type RefusalReason, updateDispatch, type WriteReason } from "../output/update-dispatch.js";
import { brevVersion } from "../version.js";
import type { BrevContext } from "./context.js";
import { displayPath, loadDispatches } from "./load-dispatches.js";
import { prepareLetters } from "./prepare-letters.js";
import { renderSetup } from "./render-setup.js";
import { selectAgencies } from "./select-agencies.js";
import { inShard, type Shard } from "./shard.js";
import { TemplateStore } from "./template-store.js";

export interface GenerateOptions {
  registries?: readonly string[];
  agencies?: readonly string[];
  formats?: readonly Format[];
  /** Output folder; default `<cwd>/out`. */
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

export interface LetterFile {
  dispatch: string;
  agency: string;
  format: Format;
  /** Path as shown to the user (relative to cwd when inside it). */
  path: string;
}

export interface GenerateReport {
  /** Files written (or, with `check`, that would be written), with why. */
  written: (LetterFile & { reason: WriteReason })[];
  unchanged: LetterFile[];
  /** Files brev did not replace: changed by hand, or there without a record (`--force` replaces, `brev adopt` keeps). */
  refused: (LetterFile & { reason: RefusalReason })[];
  /** Letters of agencies no longer in the registry: deleted when `pruned`, unless kept (brev cannot vouch for them). */
  orphaned: { dispatch: string; path: string; state: Orphan["state"]; why?: string; pruned: boolean }[];
  pruned: boolean;
  warnings: Diagnostic[];
  /** Errors that stopped some letters (template problems); the rest were handled. */
  errors: Diagnostic[];
}

export async function generate(options: GenerateOptions, ctx: BrevContext): Promise<GenerateReport> {
  const { dispatches, warnings } = await loadDispatches(options.registries ?? [], ctx);
  const byAgency = selectAgencies(dispatches, options.agencies);
  const { shard } = options;
  const { letters, diagnostics } = await prepareLetters(
    dispatches,
    new TemplateStore(ctx),
    (e) => byAgency(e) && (!shard || inShard(shard, e.dispatchId, e.agency.id)),
  );
  const formats = options.formats && options.formats.length > 0 ? FORMATS.filter((f) => options.formats?.includes(f)) : FORMATS;
  const outDir = path.resolve(ctx.cwd, options.outDir ?? "out");
  const setup = await renderSetup(formats, ctx);
  const write = ctx.writeFile ? guardedWrite(ctx.writeFile) : undefined;
  const shown = (file: string) => displayPath(file, ctx);

  const report: GenerateReport = { written: [], unchanged: [], refused: [], orphaned: [], pruned: false, warnings, errors: diagnostics };
  const jobsOf = (dispatchId: string): LetterJob[] =>
    letters
      .filter((l) => l.dispatchId === dispatchId)
      .flatMap((l) =>
        formats.map((format) => ({ agency: l.agencyId, format, input: setup.inputOf(format, l.model), render: () => setup.render(format, l.model) })),
      );
  let total = 0;
  let done = 0;

  for (const { dispatch } of dispatches) {
    const folder = await DispatchFolder.open(outDir, dispatch.id, {
      outNamed: Boolean(options.outNamed),
      shown,
      ...(write ? { write } : {}),
    });
    const update = await updateDispatch(folder, jobsOf(dispatch.id), {
      dispatch: dispatch.id,
      brev: brevVersion(),
      known: new Set(dispatch.entries.map((e) => e.agency.id)),
      ...(options.force ? { force: true } : {}),
      ...(options.check ? { check: true } : {}),
      ...(options.prune ? { prune: true } : {}),
      lock: { wait: options.wait ?? true, onWait: (holder) => options.onWait?.(folder.shownDir(), holder) },
      onPlanned: (count) => {
        total += count;
      },
      onWritten: () => options.onProgress?.(++done, total),
    });
    const tag = <T extends { file: string }>({ file, ...rest }: T) => ({ dispatch: dispatch.id, path: file, ...rest });
    report.written.push(...update.written.map(tag));
    report.unchanged.push(...update.unchanged.map(tag));
    report.refused.push(...update.refused.map(tag));
    report.orphaned.push(
      ...update.orphans.map((o) => ({ dispatch: dispatch.id, path: o.file, state: o.state, pruned: o.pruned, ...(o.why ? { why: o.why } : {}) })),
    );
    report.pruned ||= update.orphans.some((o) => o.pruned);
    report.warnings.push(...update.warnings);
  }
  return report;
}

/** Any write failure becomes a FileError naming the file (exit 3), whoever did the writing. */
function guardedWrite(write: (file: string, bytes: Uint8Array) => Promise<void>) {
  return async (file: string, bytes: Uint8Array) => {
    try {
      await write(file, bytes);
    } catch (e) {
      if (e instanceof BrevError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new FileError(`cannot write ${file}${code ? ` (${code})` : ""}: ${(e as Error).message}`, file, e);
    }
  };
}
