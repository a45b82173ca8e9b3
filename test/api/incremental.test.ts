// Manifest-driven runs, in-process: only changed letters are rendered; --check, --force, --prune; orphans; shards.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("incremental generate", () => {
  it("re-renders exactly the letter whose ref changed, and --check says so before and not after", async () => {
    const dir = await workspace();
    expect((await runInProcess(["generate"], dir)).stdout).toContain("19 written, 0 unchanged");
    const before = await hashes(path.join(dir, DISPATCH_DIR));

    expect((await runInProcess(["generate"], dir)).stdout).toContain("0 written, 19 unchanged");
    await editFile(path.join(dir, SAMPLE_REGISTRY), "our_ref: 20/49-15", "our_ref: 20/49-16");

    const check = await runInProcess(["generate", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("stale   out/inkluderingsdugnaden-2020/distriktssenteret.pdf");
    expect(check.stdout).toContain("4 to write, 15 up to date, 0 orphaned");
    expect(await hashes(path.join(dir, DISPATCH_DIR))).toEqual(before);

    const run = await runInProcess(["generate"], dir);
    expect(run.stdout).toContain("4 written, 15 unchanged");
    const after = await hashes(path.join(dir, DISPATCH_DIR));
    const changed = Object.keys(after)
      .filter((f) => after[f] !== before[f])
      .sort();
    // The letter, and the journal list that carries its reference.
    expect(changed).toEqual(["distriktssenteret.arkivmelding.xml", "distriktssenteret.docx", "distriktssenteret.pdf", "journal.csv", "manifest.json"]);

    const recheck = await runInProcess(["generate", "--check"], dir);
    expect(recheck.code).toBe(0);
    expect(recheck.stdout).toContain("0 to write, 19 up to date, 0 orphaned");
  });

  it("renders a missing file again, leaves a file changed by hand alone, and --force renders all", async () => {
    const dir = await workspace();
    await runInProcess(["generate", "-q"], dir);
    await rm(path.join(dir, DISPATCH_DIR, "htu.pdf"));
    await writeFile(path.join(dir, DISPATCH_DIR, "dss.docx"), "not a letter");
    const check = await runInProcess(["generate", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/missing\s+out\/inkluderingsdugnaden-2020\/htu\.pdf/);
    expect(check.stderr).toContain("changed by hand: out/inkluderingsdugnaden-2020/dss.docx");
    const run = await runInProcess(["generate"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 written, 17 unchanged, 1 left alone");
    expect(await readFile(path.join(dir, DISPATCH_DIR, "dss.docx"), "utf8")).toBe("not a letter");
    expect((await runInProcess(["generate", "--force"], dir)).stdout).toContain("19 written, 0 unchanged");
  });

  it("reports letters of removed agencies, and --prune deletes them", async () => {
    const dir = await workspace();
    await runInProcess(["generate", "-q"], dir);
    const registry = path.join(dir, SAMPLE_REGISTRY);
    const text = await readFile(registry, "utf8");
    await writeFile(registry, text.replace(/ {2}- id: htu\n(?: {4}.*\n)*/, ""));
    const run = await runInProcess(["generate"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("orphaned out/inkluderingsdugnaden-2020/htu.pdf");
    expect((await runInProcess(["generate", "--check"], dir)).code).toBe(1);
    const pruned = await runInProcess(["generate", "--prune"], dir);
    expect(pruned.stdout).toContain("pruned out/inkluderingsdugnaden-2020/htu.docx");
    const files = Object.keys(await hashes(path.join(dir, DISPATCH_DIR)));
    expect(files.some((f) => f.startsWith("htu."))).toBe(false);
    const manifest = JSON.parse(await readFile(path.join(dir, DISPATCH_DIR, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.letters).sort()).toEqual(["digdir", "distriktssenteret", "dss", "journal", "kartverket", "valgdirektoratet"]);
    expect((await runInProcess(["generate", "--check"], dir)).code).toBe(0);
  });
});

describe("sharding", () => {
  it("--shard 1/2 plus --shard 2/2 in one folder is a full run, byte for byte, once a whole run folds their records", async () => {
    const dir = await workspace();
    await runInProcess(["generate", "-q", "-o", "full"], dir);
    const one = await runInProcess(["generate", "--shard", "1/2", "-o", "sharded"], dir);
    const two = await runInProcess(["generate", "--shard", "2/2", "-o", "sharded"], dir);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const n1 = Number(/(\d+) written/.exec(one.stdout)?.[1]);
    const n2 = Number(/(\d+) written/.exec(two.stdout)?.[1]);
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBeGreaterThan(0);
    expect(n1 + n2).toBe(18);
    const full = await hashes(path.join(dir, "full"));
    const sharded = await hashes(path.join(dir, "sharded"));
    // A shard writes no journal.csv (it lists the whole dispatch): the whole run writes it.
    const letters = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([n]) => !n.includes("manifest") && !n.endsWith("journal.csv")));
    expect(Object.keys(sharded).some((n) => n.endsWith("journal.csv"))).toBe(false);
    expect(letters(sharded)).toEqual(letters(full));
    expect(
      Object.keys(sharded)
        .filter((n) => n.includes("manifest"))
        .sort(),
    ).toEqual(["inkluderingsdugnaden-2020/manifest.1-of-2.json", "inkluderingsdugnaden-2020/manifest.2-of-2.json"]);
    const whole = await runInProcess(["generate", "-o", "sharded"], dir);
    expect(whole.stdout).toContain("wrote sharded/inkluderingsdugnaden-2020/journal.csv\n1 written, 18 unchanged");
    expect(await hashes(path.join(dir, "sharded"))).toEqual(full);
  });
});
