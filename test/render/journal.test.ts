// journal.csv (issue 19, point 5): the dispatch's letters as a list for the archive. Read back with an independent
// CSV parser (csv-parse, with ";" as Norwegian spreadsheets separate fields) and compared with what the arkivmelding of
// each letter says (read with an XML parser) and with the registry; then how a run writes it: only a run of the whole
// dispatch, stale when a letter's reference changes, a hand edit refused, a value a spreadsheet would run as a formula
// refused at the agency.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { generate } from "../../src/index.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { BUDGET, SAMPLE } from "../helpers/sample.js";
import { BUDGET_REGISTRY, DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const COLUMNS = ["Vår referanse", "Dato", "Tittel", "Offentlig tittel", "Mottaker", "Organisasjonsnummer", "Filer"];
const NS = "http://www.arkivverket.no/standarder/noark5/arkivmelding";
const JOURNAL = `${DISPATCH_DIR}/journal.csv`;

/** The file's rows as a spreadsheet reads them: BOM dropped, ";" between fields, quotes undone. */
function rowsOf(bytes: Buffer): string[][] {
  return parseCsv(bytes, { bom: true, delimiter: ";", relax_column_count: false }) as string[][];
}

/** What an arkivmelding says of its letter, by element name (the first of each). */
async function arkivmelding(file: string): Promise<(name: string) => string | undefined> {
  const doc = new DOMParser().parseFromString(await readFile(file, "utf8"), "text/xml");
  return (name) => doc.getElementsByTagNameNS(NS, name)[0]?.textContent ?? undefined;
}

describe("journal.csv of the samples", () => {
  for (const [name, project, registry, dispatch] of [
    ["sample", SAMPLE, SAMPLE_REGISTRY, "inkluderingsdugnaden-2020"],
    ["budget", BUDGET, BUDGET_REGISTRY, "budsjettendring-2020"],
  ] as const) {
    it(`${name}: UTF-8 with a BOM, CRLF lines, a header and a row per letter in the registry's order, each as its arkivmelding says`, async () => {
      const folder = path.join(inject("samples")[name], dispatch);
      const bytes = await readFile(path.join(folder, "journal.csv"));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.endsWith("\r\n")).toBe(true);
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
      const [header, ...rows] = rowsOf(bytes);
      expect(header).toEqual(COLUMNS);
      const agencies = (parseYaml(await readFile(path.join(project, registry), "utf8")) as { agencies: { id: string; our_ref: string | null }[] }).agencies;
      expect(rows).toHaveLength(agencies.length);
      expect(agencies.length).toBeGreaterThan(2);
      for (const [i, agency] of agencies.entries()) {
        const row = rows[i] as string[];
        const files = [`${agency.id}.pdf`, `${agency.id}.docx`, `${agency.id}.arkivmelding.xml`];
        expect(row[6]).toBe(files.join(", "));
        for (const file of files) expect(existsSync(path.join(folder, file)), file).toBe(true);
        const said = await arkivmelding(path.join(folder, `${agency.id}.arkivmelding.xml`));
        // Empty where the registry gives none (`our_ref: ~`).
        expect(row[0]).toBe(agency.our_ref ?? "");
        // The short Norwegian date of the letter, the arkivmelding's journaldato (ISO) written as the letters write it.
        const [year, month, day] = (said("journaldato") ?? "").split("-").map(Number);
        expect(row[1]).toBe(`${day}.${month}.${year}`);
        expect(row[2]).toBe(said("tittel"));
        expect(row[3]).toBe(said("offentligTittel") ?? said("tittel"));
        expect(row[4]).toBe(said("korrespondansepartNavn"));
      }
      // The budget sample gives every agency an org.nr. and one a screened title (names replaced by *****).
      if (name === "budget") {
        expect(rows.map((r) => r[5])).toEqual(["923456783", "934567897", "965432108"]);
        expect(rows.some((r) => r[3]?.includes("*****") && r[2] !== r[3])).toBe(true);
      }
    });
  }
});

