// One broken registry stops only its own letters (issue 18, point 5): its errors are said, the other registries'
// letters are written (or checked), the run exits 1, and nothing of the broken dispatch is written or pruned.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const GOOD = "out/inkluderingsdugnaden-2020";
const BROKEN = "out/andre-2020";

/** A project of two dispatches, both written once; then the second registry is broken and loses an agency. */
async function twoDispatches(breakIt: (file: string) => Promise<void>): Promise<{ dir: string; before: Record<string, string> }> {
  const dir = await workspace();
  const second = path.join(dir, "data/andre-2020.yaml");
  await copyFile(path.join(dir, SAMPLE_REGISTRY), second);
  await editFile(second, "id: inkluderingsdugnaden-2020", "id: andre-2020");
  const first = await runInProcess(["generate", "-f", "docx", "-a", "dss,htu"], dir);
  expect(first.code, first.stderr).toBe(0);
  // An agency gone from the broken registry: a --prune of that dispatch would delete its letter.
  await editFile(second, "  - id: htu", "  - id: htu-gone");
  await breakIt(second);
  // The good registry changed too: its letters are to be written again.
  await editFile(path.join(dir, SAMPLE_REGISTRY), "date: 2020-10-30", "date: 2020-11-02");
  return { dir, before: await hashes(path.join(dir, BROKEN)) };
}

const unfinished = (file: string) => editFile(file, "deadline: 2020-12-01", "deadline: YYYY-MM-DD");
const unparseable = async (file: string) => writeFile(file, `dispatch: [\n${await readFile(file, "utf8")}`);

describe.each([
  ["an unfinished registry (deadline: YYYY-MM-DD)", unfinished, /^data\/andre-2020\.yaml:\d+:\d+: error: /m],
  ["a registry that cannot be parsed", unparseable, /^data\/andre-2020\.yaml:\d+:\d+: error: /m],
])("%s", (_name, breakIt, said) => {
  let dir = "";
  let before: Record<string, string> = {};
  beforeAll(async () => {
    ({ dir, before } = await twoDispatches(breakIt));
  }, 60_000);

  it("list shows the good dispatch's agencies and the broken one's errors, exits 1", async () => {
    const run = await runInProcess(["list"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stdout).toMatch(/^inkluderingsdugnaden-2020 +dss +Departementenes/m);
    expect(run.stdout).not.toContain("andre-2020");
  });

  it("generate --check checks the good dispatch, says the broken one's errors, exits 1, touches nothing", async () => {
    const goodBefore = await hashes(path.join(dir, GOOD));
    const run = await runInProcess(["generate", "--check", "-f", "docx", "-a", "dss"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toContain(`${GOOD}/dss.docx`);
    expect(run.stdout).not.toContain(BROKEN);
    expect(await hashes(path.join(dir, GOOD))).toEqual(goodBefore);
    expect(await hashes(path.join(dir, BROKEN))).toEqual(before);
  });

  it("generate --prune writes the good dispatch's letters, leaves the broken one's folder as it was, exits 1", async () => {
    const goodBefore = await hashes(path.join(dir, GOOD));
    const run = await runInProcess(["generate", "--prune", "-f", "docx", "-a", "dss"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toContain("nothing was written");
    expect(run.stdout).toContain(`wrote ${GOOD}/dss.docx`);
    expect(run.stdout).not.toContain(BROKEN);
    const goodAfter = await hashes(path.join(dir, GOOD));
    expect(goodAfter["dss.docx"]).not.toBe(goodBefore["dss.docx"]);
    expect(await hashes(path.join(dir, BROKEN))).toEqual(before);
  });

  it("generate writes the rest of the good dispatch, and again leaves the broken one alone", async () => {
    const run = await runInProcess(["generate", "-f", "docx", "--json"], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { ok: boolean; errors: { file: string; code?: string }[]; written: { path: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.errors.every((e) => e.file === "data/andre-2020.yaml")).toBe(true);
    expect(doc.written.map((w) => w.path)).toContain(`${GOOD}/htu.docx`);
    expect(doc.written.every((w) => w.path.startsWith(`${GOOD}/`))).toBe(true);
    expect(await hashes(path.join(dir, BROKEN))).toEqual(before);
  });

  it("-a naming an agency only the broken registry has: its errors, not 'unknown agency'", async () => {
    const run = await runInProcess(["generate", "-f", "docx", "-a", "htu-gone"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toContain("unknown agency");
    expect(await hashes(path.join(dir, BROKEN))).toEqual(before);
  });

  it("validate still reports the broken registry's errors and exits 1", async () => {
    const run = await runInProcess(["validate"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).toContain("nothing was written");
  });
});

describe("two broken registries, one of them without a readable dispatch id", () => {
  it("validate reports the errors of both; generate writes the good dispatch and exits 1", async () => {
    const dir = await workspace();
    for (const name of ["andre-2020", "tredje-2020"]) {
      const file = path.join(dir, `data/${name}.yaml`);
      await copyFile(path.join(dir, SAMPLE_REGISTRY), file);
      await editFile(file, "id: inkluderingsdugnaden-2020", `id: ${name}`);
    }
    await unfinished(path.join(dir, "data/andre-2020.yaml"));
    await unparseable(path.join(dir, "data/tredje-2020.yaml"));
    const validate = await runInProcess(["validate"], dir);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(/^data\/andre-2020\.yaml:\d+:\d+: error: /m);
    expect(validate.stderr).toMatch(/^data\/tredje-2020\.yaml:\d+:\d+: error: /m);
    const run = await runInProcess(["generate", "-f", "docx", "-a", "dss"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrote ${GOOD}/dss.docx`);
    expect(run.stderr).toMatch(/^data\/andre-2020\.yaml:\d+:\d+: error: /m);
    expect(run.stderr).toMatch(/^data\/tredje-2020\.yaml:\d+:\d+: error: /m);
    expect(await hashes(dir).then((h) => Object.keys(h).filter((f) => f.startsWith("out/") && !f.startsWith(`${GOOD}/`)))).toEqual([]);
  }, 60_000);
});

describe("two registries with one dispatch id", () => {
  it("stop that dispatch (both would write one folder), and only it: the third registry's letters are written", async () => {
    const dir = await workspace();
    for (const [name, id] of [
      ["andre-2020", "andre-2020"],
      ["andre-igjen-2020", "andre-2020"],
    ]) {
      const file = path.join(dir, `data/${name}.yaml`);
      await copyFile(path.join(dir, SAMPLE_REGISTRY), file);
      await editFile(file, "id: inkluderingsdugnaden-2020", `id: ${id}`);
    }
    const run = await runInProcess(["generate", "-f", "docx", "-a", "dss"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data\/andre-igjen-2020\.yaml:\d+:\d+: error: .*"andre-2020".*data\/andre-2020\.yaml/m);
    expect(run.stdout).toContain(`wrote ${GOOD}/dss.docx`);
    expect(Object.keys(await hashes(dir)).filter((f) => f.startsWith("out/") && !f.startsWith(`${GOOD}/`))).toEqual([]);
  }, 60_000);
});
