// `brev diff`: what a reviewer reads on a pull request that edits the registry or a template.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
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
    const run = await runInProcess(["diff", "--json"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { letters: { agency: string; status: string; patch: string }[]; unchanged: number };
    expect(report.letters.map((l) => [l.agency, l.status])).toEqual([["distriktssenteret", "changed"]]);
    expect(report.unchanged).toBe(5);
    const changes = (report.letters[0]?.patch ?? "").split("\n").filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(changes).toEqual(["-Dato: 11. november 2020", "+Dato: 12. november 2020"]);

    const human = await runInProcess(["diff"], dir);
    expect(human.stdout).toContain("+Dato: 12. november 2020");
    expect(human.stdout).toContain("1 letter changes, 5 unchanged (against HEAD)");
  });

  it("shows nothing when nothing changed, and names added letters", async () => {
    const dir = await gitWorkspace();
    expect((await runInProcess(["diff"], dir)).stdout).toContain("0 letters change, 6 unchanged");
    await editFile(path.join(dir, SAMPLE_REGISTRY), "  - id: digdir\n", "  - id: nyetat\n    name: Nytt etat\n  - id: digdir\n");
    const report = JSON.parse((await runInProcess(["diff", "--json"], dir)).stdout) as { letters: { agency: string; status: string }[] };
    expect(report.letters).toEqual([expect.objectContaining({ agency: "nyetat", status: "added" })]);
  });

  it("says which registry it could not read at the base, and why, and compares every other registry as usual", async () => {
    const dir = await workspace();
    const good = (await readFile(path.join(dir, SAMPLE_REGISTRY), "utf8")).replace("  id: inkluderingsdugnaden-2020", "  id: andre-2020");
    const second = path.join(dir, "data/andre-2020.yaml");
    // At the base, the second registry's YAML is broken on line 7; in the working tree it is whole.
    await writeFile(second, good.replace("  id: andre-2020", "  id: [andre-2020"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=brev", "-c", "user.email=brev@example.invalid", "commit", "-qm", "registry");
    await writeFile(second, good);

    const run = await runInProcess(["diff"], dir);
    expect(run.code).toBe(0);
    // Once, at the line where the YAML breaks, with the reason.
    const warnings = run.stderr.split("\n").filter((l) => l.includes(": warning: "));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^data\/andre-2020\.yaml:7:\d+: warning: at HEAD this registry could not be read, so its letters are compared with nothing and show as added: \S/,
    );
    // The sample registry is compared as usual; only the unreadable one's six letters are new.
    expect(run.stdout).toContain("6 letters change, 6 unchanged (against HEAD)");
    expect(run.stdout.match(/^\+\+\+ b\/andre-2020\//gm)).toHaveLength(6);
  });

  it("exits 1 when the working tree has errors, and says a template's mistake once for all its letters", async () => {
    const dir = await gitWorkspace();
    // One agency has fields of its own, so its hint ("this letter's fields") differs from the others'.
    await editFile(path.join(dir, SAMPLE_REGISTRY), "  - id: digdir\n", "  - id: digdir\n    fields: { a: 1 }\n");
    for (const language of ["nb", "nn"]) {
      const template = path.join(dir, `templates/inkluderingsdugnaden.${language}.md.hbs`);
      await writeFile(template, `${await readFile(template, "utf8")}\n{{fields.nope}}\n`);
    }
    const run = await runInProcess(["diff"], dir);
    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((l) => l.includes(": error: "));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors)
      expect(line).toMatch(
        /^templates\/inkluderingsdugnaden\.n[bn]\.md\.hbs:\d+:\d+: error: "fields\.nope" is not a field this letter has \(in \d+ letters?: /,
      );
    expect(new Set(errors.map((l) => l.split(":")[0])).size).toBe(errors.length);
  });

  it("refuses a base that is not a commit", async () => {
    const run = await runInProcess(["diff", "--base", "no-such-branch"], await gitWorkspace());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base: "no-such-branch" is not a commit');
  });

  it("prints one JSON document", async () => {
    const run = await runInProcess(["diff", "--json"], await gitWorkspace());
    expect((JSON.parse(run.stdout) as { ok: boolean }).ok).toBe(true);
  });
});
