// Renderers keep what letters share (shaped words, line breaks, the logo's planes, the DOCX parts made of the
// dispatch's data) for the next letter. None of it may change a byte: every sample and budget letter, rendered first
// in this process (nothing kept yet) and again in the opposite order (everything kept, from other letters), is the
// same file.
import { describe, expect, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { prepareRenderers } from "../../src/render/renderers.js";
import { sha256 } from "../../src/shared/hash.js";
import { BUDGET, SAMPLE } from "../helpers/sample.js";

describe("what renderers keep between letters", () => {
  it("changes no byte of any letter, whatever was rendered before it", async () => {
    const jobs = [];
    for (const project of [SAMPLE, BUDGET]) {
      const { letters, images } = await composeLetters([], { cwd: project });
      for (const l of letters)
        for (const format of ["pdf", "docx"] as const) jobs.push({ format, model: l.model, images, name: `${l.dispatchId}/${l.agencyId}.${format}` });
    }
    const first = new Map<string, string>();
    for (const j of jobs) first.set(j.name, sha256(await (await prepareRenderers([j.format], {}, j.images)).render(j.format, j.model)));
    const again = new Map<string, string>();
    const renderers = new Map<unknown, Awaited<ReturnType<typeof prepareRenderers>>>();
    for (const j of [...jobs].reverse()) {
      let r = renderers.get(j.images);
      if (!r) {
        r = await prepareRenderers(["pdf", "docx"], {}, j.images);
        renderers.set(j.images, r);
      }
      again.set(j.name, sha256(await r.render(j.format, j.model)));
    }
    expect(jobs.length).toBe(18);
    expect(Object.fromEntries(again)).toEqual(Object.fromEntries(first));
  }, 60_000);
});
