// Letters in out/<dispatch>/ whose agency is no longer in the registry, and leftovers of interrupted writes.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { STEM } from "./letter-path.js";
import type { Manifest } from "./manifest.js";

const LETTER_FILE = new RegExp(`^(${STEM.source.slice(1, -1)})\\.(pdf|docx)$`);
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** File names of letters (by the manifest or on disk) for agencies not in `known`. */
export async function findOrphans(dir: string, manifest: Manifest, known: ReadonlySet<string>): Promise<string[]> {
  const names = new Set<string>();
  for (const [id, files] of Object.entries(manifest.letters)) {
    if (!known.has(id)) for (const format of Object.keys(files)) names.add(`${id}.${format}`);
  }
  for (const name of await listDir(dir)) {
    const m = LETTER_FILE.exec(name);
    if (m?.[1] && !known.has(m[1])) names.add(name);
  }
  return [...names].sort();
}

/** Removes temp files that a killed run left behind (they are never the real file). */
export async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await listDir(dir)) {
    if (TEMP_FILE.test(name)) await rm(path.join(dir, name), { force: true });
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
