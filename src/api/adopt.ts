// `brev adopt`: keep letters a clerk changed by hand. Each file is recorded in its manifest as it is now, against the
// inputs it was made from, so generate leaves it alone; once the letter's inputs change, generate refuses again rather
// than lose the edits. A file made from inputs that have changed since is refused, with how it differs from the new
// letter: adopting it would leave two different letters to one agency (its other format made from the new inputs).
import path from "node:path";
import { t as words } from "../i18n/catalogue.js";
import type { AdoptOptions, AdoptReport } from "../model/commands.js";
import { adoptLetter, adoptTarget, namedLetter } from "../output/adopt-letter.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { dispatchJobs } from "../output/dispatch-jobs.js";
import { docxDifference, sameDocxText } from "../output/docx-difference.js";
import { inputHasher, modelHash } from "../output/fingerprint.js";
import { LETTER_FORMATS, letterFileName } from "../output/letter-path.js";
import type { LetterJob } from "../output/update-dispatch.js";
import { prepareRenderers } from "../render/renderers.js";
import { displayPath } from "../shared/display-path.js";
import { InvalidInputError } from "../shared/errors.js";
import { brevVersion } from "../shared/version.js";
import type { BrevContext } from "./context.js";
import { composeLetters } from "./letters.js";

export async function adopt(files: readonly string[], options: AdoptOptions, ctx: BrevContext): Promise<AdoptReport> {
  // The letters the files name are composed; then each file is checked against the registries that loaded.
  const named = files.flatMap((file) => namedLetter(path.resolve(ctx.cwd, file)) ?? []);
  const { letters, images, warnings, errors, dispatches } = await composeLetters(options.registries ?? [], ctx, { letters: named });
  const agencies = new Map(dispatches.map(({ dispatch }) => [dispatch.id, new Set(dispatch.entries.map((e) => e.agency.id))]));
  const targets = files.map((file) => adoptTarget(file, ctx.cwd, agencies));
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
