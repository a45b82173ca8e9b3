// A bench project: the sample dispatch (templates, logo) with N agencies made from the sample's, each its own id and name.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const REGISTRY = "data/inkluderingsdugnaden-2020.yaml";

/**
 * Copies the sample project; with `agencies`, the sample dispatch gets that many (the others are left out), made from
 * the sample's agencies in turn, or, with `nameOnly`, all from its first: letters that differ in the name only.
 */
export async function benchProject(agencies, { nameOnly = false } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-bench-"));
  for (const folder of ["templates", "assets"]) await cp(path.join(REPO, folder), path.join(dir, folder), { recursive: true });
  const sample = parse(await readFile(path.join(REPO, REGISTRY), "utf8"));
  if (agencies !== undefined) {
    const base = sample.agencies;
    sample.agencies = Array.from({ length: agencies }, (_, i) => {
      const from = base[nameOnly ? 0 : i % base.length];
      return { ...from, id: `${from.id}-${i}`, name: `${from.name} ${i}`, ...(from.short_name ? { short_name: `${from.short_name} ${i}` } : {}) };
    });
  }
  await cp(path.join(REPO, "data"), path.join(dir, "data"), { recursive: true });
  await writeFile(path.join(dir, REGISTRY), stringify(sample));
  return dir;
}
