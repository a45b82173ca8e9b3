// The DOCX as Word, LibreOffice, pandoc and an archive system read it: headings are headings (pandoc, LibreOffice's
// tagged PDF export), the bullets a list, the reference line a table with a header row and no spacer column, the
// other tables marked as layout only, and the letter's references in custom document properties.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { LetterModel } from "../../src/index.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { SAMPLE } from "../helpers/sample.js";
import { libreOfficeToPdf, run } from "../helpers/tools.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
let file: string;
let model: LetterModel;
let zip: JSZip;

beforeAll(async () => {
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }), (e) => e.agency.id === "distriktssenteret");
  model = structuredClone(letters[0]?.model as LetterModel);
  // A level-2 heading too, so both heading levels are seen.
  model.body.splice(2, 0, { type: "heading", level: 2, content: [{ text: "Bakgrunn" }] });
  const bytes = await createDocxRenderer()(model);
  file = path.join(await mkdtemp(path.join(tmpdir(), "brev-docx-")), "brev.docx");
  await writeFile(file, bytes);
  zip = await JSZip.loadAsync(bytes);
});

const xml = async (name: string) => new DOMParser().parseFromString((await zip.file(name)?.async("string")) ?? "", "text/xml");

describe("the DOCX for other readers", () => {
  it("pandoc reads the headings as headings and the bullets as a list", () => {
    const markdown = run("pandoc", ["-f", "docx", "-t", "markdown", file]);
    expect(markdown).toMatch(/^# Innledning$/m);
    expect(markdown).toMatch(/^## Bakgrunn$/m);
    expect(markdown).toMatch(/^# Utarbeidelse av handlingsplan$/m);
    expect(markdown.match(/^- {3}\S/gm)).toHaveLength(5);
  });

  it("LibreOffice's tagged PDF export has H1 and H2 elements, and the reference line's header cells", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-lo-"));
    libreOfficeToPdf([file], out, 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}');
    const tags = run("pdfinfo", ["-struct", path.join(out, "brev.pdf")]);
    expect(tags.match(/^\s*H1\b/gm)).toHaveLength(2);
    expect(tags.match(/^\s*H2\b/gm)).toHaveLength(1);
    expect(tags.match(/^\s*TH\b/gm)).toHaveLength(3);
  }, 120_000);

  it("has the reference line as a three-column table with a header row, indented to the right, and the other tables as layout tables", async () => {
    const doc = await xml("word/document.xml");
    const tables = Array.from(doc.getElementsByTagNameNS(W, "tbl"));
    const [reference, signatures] = tables;
    expect(reference?.getElementsByTagNameNS(W, "gridCol")).toHaveLength(3);
    const firstRow = reference?.getElementsByTagNameNS(W, "tr")[0];
    expect(firstRow?.getElementsByTagNameNS(W, "tblHeader")).toHaveLength(1);
    expect(reference?.getElementsByTagNameNS(W, "tblInd")[0]?.getAttributeNS(W, "w")).toMatch(/^\d+$/);
    // OOXML writes on/off as 1/0 or true/false.
    expect(reference?.getElementsByTagNameNS(W, "tblLook")[0]?.getAttributeNS(W, "firstRow")).toMatch(/^(1|true)$/);
    for (const layout of [signatures, ...Array.from((await xml("word/footer2.xml")).getElementsByTagNameNS(W, "tbl"))]) {
      expect(layout?.getElementsByTagNameNS(W, "tblHeader")).toHaveLength(0);
      const look = layout?.getElementsByTagNameNS(W, "tblLook")[0];
      for (const flag of ["firstRow", "firstColumn"]) expect(look?.getAttributeNS(W, flag)).toMatch(/^(0|false)$/);
    }
  });

  it("carries the letter's references as custom document properties", async () => {
    const custom = await xml("docProps/custom.xml");
    const props = Object.fromEntries(Array.from(custom.getElementsByTagName("property")).map((p) => [p.getAttribute("name"), p.textContent]));
    expect(props).toEqual({ dispatch: "inkluderingsdugnaden-2020", recipient: "Distriktssenteret", our_ref: "20/49-15" });
  });
});
