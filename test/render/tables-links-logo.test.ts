// The budget-change sample at its tree level: the per-agency table of amounts, the link and the logo, in the PDF
// (qpdf's objects, poppler's structure tree) and in the DOCX (its XML parts and relationships, read with a parser).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Json, qpdf } from "../helpers/pdf-inspect.js";
import { readPdfLayout } from "../helpers/read-pdf.js";
import { BUDGET, generateSample } from "../helpers/sample.js";
import { run } from "../helpers/tools.js";
import { hashes } from "../helpers/workspace.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const URL = "https://www.statsbudsjettet.no/";
const ALT = "Logoen til departementet";

let outDir: string;
const file = (agency: string, ext: "pdf" | "docx") => path.join(outDir, "budsjettendring-2020", `${agency}.${ext}`);

beforeAll(() => {
  outDir = inject("samples").budget;
});

async function docxParts(agency: string): Promise<(name: string) => Document> {
  const zip = await JSZip.loadAsync(await readFile(file(agency, "docx")));
  const parts = new Map<string, Document>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    parts.set(name, new DOMParser().parseFromString((await zip.file(name)?.async("string")) ?? "", "text/xml"));
  }
  return (name) => {
    const part = parts.get(name);
    if (!part) throw new Error(`no part ${name}`);
    return part;
  };
}

const all = (node: Document | Element, ns: string, name: string) => Array.from(node.getElementsByTagNameNS(ns, name));
const textOf = (node: Element) =>
  all(node, W, "t")
    .map((t) => t.textContent)
    .join("");
const relationship = (rels: Document, id: string) => all(rels, PR, "Relationship").find((r) => r.getAttribute("Id") === id);

/** The PDF's structure elements, depth first, with what poppler and qpdf say of them. */
function structure(pdf: string): { role: string; depth: number; value: Record<string, Json> }[] {
  const view = qpdf(pdf);
  const out: { role: string; depth: number; value: Record<string, Json> }[] = [];
  const walk = (ref: Json, depth: number) => {
    if (typeof ref !== "string") return;
    const value = view.object(ref) as Record<string, Json>;
    if (value?.["/Type"] === "/OBJR" || !value?.["/S"]) return;
    out.push({ role: String(value["/S"]).slice(1), depth, value });
    const kids = value["/K"];
    for (const kid of Array.isArray(kids) ? kids : [kids]) walk(kid as Json, depth + 1);
  };
  const root = view.object(view.catalog["/StructTreeRoot"] as string) as Record<string, Json>;
  const kids = root["/K"];
  for (const kid of Array.isArray(kids) ? kids : [kids]) walk(kid as Json, 0);
  return out;
}

describe("the table of amounts", () => {
  it("is in the DOCX a real table: a header row Word repeats, then one row per line of fields.rader and the sum", async () => {
    const part = await docxParts("digdir");
    const tables = all(part("word/document.xml"), W, "tbl");
    const data = tables.find((t) => all(t, W, "tblHeader").length > 0 && textOf(t).includes("Endring (kr)"));
    expect(data).toBeDefined();
    const rows = all(data as Element, W, "tr");
    expect(rows.map((tr) => all(tr, W, "tc").map(textOf))).toEqual([
      ["Kapittel", "Post", "Betegnelse", "Endring (kr)"],
      ["540", "01", "Driftsutgifter", "12\u00a0500\u00a0000"],
      ["540", "21", "Spesielle driftsutgifter", "\u22123\u00a0000\u00a0000"],
      ["540", "25", "Medfinansieringsordning for digitaliseringsprosjekter", "4\u00a0250\u00a0000"],
      ["", "", "Sum", "13\u00a0750\u00a0000"],
    ]);
    // Only the first row is a header row.
    expect(rows.map((tr) => all(tr, W, "tblHeader").length)).toEqual([1, 0, 0, 0, 0]);
    // The amounts are right-aligned, the text left.
    const alignment = (tr: Element, c: number) => all(all(tr, W, "tc")[c] as Element, W, "jc")[0]?.getAttributeNS(W, "val");
    for (const tr of rows) {
      expect(alignment(tr, 3)).toBe("right");
      expect(alignment(tr, 2)).toBe("left");
    }
  });

  it("is in the PDF a Table of TR rows: TH cells (scope Column) in the first, TD cells after", () => {
    const tree = structure(file("digdir", "pdf"));
    const tables = tree.filter((n) => n.role === "Table");
    // The reference line (Deres ref / Vår ref / Dato) is a table too; the amounts are the second.
    expect(tables).toHaveLength(2);
    const start = tree.indexOf(tables[1] as (typeof tree)[number]);
    const depth = tables[1]?.depth ?? 0;
    const inside = tree.slice(start + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((n) => n.depth > depth));
    const rows = inside.filter((n) => n.depth === depth + 1);
    expect(rows.map((r) => r.role)).toEqual(["TR", "TR", "TR", "TR", "TR"]);
    const cells = inside.filter((n) => n.depth === depth + 2);
    expect(cells.map((c) => c.role)).toEqual([...Array(4).fill("TH"), ...Array(16).fill("TD")]);
    for (const th of cells.slice(0, 4)) expect(th.value["/A"]).toMatchObject({ "/O": "/Table", "/Scope": "/Column" });
  });

  it("pdf.js reads the rows back in order, the numbers with no-break spaces and a real minus", async () => {
    const text = (await readPdfLayout(await readFile(file("digdir", "pdf")))).join("\n");
    const rows = text.split("\n").filter((l) => /^\s*540\s/.test(l) || /\bSum\b/.test(l));
    expect(rows.map((l) => l.trim().split(/ {2,}/))).toEqual([
      ["540", "01", "Driftsutgifter", "12 500 000"],
      ["540", "21", "Spesielle driftsutgifter", "\u22123 000 000"],
      ["540", "25", "Medfinansieringsordning for digitaliseringsprosjekter", "4 250 000"],
      ["Sum", "13 750 000"],
    ]);
  });
});

