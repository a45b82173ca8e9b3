// A run that changes nothing is told from the last clean run's record (output/run-record.ts), composing nothing; any
// change to what the letters are made from, or to the files in out/, takes the whole way and is handled as before.
import { appendFile, cp, mkdtemp, readFile, rename, rm, symlink, truncate, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BrevContext } from "../../src/api/context.js";
import { generate } from "../../src/api/generate.js";
import type { GenerateOptions } from "../../src/model/commands.js";
import { DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

// The arkivmelding and the journal: every letter and the dispatch's own file, without the cost of drawing PDFs.
const OPTIONS: GenerateOptions = { formats: ["arkivmelding", "journal"] };
let dir: string;
const ctx = (more: Partial<BrevContext> = {}): BrevContext => ({ cwd: dir, ...more });
const run = (more: Partial<GenerateOptions> = {}, context: Partial<BrevContext> = {}) => generate({ ...OPTIONS, ...more }, ctx(context));
const manifestFile = () => path.join(dir, DISPATCH_DIR, "manifest.json");

// One project generated once; each test works on a copy of it (project and out/ together), as after a clean run.
let generated: string;
beforeAll(async () => {
  generated = await workspace();
  const first = await generate(OPTIONS, { cwd: generated });
  expect(first.errors).toEqual([]);
  expect(first.written.length).toBeGreaterThan(5);
});
afterAll(() => rm(generated, { recursive: true, force: true }));
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "brev-ws-"));
  await cp(generated, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("a run that changes nothing", () => {
  it("is told from the record: the same files up to date, nothing read but their hashes", async () => {
    const before = await hashes(path.join(dir, "out"));
    const again = await run();
    expect(again.fromRecord).toBe(true);
    const first = await generate({ ...OPTIONS, force: true }, ctx());
    expect(first.fromRecord).toBeUndefined();
    expect(again.unchanged.map((f) => f.path).sort()).toEqual(first.written.map((f) => f.path).sort());
    expect(again.written).toEqual([]);
    // Nothing in out/ changed, the manifest included (its record holds no time).
    expect(await hashes(path.join(dir, "out"))).toEqual(before);
  });

  it("keeps a record that names no time or machine path, the same for the same inputs elsewhere", async () => {
    const manifest = JSON.parse(await readFile(manifestFile(), "utf8"));
    expect(manifest.run.key).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.run.files).toEqual(["assets/logo-stand-in.svg"]);
    const other = await workspace();
    try {
      await generate(OPTIONS, { cwd: other });
      expect(await readFile(path.join(other, DISPATCH_DIR, "manifest.json"), "utf8")).toBe(await readFile(manifestFile(), "utf8"));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});

describe("any change takes the whole way", () => {
  const wholeWay = async (more: Partial<GenerateOptions> = {}, context: Partial<BrevContext> = {}) => {
    const report = await run(more, context);
    expect(report.fromRecord).toBeUndefined();
    return report;
  };

  it("an edit in the registry: that letter is made again", async () => {
    await editFile(path.join(dir, SAMPLE_REGISTRY), "name: Digitaliseringsdirektoratet", "name: Digitaliseringsdirektoratet (nytt navn)");
    const report = await wholeWay();
    expect(report.written.map((f) => `${f.agency}.${f.format}`)).toEqual(expect.arrayContaining(["digdir.arkivmelding", "journal.journal"]));
    // and the next run is told from the new record
    expect((await run()).fromRecord).toBe(true);
  });

  it("an edit in a template", async () => {
    await appendFile(path.join(dir, "templates/inkluderingsdugnaden.nb.md.hbs"), "\nEn ny setning.\n");
    const report = await wholeWay();
    expect(report.written.length).toBeGreaterThan(0);
  });

  it("a new logo", async () => {
    const logo = path.join(dir, "assets/logo-stand-in.svg");
    await editFile(logo, "</svg>", '<rect x="0" y="0" width="1" height="1"/></svg>');
    await wholeWay();
  });

  it("a letter changed by hand: refused as before (and no record is kept while it is)", async () => {
    const file = path.join(dir, DISPATCH_DIR, "dss.arkivmelding.xml");
    await writeFile(file, `${await readFile(file, "utf8")}<!-- endret -->\n`);
    const report = await wholeWay();
    expect(report.refused.map((f) => f.agency)).toEqual(["dss"]);
    expect(JSON.parse(await readFile(manifestFile(), "utf8")).run).toBeUndefined();
    expect((await wholeWay()).refused.map((f) => f.agency)).toEqual(["dss"]);
  });

  it("a letter deleted: written again", async () => {
    await unlink(path.join(dir, DISPATCH_DIR, "dss.arkivmelding.xml"));
    const report = await wholeWay();
    expect(report.written.map((f) => `${f.agency}.${f.format}.${f.reason}`)).toEqual(["dss.arkivmelding.missing"]);
  });

  it("a letter of an agency no longer in the registry: said", async () => {
    await writeFile(path.join(dir, DISPATCH_DIR, "gammel.arkivmelding.xml"), "<x/>");
    const report = await wholeWay();
    expect(report.orphaned.map((o) => o.path)).toEqual([path.join(DISPATCH_DIR, "gammel.arkivmelding.xml")]);
  });

  it("another file date, other libraries, other formats", async () => {
    await wholeWay({}, { fileDate: new Date("2021-01-01T00:00:00Z") });
    await wholeWay({}, { libraryVersion: (pkg) => `${pkg}-99.0.0` });
    await wholeWay({ formats: ["arkivmelding"] });
  });

  it("a record that is not the one brev wrote", async () => {
    const manifest = JSON.parse(await readFile(manifestFile(), "utf8"));
    manifest.run.key = "0".repeat(64);
    await writeFile(manifestFile(), JSON.stringify(manifest));
    await wholeWay();
    // A record naming a file outside the project is no record at all (never read).
    manifest.run.files = ["../outside.svg"];
    await writeFile(manifestFile(), JSON.stringify(manifest));
    await wholeWay();
  });

  it("an out/ that is a link, not named: refused as before (the record is never read through it)", async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), "brev-out-"));
    try {
      await rename(path.join(dir, "out"), path.join(elsewhere, "out"));
      await symlink(path.join(elsewhere, "out"), path.join(dir, "out"));
      await expect(run()).rejects.toThrow(/link/);
      // Named with -o, a link is the user's choice: the record is read through it.
      expect((await run({ outDir: "out", outNamed: true })).fromRecord).toBe(true);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it("a templates folder that is a link to outside the project: nothing read there, the problem said as before", async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), "brev-templates-"));
    try {
      await rename(path.join(dir, "templates"), path.join(elsewhere, "templates"));
      await symlink(path.join(elsewhere, "templates"), path.join(dir, "templates"));
      const report = await wholeWay();
      expect(report.errors.map((e) => e.message).join("\n")).toMatch(/outside the project/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it("a letter deleted together with its record: made again", async () => {
    const manifest = JSON.parse(await readFile(manifestFile(), "utf8"));
    delete manifest.letters.dss;
    await writeFile(manifestFile(), JSON.stringify(manifest));
    await unlink(path.join(dir, DISPATCH_DIR, "dss.arkivmelding.xml"));
    const report = await wholeWay();
    expect(report.written.map((f) => `${f.agency}.${f.format}.${f.reason}`)).toEqual(["dss.arkivmelding.missing"]);
  });

  it("another dispatch's folder copied in its place: judged letter by letter", async () => {
    // A second dispatch (a copy of the registry under another id), run clean; then its folder replaced by a copy of
    // the first one's, its manifest saying the second's id.
    const second = path.join(dir, "data", "second.yaml");
    await writeFile(second, (await readFile(path.join(dir, SAMPLE_REGISTRY), "utf8")).replace("id: inkluderingsdugnaden-2020", "id: second"));
    expect((await wholeWay()).errors).toEqual([]);
    expect((await run()).fromRecord).toBe(true);
    const copy = path.join(dir, "out", "second");
    await rm(copy, { recursive: true });
    await cp(path.join(dir, DISPATCH_DIR), copy, { recursive: true });
    await editFile(path.join(copy, "manifest.json"), '"dispatch": "inkluderingsdugnaden-2020"', '"dispatch": "second"');
    const report = await wholeWay();
    expect(report.written.filter((f) => f.dispatch === "second").length).toBeGreaterThan(0);
  });

  it("a file too large for brev to read in the templates folder: not hashed, the whole way", async () => {
    const big = path.join(dir, "templates", "big.bin");
    await writeFile(big, "");
    await truncate(big, 64 * 1024 * 1024);
    await wholeWay();
    await wholeWay();
  });

  it("forced, checked or pruned runs, and runs of some agencies, always take it", async () => {
    await wholeWay({ force: true });
    await wholeWay({ check: true });
    await wholeWay({ prune: true });
    await wholeWay({ agencies: ["dss"] });
  });
});
