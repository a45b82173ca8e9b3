// Whether a letter's file on disk is what this run would write, judged by the manifest and the file's own hash.
import { access, readFile } from "node:fs/promises";
import { sha256 } from "./hash.js";
import type { FileRecord } from "./manifest.js";

export type LetterStatus = "unchanged" | "missing" | "stale" | "altered";

export async function letterStatus(file: string, input: string, record: FileRecord | undefined): Promise<LetterStatus> {
  // Only a file the manifest could vouch for is read and hashed; for any other, knowing it exists is enough.
  if (!record || record.input !== input) return (await exists(file)) ? "stale" : "missing";
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return "missing";
  }
  return sha256(bytes) === record.sha256 ? "unchanged" : "altered";
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
