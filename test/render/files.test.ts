// The generated files as other programs see them: qpdf, poppler's pdffonts, pdf.js, LibreOffice, and the DOCX's own XML.
import { copyFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { loadFonts } from "../../src/render/fonts.js";
import { createPdfRenderer } from "../../src/render/pdf.js";
import { dispatchFrom, registryWith } from "../helpers/entries.js";
import { headingsLetter } from "../helpers/headings-letter.js";
import { hostileLetter } from "../helpers/hostile.js";
import { readDocx } from "../helpers/read-docx.js";
import { pdfText, readPdf } from "../helpers/read-pdf.js";
import { libreOfficeToPdf, run } from "../helpers/tools.js";
import { squash } from "../helpers/words.js";

let dir: string;
let pdfs: string[];
let docxs: string[];

beforeAll(async () => {
  dir = path.join(inject("samples").sample, "inkluderingsdugnaden-2020");
  const files = (await readdir(dir)).sort();
  pdfs = files.filter((f) => f.endsWith(".pdf")).map((f) => path.join(dir, f));
  docxs = files.filter((f) => f.endsWith(".docx")).map((f) => path.join(dir, f));
});

describe("PDF", () => {
  it("passes qpdf --check, pdf.js reads it, and every font is embedded", async () => {
    expect(pdfs).toHaveLength(6);
    for (const pdf of pdfs) {
      expect(run("qpdf", ["--check", pdf])).toContain("No syntax or stream encoding errors");
      expect(squash(await pdfText(pdf))).toContain("handlingsplan for inkluderingsdugnaden");
      const fonts = run("pdffonts", [pdf]).trim().split("\n").slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe("yes");
    }
  });

  it("has title, author, subject and language, and 'Side 2' only on page 2", async () => {
    const pdf = await readPdf(await readFile(path.join(dir, "distriktssenteret.pdf")));
    expect(pdf.info).toMatchObject({
      Title: "Tillegg nr. 4 til tildelingsbrev 2020 til Distriktssenteret – handlingsplan for inkluderingsdugnaden",
      Author: "Kommunal- og moderniseringsdepartementet",
      Subject: "Handlingsplan for inkluderingsdugnaden",
      Language: "nb-NO",
    });
    expect(pdf.pages.length).toBe(2);
    expect(pdf.pages[0]).toContain("Postadresse");
    expect(pdf.pages[0]).not.toMatch(/Side \d/);
    expect(pdf.pages[1]).toContain("Side 2");
    expect(pdf.pages[1]).not.toContain("Postadresse");
  });

  it("renders æøå and Sami letters with the embedded font", async () => {
    const [entry] = dispatchFrom(registryWith("    name: Sámediggi – Sametinget\n    address: [Ávjovárgeaidnu 50, 9730 KÁRÁŠJOHKA]\n")).entries;
    if (!entry) throw new Error("no entry");
    const model = composeLetter(entry, compileTemplate("---\ntitle: Brev til {{agency.name}}\n---\nÆØÅ æøå á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž\n", "t"));
    const pdf = await readPdf(await createPdfRenderer(await loadFonts())(model));
    expect(pdf.pages[0]).toContain("ÆØÅ æøå á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž");
    expect(pdf.pages[0]).toContain("9730 KÁRÁŠJOHKA");
  });
});

describe("DOCX", () => {
  it("LibreOffice opens every file and the one whose values look like code or markup; its tagged export has the headings and header cells", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-lo-"));
    // One LibreOffice run for all (each run costs seconds): the sample letters, test/helpers/hostile.ts's letter, and
    // test/helpers/headings-letter.ts's, exported as tagged PDF (what a screen reader gets from the DOCX).
    const inputs = await mkdtemp(path.join(tmpdir(), "brev-lo-in-"));
    const hostile = path.join(inputs, "hostile.docx");
    await copyFile(path.join(await hostileLetter(), "digdir.docx"), hostile);
    const headings = path.join(inputs, "headings.docx");
    await writeFile(headings, (await headingsLetter()).docx);
    libreOfficeToPdf([...docxs, hostile, headings], out, 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}');
    expect(squash(await pdfText(path.join(out, "hostile.pdf")))).toContain("{{x}} {{{y}}}");
    for (const docx of docxs) {
      const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, ".pdf"));
      const text = squash(await pdfText(pdf));
      expect(text).toContain("handlingsplan for inkluderingsdugnaden");
      expect(text).toContain(docx.endsWith("kartverket.docx") ? "Med helsing" : "Med hilsen");
    }
    // Headings are headings (two H1, the added H2) and the reference line's cells are header cells.
    const tags = run("pdfinfo", ["-struct", path.join(out, "headings.pdf")]);
    expect(tags.match(/^\s*H1\b/gm)).toHaveLength(2);
    expect(tags.match(/^\s*H2\b/gm)).toHaveLength(1);
    expect(tags.match(/^\s*TH\b/gm)).toHaveLength(3);
  }, 180_000);

  it("uses Word styles, real numbering, a first-page footer and page fields", async () => {
    const docx = await readDocx(await readFile(path.join(dir, "distriktssenteret.docx")));
    const document = (await docx.zip.file("word/document.xml")?.async("string")) ?? "";
    const styles = (await docx.zip.file("word/styles.xml")?.async("string")) ?? "";
    const numbering = (await docx.zip.file("word/numbering.xml")?.async("string")) ?? "";
    const core = (await docx.zip.file("docProps/core.xml")?.async("string")) ?? "";
    for (const style of ["Title", "Heading1", "ListBullet"]) {
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(document).toContain("<w:titlePg/>");
    expect(document).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(document).toMatch(/<w:gridCol w:w="\d+"\/>/);
    const headers = await Promise.all(
      Object.keys(docx.zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => docx.zip.file(n)?.async("string")),
    );
    expect(headers.some((h) => h?.includes("PAGE"))).toBe(true);
    expect(Object.entries(docx.parts).some(([name, paras]) => name.startsWith("word/footer") && paras.includes("Postadresse"))).toBe(true);
    expect(core).toContain("<dc:title>Tillegg nr. 4 til tildelingsbrev 2020 til Distriktssenteret – handlingsplan for inkluderingsdugnaden</dc:title>");
    expect(styles).toContain('w:val="nb-NO"');
    expect(styles).toContain('w:ascii="Arial"');
  });

  it("keeps data literal and the XML valid", async () => {
    const nasty = "<w:t>&amp; ]]> </script> {{x}} **fet** \u202Eá č đ ŋ š ŧ ž 😀";
    const [entry] = dispatchFrom(registryWith(`    name: ${JSON.stringify(nasty)}\n`)).entries;
    if (!entry) throw new Error("no entry");
    const model = composeLetter(entry, compileTemplate("---\ntitle: T\n---\nTil {{agency.name}}.\n", "t"));
    const docx = await readDocx(await createDocxRenderer()(model));
    expect(docx.parts["word/document.xml"]).toContain(`Til ${nasty}.`);
  });
});
