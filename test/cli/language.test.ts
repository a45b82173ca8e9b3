// The CLI in the clerk's language (issue 18, point 3): help, commander's own words and errors, the reporter's words,
// summaries and failures in bokmål, nynorsk and English, compared exactly; --json keeps a stable English code.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { REPO, SAMPLE } from "../helpers/sample.js";
import { editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const nb = { BREV_LANG: "nb" };
const nn = { BREV_LANG: "nn" };

describe("help", () => {
  it("is in bokmål with --lang nb: commander's titles, every description, the exit codes", async () => {
    const run = await runInProcess(["--help", "--lang", "nb"], SAMPLE);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Bruk: brev [valg] [kommando]");
    expect(lines).toContain("Valg:");
    expect(lines).toContain("Kommandoer:");
    expect(run.stdout).toMatch(/^ {2}-h, --help +vis hjelp for kommandoen$/m);
    expect(run.stdout).toMatch(/^ {2}-V, --version +vis versjonsnummeret$/m);
    expect(run.stdout).toMatch(/^ {2}help \[kommando\] +vis hjelp for en kommando$/m);
    expect(run.stdout).toMatch(/^ {2}validate \[valg\] \[register\.\.\.\] +sjekk registre og maler uten å skrive noe$/m);
    expect(lines).toContain(
      "Avslutningskoder: 0 ok, 1 feil i det som ble lest inn, brev som ikke ble rørt eller --check fant noe å gjøre, 2 feil bruk, 3 filfeil, 70 intern feil.",
    );
    for (const english of ["Usage:", "Options:", "Commands:", "display help", "output the version", "Exit codes"]) expect(run.stdout).not.toContain(english);
  });

  it("of a command is in nynorsk, with commander's additions (choices) too", async () => {
    const run = await runInProcess(["validate", "--help"], SAMPLE, { env: nn });
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Bruk: brev validate [val] [register...]");
    expect(lines).toContain("Argument:");
    expect(lines).toContain("Val:");
    expect(run.stdout).toContain('(moglege verdiar: "text", "json", "github")');
    expect(run.stdout).toMatch(/^ {2}-q, --quiet +skriv berre feil og åtvaringar$/m);
  });

  it("stays English with --lang en", async () => {
    const run = await runInProcess(["--help", "--lang", "en"], SAMPLE, { env: nb });
    expect(run.stdout.split("\n")[0]).toBe("Usage: brev [options] [command]");
    expect(run.stdout).toContain("Exit codes: 0 ok, 1 invalid input");
  });
});

describe("commander's errors, by their code", () => {
  it.each([
    [
      ["genrate"],
      "error: unknown command 'genrate'\n(Did you mean generate?)\n(run brev --help for usage)\n",
      "feil: ukjent kommando 'genrate'\n(Mente du generate?)\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
    [
      ["generate", "--frob"],
      "error: unknown option '--frob'\n(run brev --help for usage)\n",
      "feil: ukjent valg '--frob'\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
    [
      ["adopt"],
      "error: missing required argument 'file'\n(run brev --help for usage)\n",
      "feil: mangler argumentet 'fil'\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
    [
      ["generate", "-f", "odt"],
      "error: option '-f, --format <formats>' argument 'odt' is invalid. Allowed choices are pdf, docx, arkivmelding, journal.\n(run brev --help for usage)\n",
      "feil: valget '-f, --format <formats>' kan ikke ha verdien 'odt'. Mulige verdier er pdf, docx, arkivmelding, journal.\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
    [
      ["validate", "--report", "xml"],
      "error: option '--report <kind>' argument 'xml' is invalid. Allowed choices are text, json, github.\n(run brev --help for usage)\n",
      "feil: valget '--report <kind>' kan ikke ha verdien 'xml'. Mulige verdier er text, json, github.\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
    [
      ["schema", "x"],
      "error: too many arguments for 'schema'. Expected 0 arguments but got 1.\n(run brev --help for usage)\n",
      "feil: for mange argumenter til 'schema': forventet 0, fikk 1.\n(kjør brev --help for å se hvordan brev brukes)\n",
    ],
  ])("brev %j: exit 2, in English and in bokmål", async (args, en, bokmål) => {
    const english = await runInProcess(args, SAMPLE);
    expect([english.code, english.stderr]).toEqual([2, en]);
    const norwegian = await runInProcess(args, SAMPLE, { env: nb });
    expect([norwegian.code, norwegian.stderr]).toEqual([2, bokmål]);
  });
});

describe("the reporter's words", () => {
  it("error and hint: feil and tips in bokmål, and the failure line; --json has the same codes in both", async () => {
    const dir = path.join(REPO, "test/fixtures/bad/impossible-date");
    const en = await runInProcess(["validate", "registry.yaml", "-t", "../../sample/templates"], dir);
    const bokmål = await runInProcess(["validate", "registry.yaml", "-t", "../../sample/templates", "--lang", "nb"], dir);
    expect(en.code).toBe(1);
    expect(bokmål.code).toBe(1);
    expect(en.stderr).toMatch(/^registry\.yaml:6:9: error: /m);
    expect(bokmål.stderr).toMatch(/^registry\.yaml:6:9: feil: /m);
    expect(en.stderr.endsWith("brev: 1 error; nothing was written\n")).toBe(true);
    expect(bokmål.stderr.endsWith("brev: 1 feil; ingenting ble skrevet\n")).toBe(true);
    if (/\n {2}hint: /.test(en.stderr)) expect(bokmål.stderr).toMatch(/\n {2}tips: /);
  });

  it("warning: advarsel in bokmål, åtvaring in nynorsk, and the validate summary", async () => {
    const dir = await workspace();
    await editFile(
      path.join(dir, SAMPLE_REGISTRY),
      "    name: Digitaliseringsdirektoratet\n    address: ~\n    our_ref: ~\n",
      "    name: Digitaliseringsdirektoratet\n    address: ~\n",
    );
    const en = await runInProcess(["validate"], dir);
    expect(en.stderr).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:51:5: warning: /m);
    expect(en.stdout).toBe("ok: 6 letters, 1 warning\n");
    const bokmål = await runInProcess(["validate"], dir, { env: nb });
    expect(bokmål.stderr).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:51:5: advarsel: /m);
    expect(bokmål.stdout).toBe("ok: 6 brev, 1 advarsel\n");
    const nynorsk = await runInProcess(["validate"], dir, { env: nn });
    expect(nynorsk.stderr).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:51:5: åtvaring: /m);
    expect(nynorsk.stdout).toBe("ok: 6 brev, 1 åtvaring\n");
  });
});

describe("progress and summaries", () => {
  it("generate and --check in bokmål: each line and the summary", async () => {
    const dir = await workspace();
    const check = await runInProcess(["generate", "--check", "-f", "docx", "-a", "dss"], dir, { env: nb });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("mangler  out/inkluderingsdugnaden-2020/dss.docx\n1 skal skrives, 0 er oppdaterte, 0 uten virksomhet\n");
    const write = await runInProcess(["generate", "-f", "docx", "-a", "dss"], dir, { env: nb });
    expect(write.code).toBe(0);
    expect(write.stdout).toBe("skrev out/inkluderingsdugnaden-2020/dss.docx\n1 skrevet, 0 uendret\n");
    const english = await runInProcess(["generate", "--check", "-f", "docx", "-a", "dss"], dir);
    expect(english.stdout).toBe("0 to write, 1 up to date, 0 orphaned\n");
    const again = await runInProcess(["generate", "--check", "-f", "docx", "-a", "dss"], dir, { env: nn });
    expect(again.stdout).toBe("0 skal skrivast, 1 er oppdatert, 0 utan verksemd\n");
  });

  it("the GitHub job summary is in the run's language", async () => {
    const dir = await workspace();
    const run = await runInProcess(["generate", "-f", "docx", "-a", "dss"], dir, { env: { ...nb, GITHUB_ACTIONS: "true" } });
    expect(run.summary).toBe(
      [
        "### brev generate",
        "",
        "| skrevet | uendret | ikke rørt | feilet |",
        "| ---: | ---: | ---: | ---: |",
        "| 1 | 0 | 0 | 0 |",
        "",
        "**Skrevet:** `out/inkluderingsdugnaden-2020/dss.docx`",
        "",
        "",
      ].join("\n"),
    );
  });
});

describe("failures and the language itself", () => {
  it("a usage error in bokmål; --json carries its code", async () => {
    const text = await runInProcess(["validate"], SAMPLE, { env: { ...nb, SOURCE_DATE_EPOCH: "i går" } });
    expect([text.code, text.stderr]).toEqual([2, 'brev: SOURCE_DATE_EPOCH må være et helt antall sekunder, ikke "i går"\n']);
    const json = await runInProcess(["validate", "--json"], SAMPLE, { env: { ...nb, SOURCE_DATE_EPOCH: "i går" } });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, exitCode: 2, code: "cli.sourceDateNotNumber" });
  });

  it("--lang with a language brev does not speak: a usage error with a hint", async () => {
    const run = await runInProcess(["list", "--lang", "de"], SAMPLE);
    expect([run.code, run.stderr]).toEqual([
      2,
      "brev: --lang de: brev speaks nb, nn and en\n  hint: write --lang nb for bokmål, --lang nn for nynorsk or --lang en for English\n",
    ]);
  });

  it("an unknown BREV_LANG is said in the locale's language, and the run goes on", async () => {
    const en = await runInProcess(["validate", "-q"], SAMPLE, { env: { BREV_LANG: "klingon", LANG: "C" } });
    expect([en.code, en.stderr]).toEqual([0, "brev: BREV_LANG=klingon is not a language brev speaks (nb, nn or en); brev goes by the locale instead\n"]);
    const bokmål = await runInProcess(["validate"], SAMPLE, { env: { BREV_LANG: "klingon", LANG: "nb_NO.UTF-8" } });
    expect(bokmål.code).toBe(0);
    expect(bokmål.stderr).toBe("brev: BREV_LANG=klingon er ikke et språk brev kan (nb, nn eller en); brev bruker systemets språk i stedet\n");
    expect(bokmål.stdout).toBe("ok: 6 brev, 0 advarsler\n");
  });

  it("list's headings in nynorsk", async () => {
    const run = await runInProcess(["list"], SAMPLE, { env: nn });
    expect(run.stdout.split("\n")[0]?.split(/\s{2,}/)).toEqual(["utsending", "id", "namn", "vår ref.", "dato", "frist"]);
  });
});
