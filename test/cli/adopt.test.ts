// `brev adopt` in-process: what it says of an unchanged letter, and of files it cannot adopt.
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, workspace } from "../helpers/workspace.js";

describe("brev adopt", () => {
  it("adopting an unchanged letter only records it", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss", "-f", "pdf"], cwd)).code).toBe(0);
    const run = await runInProcess(["adopt", `${DISPATCH_DIR}/dss.pdf`], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("it is exactly what brev writes for this letter");
  });

  it.each([
    [["adopt", "README.md"], 2, "README.md is not a letter file"],
    [["adopt", "out/no-such-dispatch/dss.pdf"], 2, 'no registry has a dispatch "no-such-dispatch"'],
    [["adopt", `${DISPATCH_DIR}/nobody.pdf`], 2, 'has no agency "nobody"'],
    [["adopt", `${DISPATCH_DIR}/dss.pdf`], 3, "no such file"],
  ])("brev %j exits %i", async (args, code, message) => {
    const run = await runInProcess(args, await workspace());
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });
});
