// What the journal needs and the letter does not show (issue 19): organisation numbers checked by their MOD11 check
// digit, written with spaces or without, and `archive:` merged key by key (the agency's over the dispatch's) into the
// letter model's meta.archive, where the recipient's organisation number is digits only.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { inLanguage, setLanguage } from "../../src/i18n/catalogue.js";
import { orgNrCheckDigit, orgNrDigits, orgNrProblem } from "../../src/registry/org-nr.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";
import { validateRegistry } from "../../src/registry/validate-registry.js";
import { BUDGET, SAMPLE } from "../helpers/sample.js";

const REGISTRY = "data/inkluderingsdugnaden-2020.yaml";

/** The sample registry's text with `edit` applied. */
async function sampleWith(edit: (text: string) => string): Promise<string> {
  return edit(await readFile(path.join(SAMPLE, REGISTRY), "utf8"));
}

/** Inserts `lines` after the first line that is exactly `after`. */
function insertAfter(text: string, after: string, lines: string): string {
  const at = text.indexOf(`${after}\n`);
  if (at < 0) throw new Error(`no line ${after}`);
  return text.slice(0, at + after.length + 1) + lines + text.slice(at + after.length + 1);
}

function validate(text: string) {
  const parsed = parseRegistry(text, "r.yaml");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return validateRegistry(parsed.value, { registryPath: path.join(SAMPLE, REGISTRY) });
}

describe("organisation numbers", () => {
  beforeEach(() => setLanguage("en"));

  it("accepts real ones: Brønnøysundregistrene, the ministry of the samples, the starter's sender", () => {
    for (const written of ["974 760 673", "974760673", "972 417 858", "922 963 673"]) expect(orgNrProblem(written), written).toBeUndefined();
    expect(orgNrDigits("974 760 673")).toBe("974760673");
  });

  it("computes the check digit as MOD11 with weights 3 2 7 6 5 4 3 2: 11 - r, 0 when r is 0, none when r is 1", () => {
    expect(orgNrCheckDigit("97476067")).toBe(3);
    expect(orgNrCheckDigit("97241785")).toBe(8);
    // 9*3 + 7*2 + 4*7 + 7*6 + 6*5 + 0*4 + 6*3 + 9*2 = 177 = 16*11 + 1
    expect(orgNrCheckDigit("97476069")).toBeUndefined();
    // 9*3 + 1*2 + 0*7 + 0*6 + 0*5 + 0*4 + 0*3 + 1*2 = 31 = 2*11 + 9 -> 2; and one with remainder 0
    expect(orgNrCheckDigit("91000001")).toBe(2);
    const zero = Array.from({ length: 100 }, (_, i) => `910000${String(i).padStart(2, "0")}`).find((n) => orgNrCheckDigit(n) === 0);
    expect(zero).toBeDefined();
    expect(orgNrProblem(`${zero}0`)).toBeUndefined();
  });

  it("says what is wrong in a clerk's words, in English and bokmål", () => {
    expect(orgNrProblem("974 760 674")).toEqual({
      code: "registry.orgNrCheckDigit",
      message: "974 760 674 is not a valid organisation number: its last digit should be 3",
      hint: "a digit is probably mistyped: check the number in Brønnøysundregistrene (brreg.no) rather than changing the last digit",
    });
    expect(orgNrProblem("974 760 67")?.message).toBe("974 760 67 is not an organisation number: it has 8 digits, and an organisation number has nine");
    expect(orgNrProblem("974 760 6731")?.code).toBe("registry.orgNrLength");
    expect(orgNrProblem("97476O673")?.code).toBe("registry.orgNrNotDigits");
    expect(orgNrProblem("974-760-673")?.code).toBe("registry.orgNrNotDigits");
    expect(orgNrProblem("974760690")?.code).toBe("registry.orgNrNoCheckDigit");
    expect(inLanguage("nb", () => orgNrProblem("974 760 674")?.message)).toBe(
      "974 760 674 er ikke et gyldig organisasjonsnummer: det siste sifferet skulle vært 3",
    );
    expect(inLanguage("nn", () => orgNrProblem("974 760 67")?.message)).toBe(
      "974 760 67 er ikkje eit organisasjonsnummer: det har 8 siffer, og eit organisasjonsnummer har ni",
    );
  });

  it("passes with spaces and without in the registry; the entry keeps the digits only, the sender's footer what was written", async () => {
    const text = await sampleWith((t) =>
      insertAfter(
        insertAfter(insertAfter(t, "    short_name: DSS", "    org_nr: 974 760 673\n"), "    name: Digitaliseringsdirektoratet", '    org_nr: "974760673"\n'),
        "    name: Valgdirektoratet",
        "    org_nr: 974\u00a0760\u00a0673\n",
      ),
    );
    const result = validate(text);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const byId = Object.fromEntries(result.value.entries.map((e) => [e.agency.id, e]));
    expect(byId.dss?.agency.org_nr).toBe("974760673");
    expect(byId.digdir?.agency.org_nr).toBe("974760673");
    expect(byId.valgdirektoratet?.agency.org_nr).toBe("974760673");
    expect(byId.htu?.agency.org_nr).toBeUndefined();
    expect(byId.dss?.sender.org_nr).toBe("972 417 858");
  });

  it("refuses a wrong one at its position, the sender's too", async () => {
    const text = await sampleWith((t) =>
      insertAfter(t.replace("  org_nr: 972 417 858", "  org_nr: 972 417 857"), "    short_name: DSS", "    org_nr: 974 760 674\n"),
    );
    const result = validate(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.line, d.col, d.code, d.message])).toEqual([
      [28, 11, "registry.orgNrCheckDigit", "sender.org_nr: 972 417 857 is not a valid organisation number: its last digit should be 8"],
      [36, 13, "registry.orgNrCheckDigit", "agencies[0].org_nr: 974 760 674 is not a valid organisation number: its last digit should be 3"],
    ]);
  });
});

