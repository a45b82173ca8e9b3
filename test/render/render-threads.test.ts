// A large run renders on worker threads (one per core); what a letter's bytes are must not depend on that. Rendered
// by the thread pool and on the calling thread, the budget letters are the same, byte for byte; and a
// generate run told to use two threads writes the same folder as one told to use none.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { loadFonts } from "../../src/render/fonts.js";
import { prepareRenderers } from "../../src/render/renderers.js";
import { startRenderPool } from "../../src/render/render-pool.js";
import { sha256 } from "../../src/shared/hash.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { BUDGET } from "../helpers/sample.js";
import { bigRegistry, DISPATCH_DIR, hashes, workspace } from "../helpers/workspace.js";

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("render threads", () => {
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

  it("a run on two threads writes what a run on the calling thread writes", async () => {
    const threaded = await workspace();
    made.push(threaded);
    await bigRegistry(threaded, 6);
    const single = await mkdtemp(path.join(tmpdir(), "brev-single-"));
    made.push(single);
    await cp(threaded, single, { recursive: true });
    const a = await runInProcess(["generate", "-q"], threaded, { context: { renderThreads: 2 } });
    const b = await runInProcess(["generate", "-q"], single, { context: { renderThreads: 1 } });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const files = await hashes(path.join(threaded, DISPATCH_DIR));
    expect(Object.keys(files).filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(12);
    expect(files).toEqual(await hashes(path.join(single, DISPATCH_DIR)));
  }, 60_000);
});
