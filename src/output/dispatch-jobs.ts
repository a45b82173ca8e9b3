// What a run may write in one dispatch's folder, as jobs for updateDispatch: each letter in each letter format,
// stamped with what it is made from (so the file vouches for itself wherever it is copied), and the dispatch's own
// files (journal.csv), which list every letter of it.

import { say } from "../i18n/catalogue.js";
import type { DispatchFileMaker } from "../model/formats.js";
import { dispatchFileMaker } from "../render/loaders.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { BrevError, cannotWrite } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";
import { stampAt, stampText } from "./fingerprint.js";
import { dispatchFormat, type Format, letterFileName } from "./letter-path.js";
import type { LetterJob } from "./update-dispatch.js";

/** A letter as the plan needs it: its agency, its model's hash, and the rows the dispatch's own files keep of it. */
export interface PlannedLetter {
  agencyId: string;
  modelHash: string;
  rows: readonly (readonly string[])[];
}

export interface DispatchFile {
  format: Format;
  stem: string;
  maker: DispatchFileMaker;
}

/** The makers of the dispatch's own files among the run's formats (their modules loaded now: they are small). */
export async function dispatchFileMakers(formats: readonly Format[]): Promise<DispatchFile[]> {
  const found: DispatchFile[] = [];
  for (const format of formats) {
    const spec = dispatchFormat(format);
    if (spec) found.push({ format, stem: spec.stem, maker: await dispatchFileMaker(spec.id as "journal") });
  }
  return found;
}

/** The first letter of a dispatch whose row a dispatch file cannot hold as it is, for each such file. */
export function refusedRows<L extends PlannedLetter>(
  letters: readonly L[],
  files: readonly DispatchFile[],
): { format: Format; letter: L; column: string; value: string }[] {
  const found: { format: Format; letter: L; column: string; value: string }[] = [];
  for (const [i, { format, maker }] of files.entries()) {
    for (const letter of letters) {
      const refused = maker.refuse(letter.rows[i] ?? []);
      if (refused) {
        found.push({ format, letter, ...refused });
        break;
      }
    }
  }
  return found;
}

/**
 * The dispatch files (`<dispatch>/<format>`) a letter's row stops, each said as an error (added to `errors`) at the
 * letter's agency in its registry (`at`: the registry's positions).
 */
export function refusedDispatchFiles<L extends PlannedLetter & { dispatchId: string; sourcePath: (string | number)[] }>(
  dispatches: readonly { id: string; at: (path: (string | number)[], severity: "error", message: string, hint?: string) => Diagnostic }[],
  letters: readonly L[],
  files: readonly DispatchFile[],
  errors: Diagnostic[],
): Set<string> {
  const refused = new Set<string>();
  for (const { id, at } of dispatches) {
    for (const { format, letter, column, value } of refusedRows(
      letters.filter((l) => l.dispatchId === id),
      files,
    )) {
      const said = say.api.journalFormula({ agency: letter.agencyId, column, value });
      errors.push({ ...at(letter.sourcePath, "error", said.message, said.hint), code: said.code });
      refused.add(`${id}/${format}`);
    }
  }
  return refused;
}

export interface JobOptions<L extends PlannedLetter> {
  dispatch: string;
  letterFormats: readonly Format[];
  /** The letter formats a dispatch file names (see generate): those the run writes, or all. */
  listed?: readonly Format[];
  /** The dispatch's own files to write (none unless every letter of the dispatch was composed and no row refused). */
  dispatchFiles?: readonly DispatchFile[];
  /** Rows of `letters` by the index of their file in the run's list of dispatch files. */
  rowIndex?: (file: DispatchFile) => number;
  inputOf: (format: Format, modelHash: string) => string;
  /** Renders a letter in a format, carrying the file's stamp as its fingerprint. */
  render: (letter: L, format: Format, fingerprint: string) => Promise<Uint8Array>;
}

export function dispatchJobs<L extends PlannedLetter>(letters: readonly L[], o: JobOptions<L>): LetterJob[] {
  const jobs: LetterJob[] = letters.flatMap((l) =>
    o.letterFormats.map((format) => {
      const stamp = { input: o.inputOf(format, l.modelHash), letter: l.modelHash };
      const fingerprint = stampText({ at: stampAt(o.dispatch, letterFileName(l.agencyId, format)), letter: stamp.letter });
      return { agency: l.agencyId, format, ...stamp, render: () => o.render(l, format, fingerprint) };
    }),
  );
  for (const file of o.dispatchFiles ?? []) {
    const i = o.rowIndex?.(file) ?? 0;
    const rows = letters.map((l) => ({ row: l.rows[i] ?? [], files: (o.listed ?? []).map((f) => letterFileName(l.agencyId, f)) }));
    const letter = sha256(JSON.stringify(rows));
    jobs.push({ agency: file.stem, format: file.format, input: o.inputOf(file.format, letter), letter, render: async () => file.maker.render(rows) });
  }
  return jobs;
}

/** Any failure of an injected writer becomes a FileError naming the file (exit 3). */
export function guardedWrite(write: (file: string, bytes: Uint8Array) => Promise<void>) {
  return async (file: string, bytes: Uint8Array) => {
    try {
      await write(file, bytes);
    } catch (e) {
      throw e instanceof BrevError ? e : cannotWrite(file, file, e);
    }
  };
}
