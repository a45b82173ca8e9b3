// A throwaway project folder (data/, templates/ and assets/ copied from the test sample), for tests that edit it.
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sha256 } from "../../src/shared/hash.js";
import { SAMPLE } from "./sample.js";

export const SAMPLE_REGISTRY = "data/inkluderingsdugnaden-2020.yaml";
export const DISPATCH_DIR = "out/inkluderingsdugnaden-2020";
export const BUDGET_REGISTRY = "data/budsjettendring-2020.yaml";

export async function workspace(project: string = SAMPLE): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-ws-"));
  for (const folder of ["data", "templates", "assets"]) await cp(path.join(project, folder), path.join(dir, folder), { recursive: true });
  return dir;
}

export async function editFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(file, text.replace(from, to));
}

/** sha256 of every file below `dir`, by relative path. */
export async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = sha256(await readFile(full));
  }
  return out;
}

/** A registry with `count` agencies made from the sample's five. */
export async function bigRegistry(dir: string, count: number): Promise<string> {
  const { parse, stringify } = await import("yaml");
  const sample = parse(await readFile(path.join(SAMPLE, SAMPLE_REGISTRY), "utf8"));
  const base = sample.agencies as { id: string; name: string }[];
  sample.agencies = Array.from({ length: count }, (_, i) => {
    const b = base[i % base.length] as { id: string; name: string };
    return { ...b, id: `agency-${i}`, name: `${b.name} ${i}` };
  });
  const file = path.join(dir, "data", "inkluderingsdugnaden-2020.yaml");
  await writeFile(file, stringify(sample));
  return file;
}
