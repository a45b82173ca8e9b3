// End to end: the built CLI, its exit codes, its messages, and what it leaves on disk.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brev, STACK_FRAME } from "../helpers/cli.js";
import { REPO } from "../helpers/sample.js";

const BAD = path.join(REPO, "test/fixtures/bad");
const badCases = readdirSync(BAD).filter((name) => existsSync(path.join(BAD, name, "expected.json")));

interface Expected {
  exit: number;
  stderr: string[];
  stdout?: string[];
  /** When generate behaves differently from validate: template problems still write the other letters. */
  generate?: { exit: number; files: string[] };
}

describe("bad input, one fixture folder per failure", () => {
  it("has fixtures", () => expect(badCases.length).toBeGreaterThanOrEqual(20));

  describe.each(badCases)("%s", (name) => {
    const dir = path.join(BAD, name);
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
    const templates = existsSync(path.join(dir, "templates")) ? "templates" : path.join(REPO, "templates");

    it(`validate says where and exits ${expected.exit}`, () => {
      const run = brev(["validate", "registry.yaml", "-t", templates], dir);
      expect(run.code).toBe(expected.exit);
      for (const line of expected.stderr) expect(run.stderr).toContain(line);
      for (const line of expected.stdout ?? []) expect(run.stdout).toContain(line);
      if (expected.exit !== 0) expect(run.stderr).toMatch(/^[\w./-]+:\d+:\d+: error: /m);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });

    it(`generate exits ${expected.generate?.exit ?? expected.exit} and writes ${expected.generate ? "only the good letters" : expected.exit === 0 ? "the letters" : "nothing"}`, async () => {
      const out = await mkdtemp(path.join(tmpdir(), "brev-bad-"));
      const run = brev(["generate", "registry.yaml", "-t", templates, "-o", out], dir);
      expect(run.code).toBe(expected.generate?.exit ?? expected.exit);
      for (const line of expected.stderr) expect(run.stderr).toContain(line);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      const written = existsSync(path.join(out, "bad-case")) ? readdirSync(path.join(out, "bad-case")).sort() : [];
      const wanted = expected.generate?.files ?? (expected.exit === 0 ? ["dss.docx", "dss.pdf", "manifest.json"] : []);
      expect(written).toEqual(wanted);
      if (wanted.length === 0) expect(readdirSync(out)).toEqual([]);
    });
  });
});

describe("the sample registry", () => {
  it("generate writes ten letters and names them", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-cli-"));
    const run = brev(["generate", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("10 written, 0 unchanged");
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).sort()).toEqual(
      ["manifest.json", ...["digdir", "distriktssenteret", "dss", "htu", "valgdirektoratet"].flatMap((id) => [`${id}.docx`, `${id}.pdf`])].sort(),
    );
  });

  it("generate -a -f writes only what was asked for", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-cli-"));
    const run = brev(["generate", "-a", "htu", "dss", "-f", "pdf", "-o", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).sort()).toEqual(["dss.pdf", "htu.pdf", "manifest.json"]);
  });

  it("validate passes with warnings for what the seeds did not show", () => {
    const run = brev(["validate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ok: 5 letter(s)");
    expect(run.stderr).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:\d+:\d+: warning: digdir: no address, our_ref, signatories/m);
  });

  it("list shows one line per agency with ref, date and deadline", () => {
    const run = brev(["list"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith("distriktssenteret"))).toMatch(/Distriktssenteret\s+20\/49-15\s+11\.11\.2020\s+1\.12\.2020$/);
  });
});

describe("usage", () => {
  it.each([
    [["frobnicate"], 2, "unknown command"],
    [["generate", "-f", "odt"], 2, "Allowed choices are pdf, docx"],
    [["generate", "-a", "dsss"], 2, 'did you mean "dss"?'],
    [["validate", "no/such.yaml"], 3, "cannot read no/such.yaml: no such file"],
    [["validate", "data"], 3, "cannot read data: not a file"],
    [["generate", "-o", ""], 2, "--out needs a folder name"],
    [["validate", "-t", " "], 2, "--templates needs a folder name"],
  ])("brev %j exits %i", (args, code, message) => {
    const run = brev(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("--help lists the commands and exit codes", () => {
    const run = brev(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/generate[\s\S]*validate[\s\S]*list/);
    expect(run.stdout).toContain("Exit codes");
  });
});