describe("archive: in the letter model", () => {
  beforeEach(() => setLanguage("en"));

  it("merges the agency's keys over the dispatch's (~ for none), defaults the document type, and gives the org number as digits", async () => {
    const project = await mkdtemp(path.join(tmpdir(), "brev-archive-"));
    await cp(SAMPLE, project, { recursive: true });
    const text = await sampleWith((t) =>
      insertAfter(
        insertAfter(
          insertAfter(t, "  year: 2020", "  archive: { system: Public 360, journalenhet: SENTRAL, screening: Offl. § 13 jf. fvl. § 13 }\n"),
          "    short_name: DSS",
          "    org_nr: 974 760 673\n    archive: { journalenhet: ØKS, public_title: Tillegg til tildelingsbrev, dokumenttype: Brev }\n",
        ),
        "    name: Digitaliseringsdirektoratet",
        '    org_nr: "991825827"\n    archive: { screening: ~ }\n',
      ),
    );
    await writeFile(path.join(project, REGISTRY), text);
    const { letters, errors } = await composeLetters([], { cwd: project });
    expect(errors).toEqual([]);
    const archive = Object.fromEntries(letters.map((l) => [l.agencyId, l.model.meta.archive]));
    expect(archive.dss).toEqual({
      agency: "dss",
      system: "Public 360",
      journalenhet: "ØKS",
      dokumenttype: "Brev",
      publicTitle: "Tillegg til tildelingsbrev",
      screening: "Offl. § 13 jf. fvl. § 13",
      recipientName: "Departementenes sikkerhets- og serviceorganisasjon",
      recipientAddress: expect.any(Array),
      recipientOrgNr: "974760673",
      recipientShortName: "DSS",
    });
    expect(archive.digdir).toMatchObject({ system: "Public 360", journalenhet: "SENTRAL", dokumenttype: "Utgående brev", recipientOrgNr: "991825827" });
    expect(archive.digdir).not.toHaveProperty("publicTitle");
    // `~`: not screened, though the dispatch's letters are.
    expect(archive.digdir).not.toHaveProperty("screening");
    expect(archive.htu).toHaveProperty("screening");
    expect(archive.htu).not.toHaveProperty("recipientOrgNr");
  });

  it("carries the budget sample's made-up archive block: public title for Digdir, screening for Valgdirektoratet", async () => {
    const { letters, errors } = await composeLetters([], { cwd: BUDGET });
    expect(errors).toEqual([]);
    const archive = Object.fromEntries(letters.map((l) => [l.agencyId, l.model.meta.archive]));
    for (const a of Object.values(archive)) {
      expect(a).toMatchObject({ system: "Elements", journalenhet: "ØKS", dokumenttype: "Utgående brev" });
      expect(a?.recipientOrgNr).toMatch(/^\d{9}$/);
      expect(orgNrProblem(a?.recipientOrgNr ?? "")).toBeUndefined();
    }
    expect(archive.digdir?.publicTitle).toBeDefined();
    expect(archive.valgdirektoratet?.screening).toBe("Offl. § 13 jf. fvl. § 13");
  });

  it("leaves the real seed dispatch without archive details it does not have", async () => {
    const { letters } = await composeLetters([], { cwd: SAMPLE });
    for (const l of letters) {
      expect(l.model.meta.archive).not.toHaveProperty("recipientOrgNr");
      expect(l.model.meta.archive.dokumenttype).toBe("Utgående brev");
    }
  });
});
