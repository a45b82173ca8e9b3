// The command line as a user types it, in-process: the sample's commands, usage errors, help, and --json documents.
import { readdirSync } from "node:fs";
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";
import { editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const LETTERS = ["digdir", "distriktssenteret", "dss", "htu", "kartverket", "valgdirektoratet"];

describe("the sample registry", () => {
  it("generate writes twelve letters with their arkivmeldinger and names them", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-cli-"));
    const run = await runInProcess(["generate", "-o", out], SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("19 written, 0 unchanged");
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).sort()).toEqual(
      ["manifest.json", "journal.csv", ...LETTERS.flatMap((id) => [`${id}.docx`, `${id}.pdf`, `${id}.arkivmelding.xml`])].sort(),
    );
  });

  it("generate -a -f writes only what was asked for: comma lists, or the option again", async () => {
    for (const args of [
      ["-a", "htu,dss", "-f", "pdf"],
      ["-a", "htu", "-a", "dss", "-f", "pdf"],
    ]) {
      const out = await mkdtemp(path.join(tmpdir(), "brev-cli-"));
      const run = await runInProcess(["generate", ...args, "-o", out], SAMPLE);
      expect(run.code, run.stderr).toBe(0);
      expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).sort()).toEqual(["dss.pdf", "htu.pdf", "manifest.json"]);
    }
  });

  it("-a and -f never take a registry named after them for an agency or a format", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-cli-"));
    const run = await runInProcess(["generate", "-a", "dss", "-f", "docx,pdf", "data/inkluderingsdugnaden-2020.yaml", "-o", out], SAMPLE);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(out, "inkluderingsdugnaden-2020")).sort()).toEqual(["dss.docx", "dss.pdf", "manifest.json"]);
    // A registry that is not there is said as such, not as an unknown agency.
    const missing = await runInProcess(["generate", "-a", "dss", "data/nope.yaml", "-o", out], SAMPLE);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/data\/nope\.yaml/);
  });

  it("validate passes without warnings: what the seeds did not show is written ~ (empty on purpose)", async () => {
    const run = await runInProcess(["validate"], SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ok: 6 letters, 0 warnings");
    expect(run.stderr).toBe("");
  });

  it("warns of a field left out, not of one written ~", async () => {
    const dir = await workspace();
    // digdir's our_ref is left out instead of written ~: only that is warned about, at digdir's entry.
    await editFile(
      path.join(dir, SAMPLE_REGISTRY),
      "    name: Digitaliseringsdirektoratet\n    address: ~\n    our_ref: ~\n",
      "    name: Digitaliseringsdirektoratet\n    address: ~\n",
    );
    const run = await runInProcess(["validate"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n").filter((l) => l.includes("warning"))).toEqual([
      "data/inkluderingsdugnaden-2020.yaml:51:5: warning: digdir: no our_ref; the letter goes out without it",
    ]);
    // -q: only errors and warnings, in every command that reads the registry.
    const warning = "data/inkluderingsdugnaden-2020.yaml:51:5: warning: digdir: no our_ref; the letter goes out without it\n";
    for (const command of [["validate"], ["list"], ["generate", "-f", "docx", "-a", "digdir"]]) {
      const quiet = await runInProcess([...command, "-q"], dir);
      expect([command, quiet.code, quiet.stdout]).toEqual([command, 0, ""]);
      expect(quiet.stderr).toContain(warning);
    }
  });

  it("list shows one line per agency with its dispatch, ref, date and deadline", async () => {
    const run = await runInProcess(["list"], SAMPLE);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^dispatch\s+id\s+name\s+our ref\s+date\s+deadline$/);
    expect(lines.find((l) => l.includes("distriktssenteret"))).toMatch(
      /^inkluderingsdugnaden-2020\s+distriktssenteret\s+Distriktssenteret\s+20\/49-15\s+11\.11\.2020\s+1\.12\.2020$/,
    );
  });

  it("list tells an agency in two dispatches apart by the dispatch column, in English and in bokmål", async () => {
    const dir = await workspace();
    await cp(path.join(BUDGET, "data"), path.join(dir, "data"), { recursive: true });
    const run = await runInProcess(["list"], dir);
    expect(run.code, run.stderr).toBe(0);
    const kartverket = run.stdout.split("\n").filter((l) => /^\S+\s+kartverket\s/.test(l));
    expect(kartverket.map((l) => l.split(/\s+/)[0])).toEqual(["budsjettendring-2020", "inkluderingsdugnaden-2020"]);
    const nb = await runInProcess(["list", "--lang", "nb"], dir);
    const [heading = "", ...rows] = nb.stdout.trim().split("\n");
    expect(heading.split(/\s{2,}/)).toEqual(["utsending", "id", "navn", "vår ref.", "dato", "frist"]);
    expect(rows.filter((l) => /^\S+\s+kartverket\s/.test(l)).map((l) => l.split(/\s+/)[0])).toEqual(["budsjettendring-2020", "inkluderingsdugnaden-2020"]);
    // --json: each row names its dispatch.
    const json = JSON.parse((await runInProcess(["list", "--json"], dir)).stdout) as { agencies: { dispatch: string; id: string }[] };
    expect(json.agencies.filter((a) => a.id === "kartverket").map((a) => a.dispatch)).toEqual(["budsjettendring-2020", "inkluderingsdugnaden-2020"]);
  });
});

