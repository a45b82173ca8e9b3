// A mistake in a template shared by many letters is one message at the template's line, naming the letters it
// stopped (the first five, then a count), not one message per letter.
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { bigRegistry, editFile, workspace } from "../helpers/workspace.js";

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("a template problem", () => {
  it("is said once, with the letters it stops", async () => {
    const dir = await workspace();
    made.push(dir);
    const template = path.join(dir, "templates/inkluderingsdugnaden.nb.md.hbs");
    await editFile(template, "# Innledning\n", "# Innledning\n\n{{fields.tall}}\n");
    const run = await runInProcess(["validate", "data/inkluderingsdugnaden-2020.yaml"], dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.includes("error:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^templates\/inkluderingsdugnaden\.nb\.md\.hbs:7:\d+: error: .*tall.* \(in 5 letters: dss, digdir, valgdirektoratet, htu, distriktssenteret\)$/,
    );

    // Many letters: the first five by name, the rest counted.
    await bigRegistry(dir, 12);
    const many = await runInProcess(["validate", "data/inkluderingsdugnaden-2020.yaml"], dir);
    const manyLines = many.stderr.split("\n").filter((l) => l.includes("error:"));
    expect(manyLines).toHaveLength(1);
    expect(manyLines[0]).toMatch(/\(in 10 letters: agency-0, agency-1, agency-2, agency-3, agency-4 and 5 more\)$/);
  });
});
