// `brev adopt`: keep letters a clerk changed by hand. Each file is recorded in its manifest as it is now, so generate
// leaves it alone; once the letter's inputs change, generate refuses again rather than lose the edits.
import path from "node:path";
import { adoptLetter } from "../output/adopt-letter.js";
import { DispatchFolder } from "../output/dispatch-folder.js";
import { inputHasher, modelHash } from "../output/fingerprint.js";
import { type Format, parseLetterFileName } from "../output/letter-path.js";
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
  adopted: { dispatch: string; agency: string; format: Format; path: string; same: boolean }[];
  warnings: Diagnostic[];
}

export async function adopt(files: readonly string[], options: AdoptOptions, ctx: BrevContext): Promise<AdoptReport> {
  let targets: Target[] = [];
  const { letters, images, warnings, errors } = await composeLetters(options.registries ?? [], ctx, (dispatches) => {
    targets = files.map((file) => target(file, dispatches, ctx));
    const wanted = new Set(targets.map((t) => `${t.dispatch}/${t.agency}`));
    return (e) => wanted.has(`${e.dispatchId}/${e.agency.id}`);
  });
  if (errors.length > 0) throw new InvalidInputError([...errors, ...warnings]);
  const renderers = await prepareRenderers([...new Set(targets.map((t) => t.format))], ctx, images);
  const inputOf = inputHasher({ brev: brevVersion(), fileDate: ctx.fileDate, shapedBy: renderers.shapedBy });
  const report: AdoptReport = { adopted: [], warnings };
  for (const t of targets) {
    const letter = letters.find((l) => l.dispatchId === t.dispatch && l.agencyId === t.agency);
    if (!letter) continue;
    const folder = await DispatchFolder.open(path.dirname(path.dirname(t.full)), t.dispatch, { outNamed: true, shown: (f) => displayPath(f, ctx.cwd) });
    const job = {
      agency: t.agency,
      format: t.format,
      input: inputOf(t.format, modelHash(letter.model)),
      render: () => renderers.render(t.format, letter.model),
    };
    const result = await adoptLetter(folder, job, {
      dispatch: t.dispatch,
      brev: brevVersion(),
      lock: { wait: options.wait ?? true, onWait: (holder) => options.onWait?.(folder.shownDir(), holder) },
    });
    report.warnings.push(...result.warnings);
    report.adopted.push({ dispatch: t.dispatch, agency: t.agency, format: t.format, path: displayPath(t.full, ctx.cwd), same: result.same });
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
  if (!letter) throw new UsageError(`${file} is not a letter file (expected out/<dispatch>/<agency>.pdf or .docx)`);
  const loaded = dispatches.find((d) => d.dispatch.id === dispatch);
  if (!loaded) throw new UsageError(`${file}: no registry has a dispatch "${dispatch}"`);
  if (!loaded.dispatch.entries.some((e) => e.agency.id === letter.agency))
    throw new UsageError(`${file}: dispatch "${dispatch}" has no agency "${letter.agency}"`);
  return { full, dispatch, ...letter };
}
