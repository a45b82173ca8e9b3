// Everything that shapes a file is in its fingerprint: after an upgrade of the DOCX or PDF library, the letters of
// that format are rendered again rather than reported unchanged, with the arkivmeldinger (they name those files);
// the other format's are left alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedVersion } from "../../src/render/renderers.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { REPO } from "../helpers/sample.js";
import { workspace } from "../helpers/workspace.js";

describe("the fingerprint", () => {
  it("reads the versions of the libraries that are really installed", () => {
    const docx = JSON.parse(readFileSync(path.join(REPO, "node_modules/docx/package.json"), "utf8")) as { version: string };
    expect(installedVersion("docx")).toBe(docx.version);
  });

  it.each([
    ["docx", "docx"],
    ["pdfkit", "pdf"],
  ])("an upgrade of %s re-renders every %s letter and only those", async (pkg, format) => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q"], cwd)).code).toBe(0);
    const upgraded = (name: string) => (name === pkg ? "999.0.0" : installedVersion(name));
    const run = await runInProcess(["generate"], cwd, { context: { libraryVersion: upgraded } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("12 written, 7 unchanged");
    const written = run.stdout.split("\n").filter((l) => l.startsWith("wrote "));
    expect(written).toHaveLength(12);
    for (const line of written) expect(line).toMatch(new RegExp(`\\.(${format}|arkivmelding\\.xml)$`));
    expect(written.filter((l) => l.endsWith(".arkivmelding.xml"))).toHaveLength(6);
    // Nothing else changed: the run after reports every letter unchanged again.
    expect((await runInProcess(["generate"], cwd, { context: { libraryVersion: upgraded } })).stdout).toContain("0 written, 19 unchanged");
  });
});
