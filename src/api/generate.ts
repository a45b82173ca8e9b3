// `generate`: the pipeline. Registries -> letter entries -> letter models -> files in out/<dispatch>/, rendering only
// what changed and never replacing what brev cannot vouch for. Each stage does its own work; this only connects them.
import path from "node:path";
import { say } from "../i18n/catalogue.js";
import type { GenerateOptions } from "../model/commands.js";
import { FORMATS, type Format } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { ModelPacker, type PackedModel, unpackModel } from "../model/packed-model.js";
import { type DispatchFile, dispatchFileMakers, type PlannedLetter, refusedDispatchFiles } from "../output/dispatch-jobs.js";
import { inputHasher, modelTextHash } from "../output/fingerprint.js";
import { dispatchFormat, LETTER_FORMATS } from "../output/letter-path.js";
import { runInputs, runRecord, unchangedRun } from "../output/run-record.js";
import type { GenerateReport } from "../output/run-report.js";
import { writeDispatches } from "../output/write-dispatches.js";
import { findRegistries } from "../registry/find-registries.js";
import { prepareRenderers, shaping } from "../render/renderers.js";
import { DEFAULTS } from "../shared/defaults.js";
import { displayPath } from "../shared/display-path.js";
import { UsageError } from "../shared/errors.js";
import { lazily } from "../shared/lazily.js";
import { brevVersion } from "../shared/version.js";
import type { BrevContext } from "./context.js";

export async function generate(options: GenerateOptions, ctx: BrevContext): Promise<GenerateReport> {
  const { shard } = options;
  // A shard knows only its own letters' records; deleting the dispatch's orphans is the whole dispatch's run.
  if (shard && shard.count > 1 && options.prune) throw new UsageError(say.api.pruneWithShard());
  const formats = options.formats?.length ? FORMATS.filter((f) => options.formats?.includes(f)) : FORMATS;
  const letterFormats = formats.filter((f) => !dispatchFormat(f));
  // A dispatch's own files (journal.csv) list every letter of it: only a run of the whole dispatch writes them.
  const wholeDispatch = (options.agencies?.length ?? 0) === 0 && !(shard && shard.count > 1);
  const dispatchFiles = wholeDispatch ? await dispatchFileMakers(formats) : [];
  // The letter files a dispatch's file names: those the run writes, or, for a run of only the dispatch's files, all.
  const listed = letterFormats.length > 0 ? letterFormats : LETTER_FORMATS;
  const found = await findRegistries(options.registries ?? [], ctx);
  const outDir = options.outDir !== undefined ? path.resolve(ctx.cwd, options.outDir) : path.join(found.project, DEFAULTS.out);
  const shown = (file: string) => displayPath(file, ctx.cwd);
  // A whole run that changes nothing is told from the last run's record, composing nothing (output/run-record.ts). Its
  // inputs are hashed only when there is a record to compare with or a clean run to record; the fonts once, for both.
  const shaped = lazily(() => shaping(formats, ctx, listed));
  const madeWith = { brev: brevVersion(), formats, listed, fileDate: ctx.fileDate, shaped };
  const inputs = wholeDispatch && !options.check ? lazily(() => runInputs(found, ctx.templatesDir, madeWith)) : undefined;
  const quick = inputs && !options.force && !options.prune;
  const same = quick && (await unchangedRun(outDir, inputs, { brev: brevVersion(), formats, shown }, options));
  if (same) return { written: [], unchanged: same, refused: [], orphaned: [], pruned: false, disagreeing: [], warnings: [], errors: [], fromRecord: true };
  // Each letter is composed once: its model hashed (with the rows the dispatch's own files keep of it) and kept packed
  // (model/packed-model.ts) until it is rendered.
  const packer = new ModelPacker();
  // Loaded only now: a run told from its record reads no registry and loads none of the code that would.
  const { composeLetters } = await import("./letters.js");
  const composed = await composeLetters(
    options.registries ?? [],
    ctx,
    { ...(options.agencies ? { agencies: options.agencies } : {}), ...(shard ? { shard } : {}) },
    (letter, model): Planned => {
      const json = JSON.stringify(model);
      const rows = dispatchFiles.map(({ maker }) => maker.row(model));
      const { dispatchId, agencyId, entry } = letter;
      return { dispatchId, agencyId, sourcePath: entry.sourcePath, modelHash: modelTextHash(json), rows, packed: packer.pack(dispatchId, json) };
    },
  );
  const { letters, images, warnings, errors } = composed;
  // A row a dispatch's file cannot hold as it is stops that file (not the letters), said at the agency in the registry.
  const at = composed.dispatches.map(({ dispatch, sourceMap }) => ({ id: dispatch.id, at: sourceMap.at.bind(sourceMap) }));
  const refusedFiles = refusedDispatchFiles(at, letters, dispatchFiles, errors);
  const logos = composed.dispatches.flatMap(({ dispatch }) => dispatch.entries[0]?.sender.logo?.path ?? []);
  const run = inputs && errors.length === 0 && warnings.length === 0 ? await runRecord(await inputs(), logos) : undefined;
  // Of the registries, only each dispatch's id and agencies are needed from here on: the parsed files (and their
  // positions, for messages already made) are let go before rendering starts.
  const dispatches = composed.dispatches.map(({ dispatch }) => ({ id: dispatch.id, known: new Set(dispatch.entries.map((e) => e.agency.id)) }));
  composed.dispatches = [];
  const renderers = await prepareRenderers(formats, ctx, images, listed, await shaped());
  const inputOf = inputHasher({ brev: brevVersion(), fileDate: ctx.fileDate, shapedBy: renderers.shapedBy });

  const report: GenerateReport = { written: [], unchanged: [], refused: [], orphaned: [], pruned: false, disagreeing: [], warnings, errors };
  // A letter's formats are rendered one after the other: its model is unpacked once for them.
  let last: { letter: Planned; model: LetterModel } | undefined;
  const render = (letter: Planned, format: Format, fingerprint: string) => {
    if (last?.letter !== letter) last = { letter, model: unpackModel(letter.packed) };
    const { model } = last;
    return renderers.render(format, { ...model, meta: { ...model.meta, fingerprint } });
  };
  const toWrite = dispatches.map(({ id, known }) => {
    const ofDispatch = letters.filter((l) => l.dispatchId === id);
    // The dispatch's own files, when every letter of it was composed (a template problem leaves some out: said, and
    // the file left as it is) and no row was refused.
    const files = ofDispatch.length === known.size ? dispatchFiles.filter(({ format }) => !refusedFiles.has(`${id}/${format}`)) : [];
    return { id, known, letters: ofDispatch, files };
  });
  try {
    const rowIndex = (file: DispatchFile) => dispatchFiles.indexOf(file);
    const writing = { outDir, brev: brevVersion(), shown, write: ctx.writeFile, renderers, letterFormats, listed, rowIndex, inputOf, render, run };
    await writeDispatches(toWrite, options, writing, report);
  } finally {
    await renderers.close();
  }
  return report;
}

type Planned = PlannedLetter & { dispatchId: string; sourcePath: (string | number)[]; packed: PackedModel };
