// Issue 18, points 4 and 6: a key without its colon, a bad id with the id to write instead, and a nynorsk letter
// whose sender has only a bokmål letterhead; each in English and in bokmål, with the same code in both.
import { beforeEach, describe, expect, it } from "vitest";
import { inLanguage, setLanguage } from "../../src/i18n/catalogue.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";
import { validateRegistry } from "../../src/registry/validate-registry.js";
import type { Diagnostic } from "../../src/shared/diagnostic.js";
import { fixId, isId, MAX_ID_LENGTH } from "../../src/shared/id.js";

// English unless a test asks for another language, whatever an earlier test file's CLI run left set.
beforeEach(() => setLanguage("en"));

const HEAD = ["dispatch:", "  id: d", "  template: t", "  year: 2026", "  date: 2026-01-15", "sender:", "  name: Departementet", "  short_name: DEP"];

function check(yaml: string): { ok: boolean; problems: Diagnostic[] } {
  const parsed = parseRegistry(yaml, "r.yaml");
  if (!parsed.ok) return { ok: false, problems: parsed.diagnostics };
  const valid = validateRegistry(parsed.value);
  return valid.ok ? { ok: true, problems: valid.warnings } : { ok: false, problems: valid.diagnostics };
}

const agency = (id: string, extra: string[] = []) => [
  `  - id: ${id}`,
  "    name: Etaten",
  "    our_ref: 1/1",
  "    address: [Postboks 1, 0030 OSLO]",
  ...extra,
];
const signed = ["signatories: [{ name: Kari Nordmann, title: ekspedisjonssjef }]"];

describe("a key without its colon", () => {
  it.each([
    [
      "inside an agency",
      [...HEAD, "  letterhead: [DET KONGELIGE]", ...signed, "agencies:", "  - id: digdir", "    name: Digdir", "    short_name Digdir", "    our_ref: 1/1"],
      14,
      5,
      "short_name",
      "Digdir",
    ],
    ["under dispatch", ["dispatch:", "  id: d", "  template: t", "  year 2026", "  date: 2026-01-15"], 4, 3, "year", "2026"],
    ["last under dispatch", ["dispatch:", "  id: d", "  date: 2026-01-15", "  year 2026", "sender:", "  name: x"], 4, 3, "year", "2026"],
    ["the only line under dispatch", ["dispatch:", "  year 2026", "sender:", "  name: x"], 2, 3, "year", "2026"],
    ["first in a list item", ["agencies:", "  - id dss", "    name: X"], 2, 5, "id", "dss"],
    [
      "indented under the key above (YAML folds it into that value)",
      ["agencies:", "  - id: digdir", "    name: Digdir", "      short_name Digdir", "    our_ref: 1/1"],
      4,
      7,
      "short_name",
      "Digdir",
    ],
  ])("%s: said at the key, with the line as it should be", (_, lines, line, col, key, value) => {
    const en = check(lines.join("\n")).problems[0];
    expect(en).toMatchObject({
      line,
      col,
      code: "registry.yamlMissingColon",
      message: `YAML: missing colon after \`${key}\`?`,
      hint: `write \`${key}: ${value}\``,
    });
    const nb = inLanguage("nb", () => check(lines.join("\n")).problems[0]);
    expect(nb).toMatchObject({
      line,
      col,
      code: "registry.yamlMissingColon",
      message: `YAML: mangler kolon etter \`${key}\`?`,
      hint: `skriv \`${key}: ${value}\``,
    });
  });

  it("is not guessed for a value over two lines whose second line starts with a word that is no key there, or a key already given", () => {
    for (const second of ["      og name Digdir", "      id dss"]) {
      const problems = check(["agencies:", "  - id: digdir", "    name: Digdir", second, "    our_ref: 1/1"].join("\n")).problems;
      expect(problems.map((p) => p.code)).not.toContain("registry.yamlMissingColon");
    }
  });

  it("is not guessed for a line of text (an address line out of place)", () => {
    const problems = check(["agencies:", "  - id: dss", "    address:", "      - Postboks 1", "     Postboks 8129 Dep"].join("\n")).problems;
    expect(problems.map((p) => p.code)).not.toContain("registry.yamlMissingColon");
  });
});

