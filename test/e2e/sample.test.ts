// The built CLI as a user runs it: the sample letters, a bad registry, the version. The table-driven cases run
// in-process (test/cli); these few check that the real command behaves the same.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { brev, STACK_FRAME } from "../helpers/cli.js";
import { REPO } from "../helpers/sample.js";

describe("the built brev command", () => {
  it("generate writes the twelve sample letters and their arkivmeldinger and says so", async () => {
    // The run test/helpers/sample-letters.ts made before the tests (`brev generate -o <dir>` in the sample, exit 0).
    const { sample: out, said: run } = inject("samples");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("19 written, 0 unchanged");
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(12);
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).filter((f) => f.endsWith(".arkivmelding.xml"))).toHaveLength(6);
  });

  it("a bad registry exits 1 with file:line:col and no stack trace", () => {
    const run = brev(["validate", "registry.yaml", "-t", "../../sample/templates"], path.join(REPO, "test/fixtures/bad/many-errors"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("registry.yaml:6:9: error: dispatch.date: 2020-13-01 is not a date: there is no month 13");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse((await import("node:fs")).readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(brev(["--version"]).stdout.trim()).toBe(version);
  });
});