describe("the project folder (holding data/ or brev.config)", () => {
  it("brev works from any folder inside the project: registries, templates, assets and out/ are the project's", async () => {
    const dir = await workspace();
    const run = await runInProcess(["generate", "-a", "kartverket", "-f", "pdf", "-q"], path.join(dir, "templates"));
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(dir, "out/inkluderingsdugnaden-2020")).sort()).toEqual(["kartverket.pdf", "manifest.json"]);
    expect(readdirSync(path.join(dir, "templates")).sort()).toEqual(["inkluderingsdugnaden.nb.md.hbs", "inkluderingsdugnaden.nn.md.hbs"]);
    // A registry named from elsewhere belongs to its own project, not to the folder brev is run in.
    const elsewhere = await mkdtemp(path.join(tmpdir(), "brev-elsewhere-"));
    const named = await runInProcess(["validate", path.join(dir, SAMPLE_REGISTRY)], elsewhere);
    expect(named.code, named.stderr).toBe(0);
  });

  it("an unknown agency is named once, with each known id once, though several dispatches have it", async () => {
    const dir = await workspace();
    await cp(path.join(BUDGET, "data"), path.join(dir, "data"), { recursive: true });
    const run = await runInProcess(["generate", "-a", "zzzzzzzz"], dir);
    expect([run.code, run.stderr]).toEqual([2, 'brev: unknown agency "zzzzzzzz"; known: digdir, valgdirektoratet, kartverket, dss, htu, distriktssenteret\n']);
  });

  it("outside any project: 'no registry found here', with what to do", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "brev-empty-"));
    const run = await runInProcess(["generate"], empty);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe("brev: no registry found here; run brev init or name a registry file\n");
    // A brev.config marks the project, but it has no data/ yet: the same words.
    await writeFile(path.join(empty, "brev.config"), "");
    expect((await runInProcess(["validate"], empty)).stderr).toBe("brev: no registry found here; run brev init or name a registry file\n");
  });
});

