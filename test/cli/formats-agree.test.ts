// A letter's PDF and DOCX never end a run with exit 0 while they were made from different inputs: a run of one
// format (-f pdf) after the registry changed writes the PDF, and says the DOCX is now another letter.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("a letter whose formats disagree", () => {
  it("makes generate and --check exit 1, naming both files", async () => {
    const cwd = await workspace();
    const [pdf, docx] = [`${DISPATCH_DIR}/dss.pdf`, `${DISPATCH_DIR}/dss.docx`];
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "deadline: 2020-12-01", "deadline: 2020-12-15");

    const run = await runInProcess(["generate", "-a", "dss", "-f", "pdf"], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrote ${pdf}`);
    expect(run.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx} were made from different inputs`);
    expect(run.stderr).toContain("to make them one letter: brev generate -a dss");
    const check = await runInProcess(["generate", "--check", "-a", "dss", "-f", "pdf"], cwd);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx}`);
  });
});