describe("the id to write instead of a bad one", () => {
  it.each([
    ["Kartverket Sør", "kartverket-sor"],
    ["Dss", "dss"],
    ["Ærø Åsane", "aero-asane"],
    ["Sámediggi", "samediggi"],
    ["áčđŋšŧž", "acdnstz"],
    ["ÁČĐŊŠŦŽ", "acdnstz"],
    ["Tromsø kommune (Troms og Finnmark)", "tromso-kommune-troms-og-finnmark"],
    ["  --Økt__budsjett!!  ", "okt-budsjett"],
    ["Café Noël", "cafe-noel"],
    ["2026 tilskudd", "2026-tilskudd"],
  ])("%j -> %j", (bad, fixed) => {
    expect(fixId(bad)).toBe(fixed);
    expect(isId(fixed)).toBe(true);
  });

  it("keeps within the length an id may have, without a hyphen at the end", () => {
    const fixed = fixId(`${"a".repeat(63)} b`);
    expect(fixed).toBe("a".repeat(63));
    expect(fixId("ab ".repeat(40))?.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(fixId("ab ".repeat(40))).toMatch(/[a-z0-9]$/);
  });

  it("suggests nothing where nothing is left", () => {
    expect(fixId("!!!")).toBeUndefined();
    expect(fixId("")).toBeUndefined();
  });

  it("is the hint of an agency's and a dispatch's bad id, in the run's language (read when validating, not when loaded)", () => {
    const yaml = [...HEAD, "  letterhead: [DET KONGELIGE]", ...signed, "agencies:", ...agency("Kartverket Sør")]
      .join("\n")
      .replace("  id: d", "  id: Tilskudd 2026");
    const en = check(yaml).problems;
    expect(en.map((p) => [p.path, p.code, p.hint])).toEqual([
      ["dispatch.id", "registry.badId", "write it as `tilskudd-2026`"],
      ["agencies[0].id", "registry.badId", "write it as `kartverket-sor`"],
    ]);
    const nb = inLanguage("nb", () => check(yaml).problems);
    expect(nb.map((p) => [p.code, p.message, p.hint])).toEqual([
      [
        "registry.badId",
        "dispatch.id: «Tilskudd 2026» er ikke en gyldig id: bruk små bokstaver a-z, sifre 0-9 og enkle bindestreker (id-en blir et filnavn)",
        "skriv den som `tilskudd-2026`",
      ],
      [
        "registry.badId",
        "agencies[0].id: «Kartverket Sør» er ikke en gyldig id: bruk små bokstaver a-z, sifre 0-9 og enkle bindestreker (id-en blir et filnavn)",
        "skriv den som `kartverket-sor`",
      ],
    ]);
    // English again afterwards: the schema holds no words of its own.
    expect(check(yaml).problems[0]?.message).toContain("is not a valid id");
  });
});

describe("a nynorsk letter from a sender with only a bokmål letterhead", () => {
  const registry = (letterhead: string[], agencies: string[][]) => [...HEAD, ...letterhead, ...signed, "agencies:", ...agencies.flat()].join("\n");
  const nn = ["    language: nn"];

  it.each([
    ["a plain list", ["  letterhead: [DET KONGELIGE, DEPARTEMENTET]"], 9],
    ["{ nb: […] } without nn", ["  letterhead:", "    nb: [DET KONGELIGE, DEPARTEMENTET]"], 9],
  ])("%s: one warning at the letterhead, however many nynorsk letters", (_, letterhead, line) => {
    const result = check(registry(letterhead, [agency("a", nn), agency("b", nn), agency("c")]));
    expect(result.ok).toBe(true);
    const warnings = result.problems.filter((p) => p.code === "registry.letterheadMissingLanguage");
    expect(warnings).toEqual([
      {
        file: "r.yaml",
        line,
        col: 3,
        path: "sender.letterhead",
        severity: "warning",
        code: "registry.letterheadMissingLanguage",
        message: "the letterhead has no nynorsk lines, so the nynorsk letters get the bokmål letterhead",
        hint: "write `letterhead: { nb: [...], nn: [...] }`",
      },
    ]);
    expect(inLanguage("nb", () => check(registry(letterhead, [agency("a", nn)])).problems)).toContainEqual(
      expect.objectContaining({
        message: "brevhodet har ingen linjer på nynorsk, så brevene på nynorsk får brevhodet på bokmål",
        hint: "skriv `letterhead: { nb: [...], nn: [...] }`",
      }),
    );
    expect(inLanguage("nn", () => check(registry(letterhead, [agency("a", nn)])).problems)).toContainEqual(
      expect.objectContaining({ message: "brevhovudet har ingen linjer på nynorsk, så breva på nynorsk får brevhovudet på bokmål" }),
    );
  });

  it("also when the dispatch, not the agency, is in nynorsk", () => {
    const yaml = registry(["  letterhead: [DET KONGELIGE]"], [agency("a")]).replace("  year: 2026", "  year: 2026\n  language: nn");
    expect(check(yaml).problems.map((p) => p.code)).toContain("registry.letterheadMissingLanguage");
  });

  it("not when the letterhead has nynorsk lines, nor when no letter is in nynorsk", () => {
    const both = ["  letterhead:", "    nb: [DET KONGELIGE]", "    nn: [DET KONGELEGE]"];
    expect(check(registry(both, [agency("a", nn)])).problems.map((p) => p.code)).not.toContain("registry.letterheadMissingLanguage");
    expect(check(registry(["  letterhead: [DET KONGELIGE]"], [agency("a")])).problems.map((p) => p.code)).not.toContain("registry.letterheadMissingLanguage");
  });
});
