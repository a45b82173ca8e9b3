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

// Issue 18, point 4: `-a Kartverket` is kartverket; an id no registry has is answered with the nearest ids.
describe("an agency selection in a clerk's own words", () => {
  it.each([[["-a", "Kartverket"]], [["-a", "DSS,Kartverket"]], [["--agency", "KARTVERKET"]]])("generate %j matches ids whatever their case", async (args) => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-agency-"));
    const run = await runInProcess(["generate", ...args, "-f", "pdf", "-o", out], SAMPLE);
    expect(run.code, run.stderr).toBe(0);
    const written = await readdir(path.join(out, "inkluderingsdugnaden-2020"));
    expect(written).toContain("kartverket.pdf");
    expect(written.filter((f) => f.endsWith(".pdf")).length).toBe(args.join().includes("DSS") ? 2 : 1);
  });

  it.each([
    [
      "Kartverket Sør",
      'brev: unknown agency "Kartverket Sør"; did you mean "kartverket"?\n',
      "brev: ukjent virksomhet «Kartverket Sør»; mente du «kartverket»?\n",
    ],
    ["dsss", 'brev: unknown agency "dsss"; did you mean "dss"?\n', "brev: ukjent virksomhet «dsss»; mente du «dss»?\n"],
    ["valgdir", 'brev: unknown agency "valgdir"; did you mean "valgdirektoratet"?\n', undefined],
    ["dsx", 'brev: unknown agency "dsx"; did you mean "dss"?\n', undefined],
    [
      "zzzzzzzz",
      'brev: unknown agency "zzzzzzzz"; known: dss, digdir, valgdirektoratet, htu, distriktssenteret, kartverket\n',
      "brev: ukjent virksomhet «zzzzzzzz»; kjente: dss, digdir, valgdirektoratet, htu, distriktssenteret, kartverket\n",
    ],
  ])("-a %j that no registry has: the nearest ids, in English and bokmål, and nothing written", async (id, en, nb) => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-agency-"));
    const run = await runInProcess(["generate", "-a", id, "-o", out], SAMPLE);
    expect([run.code, run.stderr]).toEqual([2, en]);
    expect(await readdir(out)).toEqual([]);
    if (nb) expect((await runInProcess(["generate", "-a", id, "-o", out, "--lang", "nb"], SAMPLE)).stderr).toBe(nb);
  });
});
