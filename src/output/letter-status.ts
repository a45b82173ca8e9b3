// Whether a letter's file on disk is what this run would write, judged by the manifest and the file's own hash.
import { readFile } from "node:fs/promises";
import { sha256 } from "./hash.js";
import type { FileRecord } from "./manifest.js";

export type LetterStatus = "unchanged" | "missing" | "stale" | "altered";

export async function letterStatus(file: string, input: string, record: FileRecord | undefined): Promise<LetterStatus> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return "missing";
  }
  if (!record || record.input !== input) return "stale";
  return sha256(bytes) === record.sha256 ? "unchanged" : "altered";
}
