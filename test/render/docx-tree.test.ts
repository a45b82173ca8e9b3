// The DOCX at its tree level: the body's paragraphs and tables in order, with the Word styles a clerk edits with,
// real numbering on section headings, and the first-page header and footer. Read with an XML parser.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { LetterModel } from "../../src/index.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { SAMPLE } from "../helpers/sample.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

type Node = { tag: "p"; style: string; text: string; numbered: boolean } | { tag: "tbl"; rows: string[][] };

async function bodyOf(model: LetterModel): Promise<{ body: Node[]; parts: Record<string, Document> }> {
  const zip = await JSZip.loadAsync(await createDocxRenderer()(model));
  const parts: Record<string, Document> = {};
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    parts[name] = new DOMParser().parseFromString((await zip.file(name)?.async("string")) ?? "", "text/xml");
  }
  const body = parts["word/document.xml"]?.getElementsByTagNameNS(W, "body")[0];
  const text = (el: Element) =>
    Array.from(el.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent)
      .join("");
  const nodes: Node[] = [];
  for (const child of Array.from(body?.childNodes ?? []) as Element[]) {
    if (child.localName === "p") {
      const style = child.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? "Normal";
      nodes.push({ tag: "p", style, text: text(child), numbered: child.getElementsByTagNameNS(W, "numPr").length > 0 });
    } else if (child.localName === "tbl") {
      nodes.push({ tag: "tbl", rows: Array.from(child.getElementsByTagNameNS(W, "tr")).map((tr) => Array.from(tr.getElementsByTagNameNS(W, "tc")).map(text)) });
    }
  }
  return { body: nodes, parts: parts };
}

let model: LetterModel;
beforeAll(async () => {
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }), (e) => e.agency.id === "distriktssenteret");
  model = letters[0]?.model as LetterModel;
});

describe("the DOCX tree of Distriktssenteret's letter", () => {
  it("has the letter's parts in reading order, each with its Word style", async () => {
    const { body } = await bodyOf(model);
    const outline = body.map((n) => (n.tag === "tbl" ? `table ${n.rows.length}x${n.rows[0]?.length}` : `${n.style}${n.numbered ? "#" : ""}`));
    expect(outline).toEqual([
      "Recipient",
      "Recipient",
      "Recipient",
      "table 2x3",
      "Title",
      "Heading1",
      ...Array(3).fill("Normal"),
      "Heading1",
      "Normal",
      // Each list names its own numbering instance, so a numbered list after it starts again at 1.
      ...Array(5).fill("ListBullet#"),
      ...Array(5).fill("Normal"),
      "Closing",
      "table 1x2",
      "Small",
      "Small",
      "Small",
    ]);
    expect(body[0]).toMatchObject({ text: "Distriktssenteret" });
    expect(body[3]).toEqual({
      tag: "tbl",
      rows: [
        ["Deres ref", "Vår ref", "Dato"],
        ["", "20/49-15", "11. november 2020"],
      ],
    });
    expect(body[4]).toMatchObject({ text: model.title });
    // The number comes from the Heading 1 style (see below), not from the paragraph.
    expect(body[5]).toMatchObject({ text: "Innledning", numbered: false });
    expect(body.find((n) => n.tag === "p" && n.style === "Closing")).toMatchObject({ text: "Med hilsen" });
  });

  it("gives the heading styles outline levels, and Heading 1 the section numbering, so a heading added in Word is numbered", async () => {
    const { parts } = await bodyOf(model);
    const styles = Array.from(parts["word/styles.xml"]?.getElementsByTagNameNS(W, "style") ?? []);
    const style = (id: string) => styles.find((st) => st.getAttributeNS(W, "styleId") === id);
    const level = (id: string) => style(id)?.getElementsByTagNameNS(W, "outlineLvl")[0]?.getAttributeNS(W, "val");
    expect(level("Heading1")).toBe("0");
    expect(level("Heading2")).toBe("1");
    expect(level("Title")).toBeUndefined();
    const numId = style("Heading1")?.getElementsByTagNameNS(W, "numId")[0]?.getAttributeNS(W, "val");
    const nums = Array.from(parts["word/numbering.xml"]?.getElementsByTagNameNS(W, "num") ?? []);
    const abstractId = nums
      .find((n) => n.getAttributeNS(W, "numId") === numId)
      ?.getElementsByTagNameNS(W, "abstractNumId")[0]
      ?.getAttributeNS(W, "val");
    const abstract = Array.from(parts["word/numbering.xml"]?.getElementsByTagNameNS(W, "abstractNum") ?? []).find(
      (a) => a.getAttributeNS(W, "abstractNumId") === abstractId,
    );
    expect(abstract?.getElementsByTagNameNS(W, "lvlText")[0]?.getAttributeNS(W, "val")).toBe("%1.");
  });

  it("puts the letterhead in the first page's header, the footer block in its footer, and 'Side N' on the others", async () => {
    const { parts } = await bodyOf(model);
    const rels = parts["word/_rels/document.xml.rels"];
    const settings = parts["word/document.xml"];
    const ref = (kind: string, type: string) => {
      const id = Array.from(settings?.getElementsByTagNameNS(W, `${kind}Reference`) ?? [])
        .find((r) => r.getAttributeNS(W, "type") === type)
        ?.getAttribute("r:id");
      const target = Array.from(rels?.getElementsByTagName("Relationship") ?? [])
        .find((r) => r.getAttribute("Id") === id)
        ?.getAttribute("Target");
      return parts[`word/${target}`]?.documentElement?.textContent ?? "";
    };
    expect(ref("header", "first")).toBe("DET KONGELIGEKOMMUNAL- OG MODERNISERINGSDEPARTEMENT");
    expect(ref("footer", "first")).toContain("PostadressePostboks 8112 Dep0032 Oslo");
    expect(ref("header", "default")).toContain("Side");
    expect(ref("header", "default")).toContain("PAGE");
  });
});

