// `generate` composes each letter once per run, however many letters the run makes: each letter's model is composed,
// hashed and kept packed until it is rendered (model/packed-model.ts), never composed again to render it.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { ModelPacker, unpackModel } from "../../src/model/packed-model.js";
import { bigRegistry, workspace } from "../helpers/workspace.js";

// Each composition counted. The test files of a worker share one module graph (vitest.config.ts: isolate false), where
// brev's modules may be loaded already: this file loads generate afresh, with the counting compose, and lets it go after.
const composed = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/compose/compose-letter.js", async (original) => {
  const real = await original<typeof import("../../src/compose/compose-letter.js")>();
  return {
    ...real,
    composeLetter: (...args: Parameters<typeof real.composeLetter>) => {
      composed.count++;
      return real.composeLetter(...args);
    },
  };
});

/** More than the 500 letters up to which an earlier brev kept the models (and composed larger runs twice). */
const LETTERS = 520;
let dir: string;
let generate: typeof import("../../src/api/generate.js").generate;

beforeAll(async () => {
  vi.resetModules();
  ({ generate } = await import("../../src/api/generate.js"));
  dir = await workspace();
  await bigRegistry(dir, LETTERS);
});
afterAll(async () => {
  vi.resetModules();
  await rm(dir, { recursive: true, force: true });
});

describe("generate composes each letter once", () => {
  it(`composes each of ${LETTERS} letters once while writing the journal, which lists every one`, async () => {
    composed.count = 0;
    // The journal only: every letter composed, one file written (the letters' own files would cost seconds here).
    const report = await generate({ formats: ["journal"] }, { cwd: dir });
    expect(report.errors).toEqual([]);
    expect(report.written.map((f) => f.path)).toEqual([path.join("out", "inkluderingsdugnaden-2020", "journal.csv")]);
    expect(composed.count).toBe(LETTERS);
    // The journal holds the composed letters: a row for each, the last one's agency among them.
    const journal = await readFile(path.join(dir, "out", "inkluderingsdugnaden-2020", "journal.csv"), "utf8");
    expect(journal.trim().split("\r\n")).toHaveLength(LETTERS + 1);
    expect(journal).toContain(`agency-${LETTERS - 1}`);
  }, 60_000);

  it("gives back from a packed model exactly the model composed, in a fraction of its size", async () => {
    const { letters } = await composeLetters([], { cwd: dir });
    const packer = new ModelPacker();
    let json = 0;
    let packed = 0;
    for (const { dispatchId, model } of letters.slice(0, 50)) {
      const text = JSON.stringify(model);
      const p = packer.pack(dispatchId, text);
      expect(unpackModel(p)).toEqual(model);
      json += text.length;
      packed += p.bytes.length;
    }
    expect(packed).toBeLessThan(json / 5);
  }, 60_000);
});
