// Every bad-input fixture (test/fixtures/bad/<case>/) through the CLI's own `run`, in this process: validate and
// generate, their exit codes, their messages (file:line:col, no stack trace) and what they leave on disk.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../src/i18n/catalogue.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { REPO, SAMPLE_TEMPLATES } from "../helpers/sample.js";

const BAD = path.join(REPO, "test/fixtures/bad");
const badCases = readdirSync(BAD).filter((name) => existsSync(path.join(BAD, name, "expected.json")));

interface Expected {
  exit: number;
  stderr: string[];
  /** The same problems as bokmål words (`--lang nb`): whole lines, compared exactly. */
  stderr_nb?: string[];
  stdout?: string[];
  /** When generate behaves differently from validate: template problems still write the other letters. */
  generate?: { exit: number; files: string[] };
}

describe("bad input, one fixture folder per failure", () => {
  it("has fixtures", () => expect(badCases.length).toBeGreaterThanOrEqual(40));

  // Exit 70 is for brev's own bugs: no fixture may expect it, and every run below compares the code exactly.
  it("expects only the exit codes of bad input, usage and files (never 70)", () => {
    for (const name of badCases) {
      const expected = JSON.parse(readFileSync(path.join(BAD, name, "expected.json"), "utf8")) as Expected;
      expect([0, 1, 2, 3], name).toContain(expected.exit);
      expect([0, 1, 2, 3, undefined], name).toContain(expected.generate?.exit);
    }
  });

  // Every word of every fixture's answer in bokmål comes from the catalogue: no English sentence is left (data in
  // quotes aside), and every problem has a code the catalogue knows.
  it("speaks bokmål through and through, each problem with a known code", async () => {
    const known = new Set(Object.entries(CATALOGUES.en).flatMap(([section, entries]) => Object.keys(entries).map((k) => `${section}.${k}`)));
    const english = /\b(?:the|is not|must|cannot|should|expected|write it|was|were|this|that|which|there|with)\b/;
    const leaks: string[] = [];
    for (const name of badCases) {
      const dir = path.join(BAD, name);
      const templates = existsSync(path.join(dir, "templates")) ? "templates" : SAMPLE_TEMPLATES;
      // One run in bokmål with --json: every problem's words and code, and the run's own summary.
      const nb = JSON.parse((await runInProcess(["validate", "registry.yaml", "-t", templates, "--json", "--lang", "nb"], dir)).stdout) as {
        message?: string;
        errors?: { code?: string; message: string; hint?: string }[];
        warnings?: { code?: string; message: string; hint?: string }[];
      };
      const problems = [...(nb.errors ?? []), ...(nb.warnings ?? [])];
      for (const words of [nb.message ?? "", ...problems.flatMap((d) => [d.message, d.hint ?? ""])])
        if (english.test(words.replace(/«[^»]*»|"[^"]*"|`[^`]*`|\([^)]*\)/g, ""))) leaks.push(`${name}: ${words}`);
      for (const d of problems) if (!known.has(d.code ?? "")) leaks.push(`${name}: code ${d.code}`);
    }
    expect(leaks).toEqual([]);
  });

  describe.each(badCases)("%s", (name) => {
    const dir = path.join(BAD, name);
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
    const templates = existsSync(path.join(dir, "templates")) ? "templates" : SAMPLE_TEMPLATES;

    it(`validate says where and exits ${expected.exit}`, async () => {
      const run = await runInProcess(["validate", "registry.yaml", "-t", templates], dir);
      expect(run.code).toBe(expected.exit);
      for (const line of expected.stderr) expect(run.stderr).toContain(line);
      for (const line of expected.stdout ?? []) expect(run.stdout).toContain(line);
      if (expected.exit !== 0) expect(run.stderr).toMatch(/^[\w./-]+:\d+:\d+: error: /m);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      // Never zod's own words: every message says what to write, in a clerk's words.
      expect(run.stderr).not.toMatch(/Invalid input|Too small|Too big|expected record|received (null|array|string|number)/);
    });

    if (expected.stderr_nb)
      it("says the same in bokmål, with the same codes", async () => {
        const nb = await runInProcess(["validate", "registry.yaml", "-t", templates, "--lang", "nb"], dir);
        expect(nb.code).toBe(expected.exit);
        const lines = nb.stderr.split("\n");
        for (const line of expected.stderr_nb ?? []) expect(lines).toContain(line);
        const codes = async (lang: string) =>
          (
            JSON.parse((await runInProcess(["validate", "registry.yaml", "-t", templates, "--json", "--lang", lang], dir)).stdout) as {
              errors?: { code?: string }[];
            }
          ).errors?.map((e) => e.code);
        const en = await codes("en");
        expect(en?.every((c) => typeof c === "string" && /^[a-z]+\.[A-Za-z]+$/.test(c))).toBe(true);
        expect(await codes("nb")).toEqual(en);
      });

    it(`generate exits ${expected.generate?.exit ?? expected.exit} and writes ${expected.generate ? "only the good letters" : expected.exit === 0 ? "the letters" : "nothing"}`, async () => {
      const out = await mkdtemp(path.join(tmpdir(), "brev-bad-"));
      const run = await runInProcess(["generate", "registry.yaml", "-t", templates, "-o", out], dir);
      expect(run.code).toBe(expected.generate?.exit ?? expected.exit);
      for (const line of expected.stderr) expect(run.stderr).toContain(line);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      const written = existsSync(path.join(out, "bad-case")) ? readdirSync(path.join(out, "bad-case")).sort() : [];
      const wanted = expected.generate?.files ?? (expected.exit === 0 ? ["dss.arkivmelding.xml", "dss.docx", "dss.pdf", "journal.csv", "manifest.json"] : []);
      expect(written).toEqual(wanted);
      if (wanted.length === 0) expect(readdirSync(out)).toEqual([]);
    });
  });
});
