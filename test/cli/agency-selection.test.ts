// `-a ""` selects no agency: a usage error, never "every agency" (issue 17, point 9).
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { selectAgencies } from "../../src/registry/select-agencies.js";
import { UsageError } from "../../src/shared/errors.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { SAMPLE } from "../helpers/sample.js";

describe("an empty agency selection", () => {
  it.each([[["-a", ""]], [["-a", " , "]], [["--agency=", "-a", "dss"]]])("generate %j is a usage error that writes nothing", async (args) => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-agency-"));
    const run = await runInProcess(["generate", ...args, "-o", out], SAMPLE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Name at least one agency id (e.g. -a dss), or leave -a out to make every agency's letter.");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(await readdir(out)).toEqual([]);
  });

  it("is refused by the library too, not read as every agency", () => {
    expect(() => selectAgencies([], [])).toThrow(UsageError);
    expect(selectAgencies([], undefined)({} as never)).toBe(true);
  });
});
