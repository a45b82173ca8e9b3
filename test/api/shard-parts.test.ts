// A shard's records (manifest.<i>-of-<n>.json) read together with an older manifest.json: where the two disagree,
// the record that vouches for the file on disk counts; a run of the whole dispatch folds the part into the manifest.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/index.js";
import { DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("manifest parts of shards", () => {
  it("a shard's newer records win over the manifest's for its letters; the next whole run folds them in", async () => {
    const cwd = await workspace();
    const dir = path.join(cwd, DISPATCH_DIR);
    const formats = ["docx"] as const;
    await generate({ formats }, { cwd });
    // The letters on the dispatch's date change; shard 1 of 2 brings its letters up to date, recorded in its part only.
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "date: 2020-10-30", "date: 2020-10-29");
    const shard = await generate({ formats, shard: { index: 1, count: 2 } }, { cwd });
    expect(shard.written.length).toBeGreaterThan(0);
    expect((await readdir(dir)).filter((n) => n.startsWith("manifest")).sort()).toEqual(["manifest.1-of-2.json", "manifest.json"]);

    // The shard's letters are up to date by its part (the manifest's older records no longer vouch for them).
    const check = await generate({ formats, check: true }, { cwd });
    const shardWrote = shard.written.map((f) => f.agency);
    expect(check.unchanged.map((f) => f.agency)).toEqual(expect.arrayContaining(shardWrote));
    expect(check.written.map((f) => f.agency).filter((a) => shardWrote.includes(a))).toEqual([]);
    expect(check.written.length).toBeGreaterThan(0);
    expect(check.refused).toEqual([]);

    // The whole run writes the rest and folds the part into manifest.json: the same folder as one run from scratch.
    const whole = await generate({ formats }, { cwd });
    expect(whole.written.map((f) => f.agency)).toEqual(check.written.map((f) => f.agency));
    expect((await readdir(dir)).filter((n) => n.startsWith("manifest"))).toEqual(["manifest.json"]);
    const fresh = await workspace();
    await editFile(path.join(fresh, SAMPLE_REGISTRY), "date: 2020-10-30", "date: 2020-10-29");
    await generate({ formats }, { cwd: fresh });
    expect(await hashes(dir)).toEqual(await hashes(path.join(fresh, DISPATCH_DIR)));
  });
});
