// out/<dispatch>/manifest.json: per letter and format, the hash of what shaped the file and the hash of the file.
// It holds no times, so two runs over the same inputs write the same manifest.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Format } from "./letter-path.js";
import { writeAtomic } from "./write-atomic.js";

export interface FileRecord {
  /** Hash of everything that shapes the file: the letter model, format, fonts, brev's version, file date. */
  input: string;
  /** Hash of the file's bytes. */
  sha256: string;
}

export interface Manifest {
  brev: string;
  dispatch: string;
  letters: Record<string, Partial<Record<Format, FileRecord>>>;
}

export const MANIFEST = "manifest.json";

export function emptyManifest(dispatch: string, brev: string): Manifest {
  return { brev, dispatch, letters: {} };
}

/** The manifest in `dir`, or an empty one when there is none or it cannot be trusted (then every file is re-checked). */
export async function readManifest(dir: string, dispatch: string, brev: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST), "utf8");
  } catch {
    return emptyManifest(dispatch, brev);
  }
  try {
    const data = JSON.parse(text) as Manifest;
    if (data.dispatch !== dispatch || typeof data.letters !== "object" || data.letters === null) return emptyManifest(dispatch, brev);
    const letters: Manifest["letters"] = {};
    for (const [id, files] of Object.entries(data.letters)) {
      if (files && typeof files === "object") Object.defineProperty(letters, id, { value: files, enumerable: true, writable: true, configurable: true });
    }
    return { brev, dispatch, letters };
  } catch {
    return emptyManifest(dispatch, brev);
  }
}

export function serializeManifest(manifest: Manifest): string {
  const letters: Manifest["letters"] = {};
  for (const id of Object.keys(manifest.letters).sort()) {
    const files = manifest.letters[id] ?? {};
    const sorted: Partial<Record<Format, FileRecord>> = {};
    for (const format of Object.keys(files).sort() as Format[]) {
      const record = files[format];
      if (record) sorted[format] = { input: record.input, sha256: record.sha256 };
    }
    if (Object.keys(sorted).length > 0) letters[id] = sorted;
  }
  return `${JSON.stringify({ brev: manifest.brev, dispatch: manifest.dispatch, letters }, null, 2)}\n`;
}

export async function writeManifest(dir: string, manifest: Manifest, write = writeAtomic): Promise<void> {
  await write(path.join(dir, MANIFEST), new TextEncoder().encode(serializeManifest(manifest)));
}
