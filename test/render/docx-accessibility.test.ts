// The DOCX as Word, LibreOffice, pandoc and an archive system read it: headings are headings (pandoc; LibreOffice's
// tagged PDF export in files.test.ts), the bullets a list, the reference line a table with a header row and no spacer column, the
// other tables marked as layout only, and the letter's references in custom document properties.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { headingsLetter } from "../helpers/headings-letter.js";
import { run } from "../helpers/tools.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
let file: string;
let zip: JSZip;

beforeAll(async () => {
  const letter = await headingsLetter();
  file = path.join(await mkdtemp(path.join(tmpdir(), "brev-docx-")), "brev.docx");
  await writeFile(file, letter.docx);
  zip = await JSZip.loadAsync(letter.docx);
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

  // LibreOffice's tagged PDF export of this letter (H1, H2 and TH elements): test/render/files.test.ts, in the one
  // LibreOffice run the tests make.

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
