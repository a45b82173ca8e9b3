// `brev diff`: what a reviewer reads on a pull request that edits the registry or a template.
import { execFileSync } from "node:child_process";
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
    expect(human.stdout).toContain("1 letter(s) change, 5 unchanged (against HEAD)");
  });

  it("shows nothing when nothing changed, and names added letters", async () => {
    const dir = await gitWorkspace();
    expect((await runInProcess(["diff"], dir)).stdout).toContain("0 letter(s) change, 6 unchanged");
    await editFile(path.join(dir, SAMPLE_REGISTRY), "  - id: digdir\n", "  - id: nyetat\n    name: Nytt etat\n  - id: digdir\n");
    const report = JSON.parse((await runInProcess(["diff", "--json"], dir)).stdout) as { letters: { agency: string; status: string }[] };
    expect(report.letters).toEqual([expect.objectContaining({ agency: "nyetat", status: "added" })]);
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
