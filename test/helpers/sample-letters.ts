// Vitest global setup, after build-first: the built brev command generates both sample projects once, into a
// temporary folder the test files read (`inject("samples")`), so the many tests that only read the sample letters do
// not each make them again. The tests that check how letters are made (reproducible, incremental…) make their own.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface SampleLetters {
  /** out/ of test/fixtures/sample: <dir>/inkluderingsdugnaden-2020/<agency>.pdf|docx */
  sample: string;
  /** out/ of test/fixtures/budget: <dir>/budsjettendring-2020/<agency>.pdf|docx */
  budget: string;
  /** What the built command said making test/fixtures/sample's letters (`brev generate -o <dir>`, exit 0). */
  said: { stdout: string; stderr: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    samples: SampleLetters;
  }
}

export default async function generateSamples(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(path.join(tmpdir(), "brev-samples-"));
  const folders = { sample: path.join(root, "sample"), budget: path.join(root, "budget") };
  // Both at once: one per core. A failed run throws (execFile rejects on a non-zero exit) and no test runs.
  const [said] = await Promise.all(
    Object.entries(folders).map(async ([name, out]) => {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(REPO, "bin/brev.js"), "generate", "-o", out], {
        cwd: path.join(REPO, "test/fixtures", name),
        env: { ...process.env, NO_COLOR: "1", BREV_LANG: "en" },
      });
      return { stdout, stderr };
    }),
  );
  const samples: SampleLetters = { ...folders, said: said as SampleLetters["said"] };
  project.provide("samples", samples);
  return () => rmSync(root, { recursive: true, force: true });
}