describe("lists in the DOCX", () => {
  it("nest one level with the level-2 list styles, and each numbered list starts at 1 (its own numbering instance)", async () => {
    const nested = structuredClone(model);
    const item = (text: string) => ({ content: [{ text }] });
    nested.body = [
      { type: "list", ordered: true, items: [{ ...item("Første"), sublist: { ordered: false, items: [item("under a"), item("under b")] } }, item("Andre")] },
      { type: "paragraph", content: [{ text: "Mellom." }] },
      { type: "list", ordered: true, items: [item("Ny liste")] },
    ];
    const zip = await JSZip.loadAsync(await createDocxRenderer()(nested));
    const doc = new DOMParser().parseFromString((await zip.file("word/document.xml")?.async("string")) ?? "", "text/xml");
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, "p")).filter((p) => p.getElementsByTagNameNS(W, "numPr").length > 0);
    const attr = (p: Element, name: string) => p.getElementsByTagNameNS(W, name)[0]?.getAttributeNS(W, "val");
    const rows = paragraphs
      .filter((p) => (attr(p, "pStyle") ?? "").startsWith("List"))
      .map((p) => [attr(p, "pStyle"), attr(p, "ilvl"), attr(p, "numId"), p.textContent]);
    expect(rows.map(([style, level, , text]) => [style, level, text])).toEqual([
      ["ListNumber", "0", "Første"],
      ["ListBullet2", "1", "under a"],
      ["ListBullet2", "1", "under b"],
      ["ListNumber", "0", "Andre"],
      ["ListNumber", "0", "Ny liste"],
    ]);
    // The first list's two items share a numbering instance; the second list has another, so it starts at 1.
    expect(rows[0]?.[2]).toBe(rows[3]?.[2]);
    expect(rows[4]?.[2]).not.toBe(rows[0]?.[2]);
  });
});
