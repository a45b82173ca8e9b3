// What a reviewer and a CI job read: brev diff, --json documents, and the JSON Schema.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brev } from "../helpers/cli.js";
import { REPO } from "../helpers/sample.js";
import { editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

async function gitWorkspace(): Promise<string> {
  const dir = await workspace();
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=brev", "-c", "user.email=brev@example.invalid", "commit", "-qm", "registry");
  return dir;
}

describe("brev diff", () => {
  it("shows the one letter whose date changed, and only its date line", async () => {
    const dir = await gitWorkspace();
    await editFile(path.join(dir, SAMPLE_REGISTRY), "    date: 2020-11-11", "    date: 2020-11-12");
    const run = brev(["diff", "--json"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { letters: { agency: string; status: string; patch: string }[]; unchanged: number };
    expect(report.letters.map((l) => [l.agency, l.status])).toEqual([["distriktssenteret", "changed"]]);
    expect(report.unchanged).toBe(4);
    const changes = (report.letters[0]?.patch ?? "").split("\n").filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(changes).toEqual(["-Dato: 11. november 2020", "+Dato: 12. november 2020"]);

    const human = brev(["diff"], dir);
    expect(human.stdout).toContain("+Dato: 12. november 2020");
    expect(human.stdout).toContain("1 letter(s) change, 4 unchanged (against HEAD)");
  });

  it("shows nothing when nothing changed, and names added letters", async () => {
    const dir = await gitWorkspace();
    expect(brev(["diff"], dir).stdout).toContain("0 letter(s) change, 5 unchanged");
    await editFile(path.join(dir, SAMPLE_REGISTRY), "  - id: digdir\n", "  - id: nyetat\n    name: Nytt etat\n  - id: digdir\n");
    const report = JSON.parse(brev(["diff", "--json"], dir).stdout) as { letters: { agency: string; status: string }[] };
    expect(report.letters).toEqual([expect.objectContaining({ agency: "nyetat", status: "added" })]);
  });

  it("refuses a base that is not a commit", async () => {
    const run = brev(["diff", "--base", "no-such-branch"], await gitWorkspace());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base: "no-such-branch" is not a commit');
  });
});

describe("--json", () => {
  it.each([["generate", "--check"], ["validate"], ["list"], ["diff"]])("brev %s prints one JSON document and nothing else on stdout", async (...args) => {
    const dir = await gitWorkspace();
    const run = brev([...args, "--json"], dir);
    const doc = JSON.parse(run.stdout) as { ok: boolean };
    expect(typeof doc.ok).toBe("boolean");
  });

  it("stays one JSON document when a template tries to print (the {{log}} helper is refused, not run)", () => {
    const dir = path.join(REPO, "test/fixtures/bad/template-log");
    const run = brev(["validate", "registry.yaml", "-t", "templates", "--json"], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { errors: { message: string }[] };
    expect(doc.errors[0]?.message).toContain('unknown helper "log"');
    expect(run.stdout).not.toContain("hei fra malen");
    expect(run.stderr).toBe("");
  });

  it("reports invalid input as JSON with positions", async () => {
    const run = brev(["validate", "--json", "test/fixtures/bad/impossible-date/registry.yaml"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { ok: boolean; errors: { file: string; line: number; col: number; message: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.errors[0]).toMatchObject({ file: "test/fixtures/bad/impossible-date/registry.yaml", line: 6, col: 9 });
    expect(run.stderr).toBe("");
  });
});

describe("brev schema", () => {
  it("matches the committed schema, which the sample registry points its editor at", async () => {
    const run = brev(["schema"]);
    expect(run.code).toBe(0);
    const committed = await readFile(path.join(REPO, "data/registry.schema.json"), "utf8");
    expect(run.stdout).toBe(committed);
    const schema = JSON.parse(committed) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["dispatch", "sender", "agencies"]));
    expect((await readFile(path.join(REPO, SAMPLE_REGISTRY), "utf8")).split("\n")[0]).toBe("# yaml-language-server: $schema=./registry.schema.json");
  });
});
