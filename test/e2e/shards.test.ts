// The CI matrix, run here: n shard runs of the CLI, each in its own folder (as matrix jobs; the workflow's steps with
// the shards as processes of the built command, the matrix's arithmetic through the same `run` in this process);
// their out/ folders copied together (as the merge job copies the artifacts); then --check exits 0 on the merged
// folder as it is, and the first run of the whole dispatch folds the shards' manifest parts into manifest.json, after
// which the folder equals a single full run byte for byte. With 1, 2 and 5 shards.
// SHARD_AGENCIES sets the registry's size: .ci/run uses 2000 agencies and both formats; npm test, to stay fast, 12
// agencies and the DOCX only (the shards' records and their merging do not depend on the format).
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brevAsync } from "../helpers/cli.js";
import { brevHere } from "../helpers/run-in-process.js";
import { bigRegistry, DISPATCH_DIR, hashes, workspace } from "../helpers/workspace.js";

const AGENCIES = Number(process.env.SHARD_AGENCIES ?? 12);
const FORMATS = process.env.SHARD_AGENCIES ? ["pdf", "docx"] : ["docx"];
const FLAGS = ["-f", FORMATS.join(",")];
const DISPATCH = path.basename(DISPATCH_DIR);

describe(`a matrix of shards on ${AGENCIES} agencies`, () => {
  it("merged by copying the folders together equals a single full run", async () => {
    const project = await workspace();
    const registry = path.relative(project, await bigRegistry(project, AGENCIES));
    const root = await mkdtemp(path.join(tmpdir(), "brev-matrix-"));
    // The reference: one run of the whole dispatch, without --shard.
    const full = path.join(root, "full");
    expect((await brevHere(["generate", "-q", ...FLAGS, registry, "-o", full], project)).code).toBe(0);
    const expected = await hashes(path.join(full, DISPATCH));
    expect(Object.keys(expected)).toHaveLength(AGENCIES * FORMATS.length + 1);

    // CI (SHARD_AGENCIES set) splits one, two and five ways; npm test three ways, to stay fast.
    for (const count of process.env.SHARD_AGENCIES ? [1, 2, 5] : [3]) {
      // Each shard in its own folder, as matrix jobs are.
      const runs: Awaited<ReturnType<typeof brevHere>>[] = [];
      for (let j = 0; j < count; j++) {
        runs.push(await brevHere(["generate", "-q", ...FLAGS, registry, "--shard", `${j + 1}/${count}`, "-o", path.join(root, `${count}-${j + 1}`)], project));
      }
      expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, ""]));
      if (count === 1) {
        // One shard is the whole dispatch: it writes manifest.json, and the same bytes as the run without --shard.
        expect(await hashes(path.join(root, "1-1", DISPATCH))).toEqual(expected);
        continue;
      }
      const merged = path.join(root, `merged-${count}`);
      for (let i = 1; i <= count; i++) await cp(path.join(root, `${count}-${i}`), merged, { recursive: true });
      const names = await readdir(path.join(merged, DISPATCH));
      // A shard writes its records to its own part (one with no letters writes none); one shard is a whole run.
      const manifests = names.filter((n) => n.startsWith("manifest"));
      expect(manifests.length).toBeGreaterThan(count / 2);
      for (const m of manifests) expect(m).toMatch(new RegExp(`^manifest\\.[1-${count}]-of-${count}\\.json$`));
      // Every letter is there, once, each shard's own.
      expect(names.filter((n) => !n.startsWith("manifest")).sort()).toEqual(
        Object.keys(expected)
          .filter((n) => !n.startsWith("manifest"))
          .sort(),
      );

      const check = await brevHere(["generate", "--check", ...FLAGS, registry, "-o", merged], project);
      expect([count, check.code, check.stdout]).toEqual([count, 0, `0 to write, ${AGENCIES * FORMATS.length} up to date, 0 orphaned\n`]);
      // The merge job's whole run: nothing to write; the parts are folded into manifest.json.
      const fold = await brevHere(["generate", ...FLAGS, registry, "-o", merged], project);
      expect([count, fold.code, fold.stdout]).toEqual([count, 0, `0 written, ${AGENCIES * FORMATS.length} unchanged\n`]);
      expect(await hashes(path.join(merged, DISPATCH))).toEqual(expected);
    }
  }, 900_000);

  it("as the workflow runs them: out/ from the cache, each shard keeps only what it wrote, the merge job folds and prunes", async () => {
    const project = await workspace();
    // The workflow's steps, not its scale: a small registry.
    const AGENCIES = 12;
    const registry = await bigRegistry(project, AGENCIES);
    const root = await mkdtemp(path.join(tmpdir(), "brev-flow-"));
    const cache = path.join(root, "cache");
    expect((await brevHere(["generate", "-q", ...FLAGS, "-o", cache], project)).code).toBe(0);
    // A change to three agencies, and one agency removed.
    let text = await readFile(registry, "utf8");
    text = text
      .replace(/(id: agency-0\n\s+name: [^\n]+)/, "$1 (endret)")
      .replace(/(id: agency-1\n\s+name: [^\n]+)/, "$1 (endret)")
      .replace(/(id: agency-2\n\s+name: [^\n]+)/, "$1 (endret)");
    text = text.replace(/ {2}- id: agency-3\n(?: {4}[^\n]*\n)+/, "");
    await writeFile(registry, text);

    const count = 2;
    const shipped: string[] = [];
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const out = path.join(root, `shard-${i + 1}`);
        await cp(cache, out, { recursive: true });
        // Files carry sub-millisecond times and Date.now() cuts them to the millisecond: a copied file could seem newer
        // than a start taken at once, so the start is taken between two pauses.
        await new Promise((r) => setTimeout(r, 20));
        const before = Date.now();
        await new Promise((r) => setTimeout(r, 20));
        const run = await brevAsync(["generate", "-q", ...FLAGS, "--shard", `${i + 1}/${count}`, "-o", out], project);
        expect([run.code, run.stderr]).toEqual([0, ""]);
        // "Keep only what this shard wrote": files newer than the start of the run.
        for (const name of await readdir(path.join(out, DISPATCH))) {
          if ((await stat(path.join(out, DISPATCH, name))).mtimeMs > before) shipped.push(`${i + 1}:${name}`);
        }
      }),
    );
    // Only the changed letters were rendered again (and each shard's part of the manifest written).
    const letters = shipped.map((s) => s.slice(2)).filter((n) => !n.startsWith("manifest"));
    expect(letters.sort()).toEqual(["agency-0", "agency-1", "agency-2"].flatMap((a) => FORMATS.map((f) => `${a}.${f}`)).sort());

    const merged = path.join(root, "merged");
    await cp(cache, merged, { recursive: true });
    for (const entry of shipped) {
      const [shard, name] = entry.split(":") as [string, string];
      await cp(path.join(root, `shard-${shard}`, DISPATCH, name), path.join(merged, DISPATCH, name));
    }
    const fold = await brevHere(["generate", "--prune", ...FLAGS, "-o", merged], project);
    expect([fold.code, fold.stdout]).toEqual([
      0,
      expect.stringMatching(new RegExp(`^(pruned .*\n)+0 written, ${(AGENCIES - 1) * FORMATS.length} unchanged, ${FORMATS.length} pruned\n$`)),
    ]);
    expect((await brevHere(["generate", "--check", ...FLAGS, "-o", merged], project)).code).toBe(0);
    const fresh = path.join(root, "fresh");
    expect((await brevHere(["generate", "-q", ...FLAGS, "-o", fresh], project)).code).toBe(0);
    expect(await hashes(path.join(merged, DISPATCH))).toEqual(await hashes(path.join(fresh, DISPATCH)));
  }, 900_000);
});
