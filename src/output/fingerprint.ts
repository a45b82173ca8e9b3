// The hash of a letter's inputs, as the manifest records it: everything that shapes the file. When any of it changes
// (the letter model, brev's version, the file date, and per format what the render stage says shapes it: its code,
// its libraries' installed versions, its fonts) the file is re-rendered. Each format hashes only what shapes it, so
// `-f docx` and a full run agree.
import { FORMATS, type Format, formatSpec } from "../model/formats.js";
import { sha256 } from "../shared/hash.js";

export interface RunInputs {
  brev: string;
  fileDate: Date | undefined;
  /** Per format, what else shapes its files (see render/renderers.ts). */
  shapedBy: Partial<Record<Format, readonly string[]>>;
}

/** The hash of a letter model: computed once per letter, shared by its formats. */
export function modelHash(model: unknown): string {
  return modelTextHash(JSON.stringify(model));
}

/** The same, of the model's JSON text (when the caller has it already). */
export function modelTextHash(json: string): string {
  return sha256(json);
}

/** Returns the input hash of a letter (by its model's hash) in a format; the per-format part is computed once per run. */
export function inputHasher(inputs: RunInputs): (format: Format, modelHash: string) => string {
  const shared = { brev: inputs.brev, fileDate: inputs.fileDate?.toISOString() ?? null };
  const perFormat = new Map<Format, string>();
  return (format, model) => {
    let fingerprint = perFormat.get(format);
    if (!fingerprint) {
      fingerprint = sha256(JSON.stringify({ ...shared, format, shapedBy: inputs.shapedBy[format] ?? [] }));
      perFormat.set(format, fingerprint);
    }
    return sha256(`${fingerprint}\n${model}`);
  };
}

/**
 * What a letter file carries to vouch for itself, in its metadata (PDF: XMP; DOCX: a custom property; arkivmelding: an XML comment): which letter
 * file it is (`at`: `<dispatch>/<agency>.<extension>`, so a copy under another name is known for one and is never brev's
 * there) and the hash of the letter model it was made from, which a letter's formats share (so a PDF and a DOCX made
 * from different inputs can be told apart, and a file copied over another letter's is known). The rest of what shapes
 * a file (brev's code, libraries, fonts) stays in the manifest's input hash only: a file's bytes depend on its letter
 * and its date, not on how brev was installed.
 */
export interface Stamp {
  at: string;
  letter: string;
}

/** Where a letter file is, as its stamp names it: `<dispatch>/<file name>`. */
export function stampAt(dispatch: string, fileName: string): string {
  return `${dispatch}/${fileName}`;
}

/** The stamp as the renderers write it: a plain string, `letter:<dispatch>/<agency>.<extension>:<model hash>`. */
export function stampText(stamp: Stamp): string {
  return `letter:${stamp.at}:${stamp.letter}`;
}

/** The letter files' extensions (`pdf`, `arkivmelding.xml`), longest first. */
const EXTENSIONS = FORMATS.map((f) => formatSpec(f).extension).sort((a, b) => b.length - a.length);

// Ids are lower-case letters, digits and hyphens (shared/id.ts), at most 64 characters (the registry's limit).
const STAMP = new RegExp(`^letter:([a-z0-9-]{1,64}/[a-z0-9-]{1,64}\\.(?:${EXTENSIONS.map((e) => e.replaceAll(".", "\\.")).join("|")})):([0-9a-f]{64})`);

/** The stamp at the start of `text`, if there is one (a stamp that names no file, of an earlier brev, is none). */
export function parseStamp(text: string): Stamp | undefined {
  const m = STAMP.exec(text);
  return m ? { at: m[1] as string, letter: m[2] as string } : undefined;
}

/** The longest stamp text. */
export const STAMP_LENGTH = stampText({
  at: `${"a".repeat(64)}/${"a".repeat(64)}.${EXTENSIONS[0]}`,
  letter: "0".repeat(64),
}).length;