describe("usage", () => {
  it.each([
    [["frobnicate"], 2, "unknown command"],
    [["generate", "-f", "odt"], 2, "Allowed choices are pdf, docx"],
    [["generate", "-f", "pdf,odt"], 2, "Allowed choices are pdf, docx"],
    [["generate", "-a", "dsss"], 2, 'did you mean "dss"?'],
    [["generate", "--shard", "3/2"], 2, "--shard takes i/n"],
    [["generate", "--shard", "", "--check"], 2, '--shard takes i/n with 1 <= i <= n, e.g. 1/4; got ""'],
    [["generate", "--shard", " ", "--check"], 2, '--shard takes i/n with 1 <= i <= n, e.g. 1/4; got " "'],
    [["generate", "--shard", "1/2", "--prune"], 2, "--prune goes with a run of the whole dispatch, not with --shard (e.g. in the job that merges the shards)"],
    [["generate", "--watch", "--check"], 2, "--watch writes on every save: it does not go with --json or --check"],
    [["new", "--language", "se", "--template", "x"], 2, '--language: expected nb (bokmål) or nn (nynorsk), not "se"'],
    [["preview", "--port", "http"], 2, '--port: expected a port number, not "http"'],
    [["validate", "no/such.yaml"], 3, "cannot read no/such.yaml: no such file"],
    [["validate", "data"], 3, "cannot read data: not a file"],
    [["generate", "-o", ""], 2, "--out needs a folder name"],
    [["validate", "-t", " "], 2, "--templates needs a folder name"],
  ])("brev %j exits %i", async (args, code, message) => {
    const run = await runInProcess(args, SAMPLE);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("a bad SOURCE_DATE_EPOCH is a usage error, through the same path as every other error", async () => {
    const run = await runInProcess(["validate"], SAMPLE, { env: { SOURCE_DATE_EPOCH: "yesterday" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brev: SOURCE_DATE_EPOCH must be a whole number of seconds, not "yesterday"\n');
    const json = await runInProcess(["validate", "--json"], SAMPLE, { env: { SOURCE_DATE_EPOCH: "yesterday" } });
    expect(json.code).toBe(2);
  });

  it("a bad BREV_RENDER_THREADS is a usage error; a good one is taken", async () => {
    const bad = await runInProcess(["validate"], SAMPLE, { env: { BREV_RENDER_THREADS: "many" } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('brev: BREV_RENDER_THREADS must be a whole number, not "many"\n');
    expect((await runInProcess(["validate", "-q"], SAMPLE, { env: { BREV_RENDER_THREADS: "1" } })).code).toBe(0);
  });

  it("--help lists the commands and exit codes", async () => {
    const run = await runInProcess(["--help"], SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/generate[\s\S]*validate[\s\S]*list[\s\S]*diff[\s\S]*adopt[\s\S]*schema/);
    expect(run.stdout).toContain("Exit codes");
  });
});

describe("--json", () => {
  it.each([["generate", "--check"], ["validate"], ["list"]])("brev %s prints one JSON document and nothing else on stdout", async (...args) => {
    const run = await runInProcess([...args, "--json"], SAMPLE);
    const doc = JSON.parse(run.stdout) as { ok: boolean };
    expect(typeof doc.ok).toBe("boolean");
  });

  it("stays one JSON document when a template tries to print (the {{log}} helper is refused, not run)", async () => {
    const run = await runInProcess(["validate", "registry.yaml", "-t", "templates", "--json"], path.join(REPO, "test/fixtures/bad/template-log"));
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { errors: { message: string }[] };
    expect(doc.errors[0]?.message).toContain('unknown helper "log"');
    expect(run.stdout).not.toContain("hei fra malen");
    expect(run.stderr).toBe("");
  });

  it("reports invalid input as JSON with positions", async () => {
    const run = await runInProcess(["validate", "--json", "test/fixtures/bad/impossible-date/registry.yaml"], REPO);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { ok: boolean; errors: { file: string; line: number; col: number; message: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.errors[0]).toMatchObject({ file: "test/fixtures/bad/impossible-date/registry.yaml", line: 6, col: 9 });
    expect(run.stderr).toBe("");
  });
});

describe("brev schema", () => {
  it("matches the committed schema that registries point their editor at", async () => {
    const { readFile } = await import("node:fs/promises");
    const run = await runInProcess(["schema"], SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await readFile(path.join(REPO, "data/registry.schema.json"), "utf8"));
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["dispatch", "sender", "agencies"]));
  });
});
