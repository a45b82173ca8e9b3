// Generates the sample letters (data/ and templates/ of this repo) into a temporary folder, once per test file.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type GenerateReport, generate } from "../../src/index.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEEDS = path.join(REPO, "test/fixtures/seeds");

export async function generateSample(): Promise<{ outDir: string; report: GenerateReport }> {
  const outDir = await mkdtemp(path.join(tmpdir(), "brev-sample-"));
  const report = await generate({ outDir }, { cwd: REPO });
  return { outDir, report };
}
