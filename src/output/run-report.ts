// What a run of generate did, over every dispatch folder it updated: each folder's update (update-dispatch.ts) tagged
// with its dispatch and added to the run's report.
import type { Diagnostic } from "../shared/diagnostic.js";
import { dispatchFormat, type Format } from "./letter-path.js";
import type { Orphan } from "./orphans.js";
import type { DispatchUpdate, RefusalReason, WriteReason } from "./update-dispatch.js";

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
  /** Told from the last run's record (output/run-record.ts): only the files' hashes were read, no letter composed. */
  fromRecord?: true;
}

export function addUpdate(report: GenerateReport, dispatch: string, update: DispatchUpdate): void {
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
