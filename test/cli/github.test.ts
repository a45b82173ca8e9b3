// In GitHub Actions (GITHUB_ACTIONS=true, or --report github): every error and warning is a workflow command that
// GitHub shows on the pull request's line, with the file as the repository names it; the job's summary says what
// was written, unchanged, left alone and failed. --json stays one JSON document.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { githubAnnotation } from "../../src/cli/format-diagnostic.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { REPO } from "../helpers/sample.js";
import { editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const ACTIONS = { GITHUB_ACTIONS: "true" };

describe("GitHub annotations", () => {
  it("are printed for each error and warning, with the file as the repository names it", async () => {
    const dir = path.join(REPO, "test/fixtures/bad/yaml-syntax");
    const run = await runInProcess(["validate", "registry.yaml", "-t", "../../../../templates"], dir, { env: { ...ACTIONS, GITHUB_WORKSPACE: REPO } });
    expect(run.code).toBe(1);
    // The title carries the problem's code when it has one (the same in every language).
    expect(run.stdout).toMatch(
      /^::error file=test\/fixtures\/bad\/yaml-syntax\/registry\.yaml,line=15,col=17,title=brev(?: [a-z]+\.[A-Za-z]+)?::\S.*%0Ahint: \S.*\n$/,
    );
    expect(run.stderr).toBe("brev: 1 error; nothing was written\n");
    // --report github does the same outside Actions; --json wins over the environment.
    expect((await runInProcess(["validate", "registry.yaml", "--report", "github", "-t", "../../../../templates"], dir)).stdout).toMatch(
      /^::error file=registry\.yaml,line=15,col=17,/,
    );
    const json = await runInProcess(["validate", "registry.yaml", "--json", "-t", "../../../../templates"], dir, { env: ACTIONS });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errors: [{ line: 15, col: 17 }] });
  });

  it("escape what would end the command early (%, new lines, and in properties : and ,)", () => {
    const line = githubAnnotation(
      { file: "a,b:c.yaml", line: 1, col: 2, path: "", severity: "warning", message: "100 % sure\r\nnext", hint: "x" },
      "a,b:c.yaml",
    );
    expect(line).toBe("::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=brev::100 %25 sure%0D%0Anext%0Ahint: x");
    const coded = githubAnnotation({ file: "r.yaml", line: 3, col: 5, path: "", severity: "error", code: "registry.missingColon", message: "m" }, "r.yaml");
    expect(coded).toBe("::error file=r.yaml,line=3,col=5,title=brev registry.missingColon::m");
  });

  it("warnings too, and the job summary says what was written, unchanged and failed", async () => {
    const cwd = await workspace();
    await editFile(
      path.join(cwd, SAMPLE_REGISTRY),
      "    name: Digitaliseringsdirektoratet\n    address: ~\n    our_ref: ~\n",
      "    name: Digitaliseringsdirektoratet\n    address: ~\n",
    );
    const run = await runInProcess(["generate", "-f", "docx", "-a", "digdir,dss"], cwd, { env: ACTIONS });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("digdir: no our_ref; the letter goes out without it%0Ahint: ");
    expect(run.stdout).toMatch(/^::warning file=data\/inkluderingsdugnaden-2020\.yaml,line=51,col=5,title=brev(?: [a-z]+\.[A-Za-z]+)?::digdir/m);
    expect(run.summary).toBe(
      [
        "### brev generate",
        "",
        "| written | unchanged | left alone | failed |",
        "| ---: | ---: | ---: | ---: |",
        "| 2 | 0 | 0 | 0 |",
        "",
        "**Written:** `out/inkluderingsdugnaden-2020/dss.docx`, `out/inkluderingsdugnaden-2020/digdir.docx`",
        "",
        "",
      ].join("\n"),
    );
    // Outside Actions nothing goes to a summary.
    expect((await runInProcess(["generate", "-f", "docx", "-a", "digdir"], cwd)).summary).toBe("");
  });

  it("the summary of a pull request holds each changed letter's diff", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "brev-gh-diff-"));
    await cp(await workspace(), cwd, { recursive: true });
    const git = (...args: string[]) => runGit(cwd, args);
    await git("init", "-q");
    await git("add", ".");
    await git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base");
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "name: Husleietvistutvalget", "name: Husleietvistutvalet");
    const run = await runInProcess(["diff"], cwd, { env: ACTIONS });
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toMatch(
      /^### Letters changed \(against HEAD\)\n\n1 letter changes, 5 unchanged\.\n\n<details><summary>inkluderingsdugnaden-2020\/htu \(changed\)<\/summary>\n\n```diff\n[\s\S]*\n-Husleietvistutvalget\n\+Husleietvistutvalet\n[\s\S]*```\n\n<\/details>\n/,
    );
  });
});

async function runGit(cwd: string, args: string[]): Promise<void> {
  const { execFileSync } = await import("node:child_process");
  execFileSync("git", args, { cwd });
}
