// A large run renders on worker threads (one per core); what a letter's bytes are must not depend on that. Rendered
// by the thread pool and on the calling thread, the budget letters are the same, byte for byte; and a
// generate run told to use two threads writes the same letters as the brev command on its main thread.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { loadFonts } from "../../src/render/fonts.js";
import { startRenderPool, WORKER } from "../../src/render/render-pool.js";
import { prepareRenderers } from "../../src/render/renderers.js";
import { sha256 } from "../../src/shared/hash.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { BUDGET, REPO } from "../helpers/sample.js";
import { DISPATCH_DIR, hashes, workspace } from "../helpers/workspace.js";

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("render threads", () => {
  it("start without a V8 flag set at run time (no forced garbage collection)", () => {
    const src = path.join(REPO, "src");
    const flagged = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.m?[jt]s$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((file) => /setFlagsFromString|expose-gc/.test(readFileSync(file, "utf8")));
    expect(flagged).toEqual([]);
  });

  it("started from the TypeScript source, run the TypeScript worker (no build needed)", () => {
    const worker = fileURLToPath(WORKER);
    expect(path.relative(REPO, worker)).toBe(path.join("src", "render", "render-worker-source.mjs"));
    expect(existsSync(worker)).toBe(true);
  });

  it("render every budget letter to the same bytes as the calling thread, in the order asked", async () => {
    // The budget letters: tables, links, the logo, both written standards. (shared-work.test.ts covers the sample too.)
    for (const project of [BUDGET]) {
      const { letters, images } = await composeLetters([], { cwd: project });
      const here = await prepareRenderers(["pdf", "docx"], {}, images);
      const pool = startRenderPool(2, { assets: { fonts: await loadFonts(), images }, options: {} });
      try {
        const jobs = letters.flatMap((l) => (["pdf", "docx"] as const).map((format) => ({ format, model: l.model })));
        const threaded = await Promise.all(jobs.map((j) => pool.render(j.format, j.model)));
        for (const [i, j] of jobs.entries())
          expect(sha256(threaded[i] as Uint8Array), `${j.model.meta.references.recipient} ${j.format}`).toBe(sha256(await here.render(j.format, j.model)));
      } finally {
        await pool.close();
      }
      await expect(pool.render("pdf", letters[0]?.model as never)).rejects.toThrow(/closed/);
    }
  }, 30_000);

  it("a run on two threads writes the letters the brev command wrote on its main thread", async () => {
    const threaded = await workspace();
    made.push(threaded);
    const run = await runInProcess(["generate", "-q"], threaded, { context: { renderThreads: 2 } });
    expect(run.code, run.stderr).toBe(0);
    // The arkivmeldinger too: the threads are told the run's formats (an arkivmelding names the DOCX when it is written).
    const letters = async (dir: string) => Object.fromEntries(Object.entries(await hashes(dir)).filter(([f]) => /\.(pdf|docx|arkivmelding\.xml)$/.test(f)));
    const files = await letters(path.join(threaded, DISPATCH_DIR));
    expect(Object.keys(files)).toHaveLength(18);
    // The sample letters the built CLI wrote once for all tests (18 files: the main thread).
    expect(files).toEqual(await letters(path.join(inject("samples").sample, path.basename(DISPATCH_DIR))));
  }, 60_000);
});
