// The sample dispatches the tests use: copies of the repo's two samples, so that a clerk's edits to data/ or templates/
// never change what the tests expect. test/fixtures/sample holds the inkluderingsdugnad letters (the five seeds and a
// letter in nynorsk), which most tests use; test/fixtures/budget the budget-change example.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type GenerateReport, generate } from "../../src/index.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SAMPLE = path.join(REPO, "test/fixtures/sample");
export const SAMPLE_TEMPLATES = path.join(SAMPLE, "templates");
export const BUDGET = path.join(REPO, "test/fixtures/budget");
export const SEEDS = path.join(REPO, "test/fixtures/seeds");

/** Generates the letters of a sample project (default the inkluderingsdugnad sample) into a new temporary folder. */
export async function generateSample(project: string = SAMPLE): Promise<{ outDir: string; report: GenerateReport }> {
  const outDir = await mkdtemp(path.join(tmpdir(), "brev-sample-"));
  const report = await generate({ outDir }, { cwd: project });
  return { outDir, report };
}
