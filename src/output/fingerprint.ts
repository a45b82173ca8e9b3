// The hash of a letter's inputs, as the manifest records it: everything that shapes the file. When any of it changes
// (the letter model, the format, brev's version, its renderers' code, the file date, and for a PDF the fonts) the
// file is re-rendered. What shapes one format only is hashed into that format only, so `-f docx` and a full run agree.
import { sha256 } from "./hash.js";
import type { Format } from "./letter-path.js";

export interface RunInputs {
  brev: string;
  /** A hash of the renderers' own code. */
  renderers: string;
  fileDate: Date | undefined;
  /** Per format, hashes of what else shapes that format's files (the PDF's embedded fonts). */
  assets: Partial<Record<Format, string[]>>;
}

/** What every letter of a run shares, per format; computed once per run. */
export function runFingerprints(inputs: RunInputs, formats: readonly Format[]): Record<Format, string> {
  const shared = { brev: inputs.brev, renderers: inputs.renderers, fileDate: inputs.fileDate?.toISOString() ?? null };
  return Object.fromEntries(formats.map((f) => [f, sha256(JSON.stringify({ ...shared, format: f, assets: inputs.assets[f] ?? [] }))])) as Record<
    Format,
    string
  >;
}

export function letterInput(fingerprint: string, model: unknown): string {
  return sha256(`${fingerprint}\n${JSON.stringify(model)}`);
}
