// `generate`: the pipeline. Registries -> letter entries -> letter models -> files in out/<dispatch>/, rendering only
// what changed and never replacing what brev cannot vouch for. Each stage does its own work; this only connects them.
import path from "node:path";
import type { LetterModel } from "../compose/letter-model.js";
import type { LetterSource } from "../compose/prepare-letters.js";
import { say } from "../i18n/catalogue.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { inputHasher, modelHash, stampAt, stampText } from "../output/fingerprint.js";
import { dispatchFormat, LETTER_FORMATS, letterFileName } from "../output/letter-path.js";
import type { Orphan } from "../output/orphans.js";
import { type DispatchUpdate, type LetterJob, type RefusalReason, updateDispatch, type WriteReason } from "../output/update-dispatch.js";
import type { Shard } from "../registry/shard.js";
import type { DispatchFileMaker } from "../render/format.js";
import { FORMATS, type Format } from "../render/formats.js";
import { prepareRenderers } from "../render/renderers.js";
import { DEFAULTS } from "../shared/defaults.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { displayPath } from "../shared/display-path.js";
import { BrevError, cannotWrite, UsageError } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";
import { brevVersion } from "../shared/version.js";
import type { BrevContext } from "./context.js";
import { composeLetters } from "./letters.js";

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
  /** `dispatchFile`: the dispatch's own file (journal.csv), no agency's letter. */
  refused: (LetterFile & { reason: RefusalReason; earlier?: true; dispatchFile?: true })[];
  /** Letters of agencies no longer in the registry: deleted when `pruned`, unless kept (brev cannot vouch for them). */
  orphaned: { dispatch: string; path: string; state: Orphan["state"]; why?: string; pruned: boolean }[];
  pruned: boolean;
  /**
   * Letters whose formats were made from different inputs (two different letters to one agency): each its files; or,
   * with `handEdited` (those of its files), whose formats hold a clerk's adopted edit and brev's text without it.
   */
  disagreeing: { dispatch: string; agency: string; paths: string[]; handEdited?: string[] }[];
  warnings: Diagnostic[];
  /** Errors that stopped some letters (template problems); the rest were handled. */
  errors: Diagnostic[];
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
  // Each letter's model is hashed and let go (with the rows the dispatch's own files keep of it); it is composed again
  // when (if) it is rendered.
  const composed = await composeLetters(
    options.registries ?? [],
    ctx,
    { ...(options.agencies ? { agencies: options.agencies } : {}), ...(shard ? { shard } : {}) },
    (letter, model) => ({ ...letter, modelHash: modelHash(model), rows: dispatchFiles.map(({ maker }) => maker.row(model)) }),
  );
  const { letters, images, warnings, errors } = composed;
  // A row a dispatch's file cannot hold as it is stops that file (not the letters), said at the agency in the registry.
  const refusedFiles = new Set<string>();
  for (const { dispatch, sourceMap } of composed.dispatches) {
    for (const [i, { format, maker }] of dispatchFiles.entries()) {
      for (const letter of letters) {
        if (letter.dispatchId !== dispatch.id) continue;
        const refused = maker.refuse(letter.rows[i] ?? []);
        if (!refused) continue;
        const said = say.api.journalFormula({ agency: letter.agencyId, column: refused.column, value: refused.value });
        errors.push({ ...sourceMap.at(letter.entry.sourcePath, "error", said.message, said.hint), code: said.code });
        refusedFiles.add(`${dispatch.id}/${format}`);
        break;
      }
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
  // A letter's formats are rendered one after the other: its model is composed once for them.
  let last: { letter: LetterSource; model: LetterModel } | undefined;
  const modelOf = (letter: LetterSource) => {
    if (last?.letter !== letter) last = { letter, model: letter.compose() };
    return last.model;
  };
  try {
    for (const dispatch of dispatches) await updateOne(dispatch);
  } finally {
    await renderers.close();
  }
  return report;

  async function updateOne(dispatch: (typeof dispatches)[number]): Promise<void> {
    const folder = await DispatchFolder.open(outDir, dispatch.id, {
      outNamed: Boolean(options.outNamed),
      shown: (file) => displayPath(file, ctx.cwd),
      ...(write ? { write: guardedWrite(write) } : {}),
    });
    const ofDispatch = letters.filter((l) => l.dispatchId === dispatch.id);
    const jobs: LetterJob[] = ofDispatch.flatMap((l) =>
      letterFormats.map((format) => {
        const stamp = { input: inputOf(format, l.modelHash), letter: l.modelHash };
        // The file carries its stamp (which letter file it is, and what it was made from), so it vouches for itself
        // wherever it is copied, and a copy under another name is known for one.
        const fingerprint = stampText({ at: stampAt(dispatch.id, letterFileName(l.agencyId, format)), letter: stamp.letter });
        const render = () => {
          const model = modelOf(l);
          return renderers.render(format, { ...model, meta: { ...model.meta, fingerprint } });
        };
        return { agency: l.agencyId, format, ...stamp, render };
      }),
    );
    // The dispatch's own files, when every letter of it was composed (a template problem leaves some out: said, and
    // the file left as it is) and no row was refused.
    if (ofDispatch.length === dispatch.known.size) {
      for (const [i, { format, stem, maker }] of dispatchFiles.entries()) {
        if (refusedFiles.has(`${dispatch.id}/${format}`)) continue;
        const rows = ofDispatch.map((l) => ({ row: l.rows[i] ?? [], files: listed.map((f) => letterFileName(l.agencyId, f)) }));
        const letter = sha256(JSON.stringify(rows));
        jobs.push({ agency: stem, format, input: inputOf(format, letter), letter, render: async () => maker.render(rows) });
      }
    }
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
}

/** The makers of the dispatch's own files among the run's formats (their modules loaded now: they are small). */
async function dispatchFileMakers(formats: readonly Format[]): Promise<{ format: Format; stem: string; maker: DispatchFileMaker }[]> {
  const found: { format: Format; stem: string; maker: DispatchFileMaker }[] = [];
  for (const format of formats) {
    const spec = dispatchFormat(format);
    if (spec) found.push({ format, stem: spec.stem, maker: await spec.load() });
  }
  return found;
}

function addUpdate(report: GenerateReport, dispatch: string, update: DispatchUpdate): void {
  const tag = <T extends { file: string }>({ file, ...rest }: T) => ({ dispatch, path: file, ...rest });
  // One by one: a spread of a list this long (a dispatch of many thousand letters) overflows the stack.
  for (const f of update.written) report.written.push(tag(f));
  for (const f of update.unchanged) report.unchanged.push(tag(f));
  for (const f of update.refused) report.refused.push(dispatchFormat(f.format) ? { ...tag(f), dispatchFile: true } : tag(f));
  for (const { file, agency: _, name: __, ...o } of update.orphans) report.orphaned.push({ dispatch, path: file, ...o });
  report.pruned ||= update.orphans.some((o) => o.pruned);
  for (const { agency, files, handEdited } of update.disagreeing) {
    report.disagreeing.push({ dispatch, agency, paths: files, ...(handEdited ? { handEdited } : {}) });
  }
  for (const w of update.warnings) report.warnings.push(w);
}

/** Any failure of an injected writer becomes a FileError naming the file (exit 3). */
function guardedWrite(write: (file: string, bytes: Uint8Array) => Promise<void>) {
  return async (file: string, bytes: Uint8Array) => {
    try {
      await write(file, bytes);
    } catch (e) {
      throw e instanceof BrevError ? e : cannotWrite(file, file, e);
    }
  };
}
