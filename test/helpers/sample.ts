// The sample dispatch the tests use: a copy of the repo's sample under test/fixtures/sample, so that a clerk's edits
// to data/ or templates/ never change what the tests expect.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type GenerateReport, generate } from "../../src/index.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SAMPLE = path.join(REPO, "test/fixtures/sample");
export const SAMPLE_TEMPLATES = path.join(SAMPLE, "templates");
export const SEEDS = path.join(REPO, "test/fixtures/seeds");

/** Generates the sample letters into a new temporary folder. */
export async function generateSample(): Promise<{ outDir: string; report: GenerateReport }> {
  const outDir = await mkdtemp(path.join(tmpdir(), "brev-sample-"));
  const report = await generate({ outDir }, { cwd: SAMPLE });
  return { outDir, report };
}
