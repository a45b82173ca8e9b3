// `brev adopt`: keep letters a clerk changed by hand. Each file is recorded in its manifest as it is now, against the
// inputs it was made from, so generate leaves it alone; once the letter's inputs change, generate refuses again rather
// than lose the edits. A file made from inputs that have changed since is refused, with how it differs from the new
// letter: adopting it would leave two different letters to one agency (its other format made from the new inputs).
import path from "node:path";
import { say, t as words } from "../i18n/catalogue.js";
import { adoptLetter } from "../output/adopt-letter.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { dispatchJobs } from "../output/dispatch-jobs.js";
import { docxDifference, sameDocxText } from "../output/docx-difference.js";
import { inputHasher, modelHash } from "../output/fingerprint.js";
import { dispatchFormat, type Format, LETTER_FORMATS, letterFileName, parseLetterFileName } from "../output/letter-path.js";
import type { LetterJob } from "../output/update-dispatch.js";
import type { LoadedDispatch } from "../registry/load-dispatches.js";
import { prepareRenderers } from "../render/renderers.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { displayPath } from "../shared/display-path.js";
import { InvalidInputError, UsageError } from "../shared/errors.js";
import { brevVersion } from "../shared/version.js";
import type { BrevContext } from "./context.js";
import { composeLetters } from "./letters.js";

export interface AdoptOptions {
  registries?: readonly string[];
  wait?: boolean;
  onWait?: (folder: string, holder: string) => void;
}

export interface AdoptReport {
  /**
   * `apart`: the letter's other files that do not carry the clerk's text (see output/adopt-letter.ts): one agency, two
   * texts, until the edit is in the registry and both formats are made from it.
   */
  adopted: { dispatch: string; agency: string; format: Format; path: string; same: boolean; apart: string[] }[];
  /**
   * Files not adopted: made from inputs that have changed since. `difference`: a unified diff from the file's text to
   * the new letter's, where brev can read the file's text (a DOCX).
   */
  refused: { dispatch: string; agency: string; format: Format; path: string; difference?: string }[];
  warnings: Diagnostic[];
}

export async function adopt(files: readonly string[], options: AdoptOptions, ctx: BrevContext): Promise<AdoptReport> {
  // The letters the files name are composed; then each file is checked against the registries that loaded.
  const named = files.flatMap((file) => {
    const full = path.resolve(ctx.cwd, file);
    const letter = parseLetterFileName(path.basename(full));
    return letter ? [{ dispatch: path.basename(path.dirname(full)), agency: letter.agency }] : [];
  });
  const { letters, images, warnings, errors, dispatches } = await composeLetters(options.registries ?? [], ctx, { letters: named });
  const targets = files.map((file) => target(file, dispatches, ctx));
  if (errors.length > 0) throw new InvalidInputError([...errors, ...warnings]);
  // Rendered as a run of every format renders them (what the arkivmelding names depends on the run's formats), so the
  // record holds the inputs `generate` finds for the file.
  const renderers = await prepareRenderers([...new Set(targets.map((t) => t.format))], ctx, images, LETTER_FORMATS);
  const inputOf = inputHasher({ brev: brevVersion(), fileDate: ctx.fileDate, shapedBy: renderers.shapedBy });
  const report: AdoptReport = { adopted: [], refused: [], warnings };
  for (const t of targets) {
    const letter = letters.find((l) => l.dispatchId === t.dispatch && l.agencyId === t.agency);
    if (!letter) continue;
    const folder = await DispatchFolder.open(path.dirname(path.dirname(t.full)), t.dispatch, { outNamed: true, shown: (f) => displayPath(f, ctx.cwd) });
    const { model } = letter;
    // The job generate would make for the file (its stamp: what it is made from).
    const [job] = dispatchJobs([{ agencyId: t.agency, modelHash: modelHash(model), rows: [] }], {
      dispatch: t.dispatch,
      letterFormats: [t.format],
      inputOf,
      render: (_, format, fingerprint) => renderers.render(format, { ...model, meta: { ...model.meta, fingerprint } }),
    }) as [LetterJob];
    const result = await adoptLetter(folder, job, {
      dispatch: t.dispatch,
      brev: brevVersion(),
      lock: { wait: options.wait ?? true, onWait: (holder) => options.onWait?.(folder.shownDir(), holder) },
      // A DOCX's text is read and compared; a PDF's is not (brev reads no PDF text): taken as the clerk's.
      sameText: async (rendered) => t.format === "docx" && (await sameDocxText(folder, letterFileName(t.agency, t.format), rendered)),
    });
    report.warnings.push(...result.warnings);
    const shown = displayPath(t.full, ctx.cwd);
    if (result.adopted) report.adopted.push({ dispatch: t.dispatch, agency: t.agency, format: t.format, path: shown, same: result.same, apart: result.apart });
    else {
      const difference =
        t.format === "docx" ? await docxDifference(folder, letterFileName(t.agency, t.format), shown, words.api.theNewLetter(), await job.render()) : undefined;
      report.refused.push({ dispatch: t.dispatch, agency: t.agency, format: t.format, path: shown, ...(difference ? { difference } : {}) });
    }
  }
  return report;
}

interface Target {
  full: string;
  dispatch: string;
  agency: string;
  format: Format;
}

/** A letter file named on the command line, checked against the registries. */
function target(file: string, dispatches: readonly LoadedDispatch[], ctx: BrevContext): Target {
  const full = path.resolve(ctx.cwd, file);
  const letter = parseLetterFileName(path.basename(full));
  const dispatch = path.basename(path.dirname(full));
  if (!letter) throw new UsageError(say.api.notLetterFile({ file }));
  if (dispatchFormat(letter.format)) throw new UsageError(say.api.notAdoptable({ file }));
  const loaded = dispatches.find((d) => d.dispatch.id === dispatch);
  if (!loaded) throw new UsageError(say.api.noSuchDispatch({ file, dispatch }));
  if (!loaded.dispatch.entries.some((e) => e.agency.id === letter.agency))
    throw new UsageError(say.api.noSuchAgency({ file, dispatch, agency: letter.agency }));
  return { full, dispatch, ...letter };
}
