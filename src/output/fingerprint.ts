// The hash of a letter's inputs, as the manifest records it: everything that shapes the file. When any of it changes
// (the letter model, brev's version, the file date, and per format what the render stage says shapes it: its code,
// its libraries' installed versions, its fonts) the file is re-rendered. Each format hashes only what shapes it, so
// `-f docx` and a full run agree.
import type { Format } from "../render/formats.js";
import { sha256 } from "../shared/hash.js";

export interface RunInputs {
  brev: string;
  fileDate: Date | undefined;
  /** Per format, what else shapes its files (see render/renderers.ts). */
  shapedBy: Partial<Record<Format, readonly string[]>>;
}

/** The hash of a letter model: computed once per letter, shared by its formats. */
export function modelHash(model: unknown): string {
  return sha256(JSON.stringify(model));
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
