// Records a letter file as it is now, changed by hand or not, so later runs leave it alone until its inputs change.
// It is recorded against the inputs it was made from (what it carries, else what brev last wrote there), never
// against newer ones: a file made from older inputs is refused, or the dispatch would hold two different letters
// to one agency (its other format made from the new inputs).
import path from "node:path";
import { say } from "../i18n/catalogue.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { FileError, UsageError } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";
import type { DispatchFolder } from "./dispatch-folder.js";
import { type LockOptions, lockFolder } from "./folder-lock.js";
import { LETTER_MAX_BYTES } from "./letter-file.js";
import { dispatchFormat, FORMATS, type Format, formatSpec, letterFileName, parseLetterFileName } from "./letter-path.js";
import { readManifest, recordFor, setRecord, writeManifest } from "./manifest.js";
import type { LetterJob } from "./update-dispatch.js";

/** A letter file named on the command line: where it is, and the dispatch, agency and format its place names. */
export interface AdoptTarget {
  full: string;
  dispatch: string;
  agency: string;
  format: Format;
}

/** The dispatch and agency a letter file's path names (`out/<dispatch>/<agency>.<extension>`), if it names one. */
export function namedLetter(full: string): { dispatch: string; agency: string } | undefined {
  const letter = parseLetterFileName(path.basename(full));
  return letter && { dispatch: path.basename(path.dirname(full)), agency: letter.agency };
}

/** A file to adopt, checked against the agencies of each dispatch that loaded; a usage error when it is no letter of them. */
export function adoptTarget(file: string, cwd: string, agencies: ReadonlyMap<string, ReadonlySet<string>>): AdoptTarget {
  const full = path.resolve(cwd, file);
  const letter = parseLetterFileName(path.basename(full));
  const dispatch = path.basename(path.dirname(full));
  if (!letter) throw new UsageError(say.api.notLetterFile({ file }));
  if (dispatchFormat(letter.format)) throw new UsageError(say.api.notAdoptable({ file }));
  const known = agencies.get(dispatch);
  if (!known) throw new UsageError(say.api.noSuchDispatch({ file, dispatch }));
  if (!known.has(letter.agency)) throw new UsageError(say.api.noSuchAgency({ file, dispatch, agency: letter.agency }));
  return { full, dispatch, ...letter };
}

export type AdoptResult =
  /**
   * Recorded; `same`: the file is exactly what brev writes for these inputs (then it is simply recorded, not marked).
   * `apart`: the letter's files in other formats (as shown) that do not carry the clerk's text: brev's own renderings,
   * while the adopted file's text is the clerk's (or cannot be read: a PDF). Until they agree the dispatch holds two
   * texts to one agency, which generate and --check report.
   */
  | { adopted: true; same: boolean; apart: string[]; warnings: Diagnostic[] }
  /** Refused: the file was made from other inputs than the letter's now (they changed since). */
  | { adopted: false; warnings: Diagnostic[] };

export async function adoptLetter(
  folder: DispatchFolder,
  job: LetterJob,
  options: {
    dispatch: string;
    brev: string;
    lock: LockOptions;
    /** Whether the file reads as the letter brev renders (only its bytes differ); false when brev cannot tell. */
    sameText: (rendered: Uint8Array) => Promise<boolean>;
  },
): Promise<AdoptResult> {
  const lock = await lockFolder(folder, options.lock);
  try {
    const name = letterFileName(job.agency, job.format);
    const file = await folder.inspect(name, job.format);
    if (!file) throw new FileError(say.output.adoptNoFile({ file: folder.shown(name) }), folder.pathOf(name));
    if (file.size > LETTER_MAX_BYTES) {
      throw new FileError(say.output.adoptTooLarge({ file: folder.shown(name), size: file.size }), folder.pathOf(name));
    }
    const { manifest, warnings } = await readManifest(folder, options.dispatch, options.brev);
    const record = recordFor(manifest, job.agency, job.format, file.sha256);
    if (!madeFromThese(file.stamp ?? record, job)) return { adopted: false, warnings };
    const rendered = await job.render();
    const same = sha256(rendered) === file.sha256;
    const sameText = same || (await options.sameText(rendered));
    const marks = same ? {} : { adopted: true as const, ...(sameText ? { sameText: true as const } : {}) };
    setRecord(manifest, job.agency, job.format, { input: job.input, sha256: file.sha256, letter: job.letter, ...marks });
    await writeManifest(folder, manifest);
    // The clerk's text is in this file only: its other formats that hold the text, where brev wrote them, do not
    // carry it (the arkivmelding holds no text of the letter).
    const apart: string[] = [];
    if (!sameText && formatSpec(job.format).text) {
      for (const format of FORMATS.filter((f) => formatSpec(f).text)) {
        const other = letterFileName(job.agency, format);
        if (format === job.format || (await folder.kind(other)) !== "file") continue;
        if (!manifest.letters[job.agency]?.[format]?.adopted) apart.push(folder.shown(other));
      }
    }
    return { adopted: true, same, apart, warnings };
  } finally {
    await lock.release();
  }
}

/**
 * Whether a file was made from the letter this job makes: by what the file carries (Word keeps a DOCX's custom
 * properties), else by what brev last wrote there. The letter's text is what counts (a newer brev or font alone
 * changes no word); where the letter is not known (a manifest of an older brev), all of its inputs. A file nothing
 * is known of is taken as made from these inputs, as the clerk says by adopting it.
 */
function madeFromThese(source: { input?: string; letter?: string } | undefined, job: LetterJob): boolean {
  if (!source) return true;
  return source.letter !== undefined ? source.letter === job.letter : source.input === job.input;
}
