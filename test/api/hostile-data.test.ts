// Hostile data: prototype pollution, huge files, and text that looks like code or markup.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { generate, validate } from "../../src/index.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { hostileLetter, NASTY } from "../helpers/hostile.js";
import { type Json, qpdf } from "../helpers/pdf-inspect.js";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { BUDGET } from "../helpers/sample.js";
import { squash } from "../helpers/words.js";
import { BUDGET_REGISTRY, editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("prototype pollution", () => {
  it("__proto__ and constructor keys anywhere leave Object.prototype alone", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const text = await readFile(registry, "utf8");
    const hostile = [
      `__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n${text}`,
      text.replace("  - id: digdir\n", "  - id: digdir\n    blocks: { __proto__: { polluted: true } }\n"),
      text.replace("  - id: digdir\n", '  - id: digdir\n    "__proto__": { "polluted": true }\n'),
      `x-evil: &e { __proto__: { polluted: true } }\n${text.replace("  - id: digdir\n", "  - id: digdir\n    <<: *e\n")}`,
    ];
    for (const variant of hostile) {
      await writeFile(registry, variant);
      await validate([], { cwd }).catch(() => undefined);
      await generate({}, { cwd }).catch(() => undefined);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe("huge registries", () => {
  it("a 50 MB registry is refused with a size message, before parsing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "brev-huge-"));
    const file = path.join(dir, "huge.yaml");
    await writeFile(file, `agencies:\n${"  - { id: a, name: x }\n".repeat(2_300_000)}`);
    const run = await runInProcess(["validate", file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.yaml:1:1: error: the file is 50\.\d MB; a registry may be at most 10 MB/);
  });
});

describe("text that looks like code or markup comes out literally", () => {
  const RTL = /[\u200F\u202E]/;

  // LibreOffice opens this DOCX too: test/render/files.test.ts, in the tests' one LibreOffice run for DOCX files.
  it("in the PDF and the DOCX", async () => {
    const dir = await hostileLetter();
    const pdf = squash((await readPdf(await readFile(path.join(dir, "digdir.pdf")))).pages.join("\n"));
    const docx = squash(docxPlainText(await readDocx(await readFile(path.join(dir, "digdir.docx")))));
    for (const s of NASTY) {
      expect(docx).toContain(squash(s));
      // pdf.js reorders right-to-left runs and drops the invisible marks, so there the words are what can be compared.
      // (A character the font cannot draw, such as an emoji, is refused: see the fixture bad/undrawable.)
      if (RTL.test(s)) for (const word of ["משרד", "abc"]) expect(pdf).toContain(word);
      else expect(pdf).toContain(squash(s));
    }
  });

  it("a 2000-character name still lays out", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const long = "Direktoratet for lange navn ".repeat(72).trim().slice(0, 2000);
    await writeFile(registry, (await readFile(registry, "utf8")).replace("    name: Valgdirektoratet\n", `    name: ${long}\n`));
    const run = await runInProcess(["generate", "-a", "valgdirektoratet"], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const pdf = await readPdf(await readFile(path.join(cwd, "out/inkluderingsdugnaden-2020/valgdirektoratet.pdf")));
    expect(pdf.pages.length).toBeGreaterThan(1);
  });
});

describe("hostile values in tables, links and blocks", () => {
  // Values printed into a table row, next to a link: they stay one cell's literal text, and make no link.
  const CELLS = ["a | b | c", "**fet** og _kursiv_", "{{agency}} {{{x}}}", "[klikk](javascript:alert(1))", "<script>alert(1)</script>", "\\| ` ~~x~~"];

  it("a value with pipes, Markdown, template code or HTML stays one literal table cell", async () => {
    const cwd = await workspace(BUDGET);
    const registry = path.join(cwd, BUDGET_REGISTRY);
    const rows = CELLS.map((tekst, i) => `        - { kap: 542, post: "0${i}", tekst: ${JSON.stringify(tekst)}, belop: ${i + 1} }`).join("\n");
    await editFile(registry, '        - { kap: 542, post: "01", tekst: Driftsutgifter, belop: 1800000 }', rows);
    const report = await generate({ agencies: ["valgdirektoratet"] }, { cwd });
    expect(report.errors).toEqual([]);
    const dir = path.join(cwd, "out/budsjettendring-2020");
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, "valgdirektoratet.docx")));
    const xml = new DOMParser().parseFromString((await zip.file("word/document.xml")?.async("string")) ?? "", "text/xml");
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const table = Array.from(xml.getElementsByTagNameNS(W, "tbl")).find((t) => t.textContent?.includes("Endring (kr)"));
    const cellTexts = Array.from(table?.getElementsByTagNameNS(W, "tr") ?? []).map((tr) =>
      Array.from(tr.getElementsByTagNameNS(W, "tc")).map((tc) =>
        Array.from(tc.getElementsByTagNameNS(W, "t"))
          .map((t) => t.textContent)
          .join(""),
      ),
    );
    // The header, one row per value (still four cells each), the sum.
    expect(cellTexts).toHaveLength(CELLS.length + 2);
    for (const [i, value] of CELLS.entries()) expect(cellTexts[i + 1]).toEqual(["542", `0${i}`, value, String(i + 1)]);
    // Nothing in the values became a link: the only hyperlink is the template's own.
    expect(Array.from(xml.getElementsByTagNameNS(W, "hyperlink"))).toHaveLength(1);
    const pdf = squash((await readPdf(await readFile(path.join(dir, "valgdirektoratet.pdf")))).pages.join("\n"));
    for (const value of CELLS) expect(pdf).toContain(squash(value));
    // In the PDF too: every link annotation goes to the template's address.
    const view = qpdf(path.join(dir, "valgdirektoratet.pdf"));
    const uris = view.pages.flatMap((page) =>
      (((view.object(page.object) as Record<string, Json>)["/Annots"] ?? []) as string[]).map((ref) => {
        const action = (view.object(ref) as Record<string, Json>)["/A"] as string;
        return (view.object(action) as Record<string, Json>)["/URI"];
      }),
    );
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toBe("u:https://www.statsbudsjettet.no/");
  });

  it.each([
    ["a link to javascript:", "Se [her](javascript:alert(1)).", /a link must go to an https, http or mailto address, not "javascript:alert\(1\)"/],
    ["HTML", "Dette er <b>viktig</b>.", /HTML is not used in letters: <b>/],
    ["an image", "![logo](x.png)", /an image in the text is not used in letters/],
  ])("a block with %s is refused at its line in the registry", async (_, block, message) => {
    const cwd = await workspace(BUDGET);
    const registry = path.join(cwd, BUDGET_REGISTRY);
    await editFile(registry, "    our_ref: 20/5012-4\n", `    our_ref: 20/5012-4\n    blocks:\n      merknad: ${JSON.stringify(block)}\n`);
    const run = await runInProcess(["validate"], cwd);
    expect(run.code).toBe(1);
    // The second agency's block (the first agency has a merknad of its own).
    const lines = (await readFile(registry, "utf8")).split("\n");
    const line = lines.findIndex((l, i) => l.includes("merknad:") && lines[i - 2]?.includes("20/5012-4")) + 1;
    expect(run.stderr).toMatch(new RegExp(`^data/budsjettendring-2020\\.yaml:${line}:\\d+: error: .*`, "m"));
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("a block's template code comes out as its literal text", async () => {
    const cwd = await workspace(BUDGET);
    const registry = path.join(cwd, BUDGET_REGISTRY);
    await editFile(
      registry,
      "    our_ref: 20/5012-4\n",
      '    our_ref: 20/5012-4\n    blocks:\n      merknad: "Se {{agency}} og {{#each fields.rader}}x{{/each}}."\n',
    );
    const report = await generate({ agencies: ["valgdirektoratet"], formats: ["docx"] }, { cwd });
    expect(report.errors).toEqual([]);
    const docx = docxPlainText(await readDocx(await readFile(path.join(cwd, "out/budsjettendring-2020/valgdirektoratet.docx"))));
    expect(docx).toContain("Se {{agency}} og {{#each fields.rader}}x{{/each}}.");
  });
});
