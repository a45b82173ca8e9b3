// The letters' languages are one table (src/shared/letter-languages.ts): a language added as one row, plus its
// templates, is a language the registry takes, the letter is written in (its words, its months, its letterhead), the
// editor's schema offers, and `brev new` starts templates in. The row is added in-process to a fresh copy of brev's
// modules (the stages derive from the table when they load), which is thrown away after, so no other test sees it.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as Brev from "../../src/index.js";
import type * as Languages from "../../src/model/languages.js";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { SAMPLE } from "../helpers/sample.js";

/** A written standard no one writes: every word and month its own, so each one found in a letter came from the row. */
const FAKE: Languages.LetterLanguage = {
  code: "xx",
  tag: "x-fake",
  name: { nb: "fiktivmål", en: "a made-up standard" },
  months: ["jan-x", "feb-x", "mar-x", "apr-x", "mai-x", "jun-x", "jul-x", "aug-x", "sep-x", "okt-x", "nov-x", "des-x"],
  labels: {
    yourRef: "Xderes ref",
    ourRef: "Xvår ref",
    date: "Xdato",
    closing: "Xhilsen",
    byAuthority: "(x.f.)",
    electronicSignature: "Xelektronisk signert",
    attachments: "Xvedlegg",
    copies: "Xkopi",
    page: "Xside",
    postalAddress: "Xpostadresse",
    officeAddress: "Xkontoradresse",
    phone: "Xtelefon",
    orgNr: "Xorg.nr.",
    department: "Xavdeling",
    caseHandler: "Xsaksbehandler",
  },
  templateSuffix: "xx",
  startFrom: ["nn"],
};

const TEMPLATE = `---
title: "Xbrev {{year}} til {{agency.display_name}}"
---
Svar innen {{long-date deadline}}.
`;

let brev: typeof Brev;
let languages: typeof Languages;
let project: string;

beforeAll(async () => {
  // A fresh module graph: the table, with the row added before any stage has read it, then brev on top of it.
  vi.resetModules();
  languages = await import("../../src/model/languages.js");
  languages.registerLetterLanguage(FAKE);
  brev = await import("../../src/index.js");
  // The sample, its nynorsk letter moved to the new language, with a letterhead and a template in it.
  project = await mkdtemp(path.join(tmpdir(), "brev-language-"));
  await cp(SAMPLE, project, { recursive: true });
  const registry = path.join(project, "data/inkluderingsdugnaden-2020.yaml");
  const text = await readFile(registry, "utf8");
  const moved = text
    .replace("    language: nn\n", "    language: xx\n")
    .replace("    nn: [DET KONGELEGE, KOMMUNAL- OG MODERNISERINGSDEPARTEMENT]\n", "$&    xx: [XLETTERHEAD]\n");
  expect(moved.match(/xx/g)).toHaveLength(2);
  await writeFile(registry, moved);
  await writeFile(path.join(project, "templates/inkluderingsdugnaden.xx.md.hbs"), TEMPLATE);
});

// Later test files in this worker load brev afresh, without the row.
afterAll(() => vi.resetModules());

describe("a letter language added as one row and its templates", () => {
  it("writes a letter in it: its letterhead, labels, months, closing and language tag", async () => {
    const outDir = path.join(project, "out");
    const report = await brev.generate({ outDir, agencies: ["kartverket"], formats: ["docx"] }, { cwd: project });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.written.map((w) => w.path)).toEqual(["out/inkluderingsdugnaden-2020/kartverket.docx"]);
    const docx = await readDocx(await readFile(path.join(outDir, "inkluderingsdugnaden-2020/kartverket.docx")));
    const text = docxPlainText(docx);
    for (const words of [
      "XLETTERHEAD",
      "Xderes ref",
      "Xvår ref",
      "19/4649-84",
      "Xdato",
      "30. okt-x 2020",
      "Xbrev 2020 til Kartverket",
      "Svar innen 1. des-x 2020.",
      "Xhilsen",
      "Jan Olav Pettersen (x.f.)",
      "Xelektronisk signert",
      "Xpostadresse",
    ])
      expect(text).toContain(words);
    expect(text).not.toMatch(/Dykkar ref|Deres ref|oktober|Med helsing|Med hilsen/);
    expect(await docx.zip.file("docProps/core.xml")?.async("string")).toContain("<dc:language>x-fake</dc:language>");
  });

  it("is a language the registry's schema offers, with its help words, and the library's list", async () => {
    const schema = JSON.stringify(await brev.registryJsonSchema());
    expect(schema).toContain('"enum":["nb","nn","xx"]');
    expect(schema).toContain("Brevhodet på fiktivmål (ellers brukes bokmål).");
    expect(schema).toContain("nb (bokmål), nn (nynorsk) or xx (a made-up standard)");
    expect(await brev.validate([], { cwd: project })).toEqual({ letters: 6, warnings: [] });
    expect(brev.letterLanguageCodes()).toEqual(["nb", "nn", "xx"]);
    expect(brev.isLetterLanguage("xx") && !brev.isLetterLanguage("yy")).toBe(true);
  });

  it("starts a new template in it from the current one in it (brev new --template … --language xx)", async () => {
    const report = await brev.newDispatch({ template: "rapport", language: "xx" as Languages.LetterLanguageCode, today: "2026-05-04" }, project);
    expect(report.made).toEqual(["templates/rapport.xx.md.hbs"]);
    expect(await readFile(path.join(project, "templates/rapport.xx.md.hbs"), "utf8")).toBe(TEMPLATE);
    // With no template in it yet: from the current template in the languages its row starts from (here nynorsk).
    const plain = await mkdtemp(path.join(tmpdir(), "brev-language-"));
    await cp(SAMPLE, plain, { recursive: true });
    await brev.newDispatch({ template: "rapport", language: "xx" as Languages.LetterLanguageCode, today: "2026-05-04" }, plain);
    expect(await readFile(path.join(plain, "templates/rapport.xx.md.hbs"), "utf8")).toBe(
      await readFile(path.join(SAMPLE, "templates/inkluderingsdugnaden.nn.md.hbs"), "utf8"),
    );
  });

  it("is fixed once read: a row added after the stages loaded is refused, not half taken", () => {
    expect(() => languages.registerLetterLanguage({ ...FAKE, code: "xy", templateSuffix: "xy" })).toThrow(/after the table was read/);
  });
});