describe("journal.csv as a run writes it", () => {
  it("holds a value with separators, quotes and line breaks exactly, and refuses one a spreadsheet would run as a formula", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const awkward = 'Etat; med "sitat", {{x}} og æøå č ŋ';
    await editFile(registry, "    name: Digitaliseringsdirektoratet\n", `    name: ${JSON.stringify(awkward)}\n`);
    const report = await generate({ formats: ["journal"] }, { cwd });
    expect(report.errors).toEqual([]);
    expect(report.written.map((f) => f.path)).toEqual([JOURNAL]);
    const rows = rowsOf(await readFile(path.join(cwd, JOURNAL)));
    expect(rows.find((r) => r[6]?.startsWith("digdir."))?.[4]).toBe(awkward);
    // A run of only the journal lists the files a whole run writes.
    expect(rows[1]?.[6]).toMatch(/^\w[\w-]*\.pdf, \w[\w-]*\.docx, \w[\w-]*\.arkivmelding\.xml$/);

    for (const formula of ['=HYPERLINK("https://example.invalid")', "+47 22 24 90 90", "-1", "@SUM(A1)"]) {
      await editFile(registry, `    name: ${JSON.stringify(awkward)}\n`, `    name: ${JSON.stringify(formula)}\n`);
      const before = await hashes(path.join(cwd, DISPATCH_DIR));
      const run = await runInProcess(["generate", "-f", "pdf,journal"], cwd);
      expect(run.code, formula).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^data/inkluderingsdugnaden-2020\\.yaml:\\d+:\\d+: error: journal\\.csv: the Mottaker of digdir, "${formula.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}", begins with a sign a spreadsheet reads as a formula; journal\\.csv was not written \\(the letters were\\)$`,
          "m",
        ),
      );
      expect(run.stderr).toContain("hint: begin the value with a letter or a digit");
      // The letters are written; journal.csv is as it was.
      expect(run.stdout).toContain("wrote out/inkluderingsdugnaden-2020/digdir.pdf");
      const after = await hashes(path.join(cwd, DISPATCH_DIR));
      expect(after["journal.csv"]).toBe(before["journal.csv"]);
      await editFile(registry, `    name: ${JSON.stringify(formula)}\n`, `    name: ${JSON.stringify(awkward)}\n`);
    }
  });

  it("is written by a run of the whole dispatch only, is stale when a letter's reference changes, and a hand edit is refused", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q"], cwd)).code).toBe(0);
    const journal = path.join(cwd, JOURNAL);
    const first = await readFile(journal);

    // A run of one agency writes that agency's letter, not the list (it would know one row of it): the list is stale
    // until a run of the whole dispatch, and --check says so.
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "our_ref: 20/49-15", "our_ref: 20/49-16");
    const one = await runInProcess(["generate", "-a", "distriktssenteret"], cwd);
    expect(one.stdout).not.toContain("journal.csv");
    expect(await readFile(journal)).toEqual(first);
    const check = await runInProcess(["generate", "--check"], cwd);
    expect([check.code, check.stdout]).toEqual([1, `stale   ${JOURNAL}\n1 to write, 18 up to date, 0 orphaned\n`]);
    // A shard neither.
    expect((await runInProcess(["generate", "--shard", "1/2"], cwd)).stdout).not.toContain("journal.csv");
    const whole = await runInProcess(["generate"], cwd);
    expect(whole.stdout).toBe(`wrote ${JOURNAL}\n1 written, 18 unchanged\n`);
    expect(rowsOf(await readFile(journal)).some((r) => r[0] === "20/49-16")).toBe(true);

    // Changed by hand (an archivist's spreadsheet saved over it): left alone, said, and replaced only when asked.
    const edited = Buffer.concat([await readFile(journal), Buffer.from("20/49-99;1.1.2021;x;x;x;;x\r\n")]);
    await import("node:fs/promises").then((fs) => fs.writeFile(journal, edited));
    const refused = await runInProcess(["generate"], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `changed by hand: ${JOURNAL} (brev did not overwrite it)\n` +
        "  it is made from the registry (change a value there, not here): to replace it with the one brev makes, brev generate --force -f journal\n",
    );
    expect(await readFile(journal)).toEqual(edited);
    const adopted = await runInProcess(["adopt", JOURNAL], cwd);
    expect([adopted.code, adopted.stderr]).toEqual([
      2,
      `brev: ${JOURNAL} is made from the registry for the whole dispatch, not a letter: brev adopt keeps letters\n` +
        "  hint: to have brev write it again, move it away (or delete it), then run brev generate\n",
    ]);
    const forced = await runInProcess(["generate", "--force", "-f", "journal"], cwd);
    expect([forced.code, forced.stdout]).toEqual([0, `wrote ${JOURNAL}\n1 written, 0 unchanged\n`]);
    expect((await runInProcess(["generate", "--check"], cwd)).code).toBe(0);
    // Not an orphan of any agency, and never pruned.
    const pruned = await runInProcess(["generate", "--prune"], cwd);
    expect(pruned.stdout).toBe("0 written, 19 unchanged\n");
    expect((await readdir(path.join(cwd, DISPATCH_DIR))).filter((n) => n.startsWith("journal"))).toEqual(["journal.csv"]);
  });
});