describe("the link", () => {
  it("is in the PDF a Link element holding its text and a URI annotation per line, each annotation with the address", () => {
    const view = qpdf(file("digdir", "pdf"));
    const links = structure(file("digdir", "pdf")).filter((n) => n.role === "Link");
    expect(links).toHaveLength(1);
    const kids = links[0]?.value["/K"] as Json[];
    const objrs = kids.filter((k): k is Record<string, Json> => typeof k === "object" && k !== null && !Array.isArray(k) && k["/Type"] === "/OBJR");
    // Its text, as marked content, and the annotations (the link breaks over two lines).
    expect(kids.some((k) => typeof k === "number")).toBe(true);
    expect(objrs).toHaveLength(2);
    for (const objr of objrs) {
      const annot = view.object(objr["/Obj"] as string) as Record<string, Json>;
      expect(annot).toMatchObject({ "/Subtype": "/Link", "/Contents": `u:${URL}` });
      expect(typeof annot["/StructParent"]).toBe("number");
      const action = view.object(annot["/A"] as string) as Record<string, Json>;
      expect(action).toMatchObject({ "/S": "/URI", "/URI": `u:${URL}` });
    }
  });

  it("is in the DOCX a hyperlink whose relationship points outside the file, to the address", async () => {
    const part = await docxParts("digdir");
    const [hyperlink, ...more] = all(part("word/document.xml"), W, "hyperlink");
    expect(more).toEqual([]);
    expect(textOf(hyperlink as Element)).toBe(`nettsidene om statsbudsjettet (${URL})`);
    const rel = relationship(part("word/_rels/document.xml.rels"), hyperlink?.getAttributeNS(R, "id") ?? "");
    expect(rel?.getAttribute("Type")).toBe(`${R}/hyperlink`);
    expect(rel?.getAttribute("Target")).toBe(URL);
    expect(rel?.getAttribute("TargetMode")).toBe("External");
    // In the Hyperlink character style, so it looks like a link in Word.
    expect(all(hyperlink as Element, W, "rStyle")[0]?.getAttributeNS(W, "val")).toBe("Hyperlink");
  });
});

describe("the logo", () => {
  it("is in the PDF a Figure with Alt text and a bounding box, drawn as an image on page 1", () => {
    const figures = structure(file("valgdirektoratet", "pdf")).filter((n) => n.role === "Figure");
    expect(figures).toHaveLength(1);
    expect(figures[0]?.value["/Alt"]).toBe(`u:${ALT}`);
    expect(figures[0]?.value["/A"]).toMatchObject({ "/O": "/Layout", "/Placement": "/Block" });
    // pdfimages: page, num, type… One image on page 1, with its transparency as a soft mask.
    const images = run("pdfimages", ["-list", file("valgdirektoratet", "pdf")])
      .trim()
      .split("\n")
      .slice(2)
      .map((row) => row.trim().split(/\s+/).slice(0, 3));
    expect(images.map(([page, , type]) => [page, type])).toEqual([
      ["1", "image"],
      ["1", "smask"],
    ]);
  });

  it("is in the DOCX's first-page header an image with its description, the SVG with a PNG for older Word", async () => {
    const part = await docxParts("kartverket");
    const first = all(part("word/document.xml"), W, "headerReference").find((h) => h.getAttributeNS(W, "type") === "first");
    const header = relationship(part("word/_rels/document.xml.rels"), first?.getAttributeNS(R, "id") ?? "")?.getAttribute("Target") ?? "";
    const docPr = all(part(`word/${header}`), WP, "docPr");
    expect(docPr.map((d) => d.getAttribute("descr"))).toEqual([ALT]);
    const blip = all(part(`word/${header}`), A, "blip")[0] as Element;
    const rels = part(`word/_rels/${header}.rels`);
    expect(relationship(rels, blip.getAttributeNS(R, "embed") ?? "")?.getAttribute("Target")).toMatch(/^media\/.+\.png$/);
    const svg = Array.from(blip.getElementsByTagNameNS("http://schemas.microsoft.com/office/drawing/2016/SVG/main", "svgBlip"))[0];
    expect(relationship(rels, svg?.getAttributeNS(R, "embed") ?? "")?.getAttribute("Target")).toMatch(/^media\/.+\.svg$/);
  });
});

describe("links and the logo keep output reproducible", () => {
  it("two runs in this process give the same letters, byte for byte, as the brev command's run", async () => {
    // The manifests differ: their fingerprints hash brev's own code, here src/ and there dist/.
    const letters = async (dir: string) => Object.fromEntries(Object.entries(await hashes(dir)).filter(([f]) => !f.endsWith("manifest.json")));
    const expected = await letters(outDir);
    // Three agencies, three files each, and the dispatch's journal.csv.
    expect(Object.keys(expected)).toHaveLength(10);
    expect(await letters((await generateSample(BUDGET)).outDir)).toEqual(expected);
    expect(await letters((await generateSample(BUDGET)).outDir)).toEqual(expected);
  });
});
