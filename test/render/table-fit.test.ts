// Tables fit or are refused (issue 17, point 7): one check, from the letter's font and text width, before any format
// is drawn; a table that passes is drawn with every number and identifier whole in its cell, in the PDF and the DOCX.
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { MarkdownError, markdownToBlocks } from "../../src/compose/markdown-to-blocks.js";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import type { TableMeasure } from "../../src/compose/table-fit.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { Block, LetterModel } from "../../src/model/letter-model.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { loadFonts } from "../../src/render/fonts.js";
import { PAGE, TABLE, TEXT_WIDTH } from "../../src/render/letter-style.js";
import { measureWith } from "../../src/render/pdf.js";
import { layoutLetter } from "../../src/render/pdf-layout.js";
import type { Measure } from "../../src/render/pdf-lines.js";
import { tableMeasure } from "../../src/render/table-measure.js";
import { SAMPLE } from "../helpers/sample.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** An amount as brev writes it: digits grouped by a no-break space. */
const AMOUNT = "10\u00a0000";

let measure: Measure;
let measureTable: TableMeasure;
let letter: LetterModel;

beforeAll(async () => {
  const fonts = await loadFonts();
  const doc = new PDFDocument({ autoFirstPage: false });
  const faces = { regular: fonts.normal, bold: fonts.bold, italic: fonts.italics, boldItalic: fonts.bolditalics };
  for (const [face, bytes] of Object.entries(faces)) doc.registerFont(face, bytes as unknown as string);
  measure = measureWith(doc);
  measureTable = tableMeasure(fonts);
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }));
  letter = letters[0]?.model as LetterModel;
});

const markdownTable = (columns: number, cell = AMOUNT) =>
  [
    `| ${Array.from({ length: columns }, (_, i) => `Post ${i + 1}`).join(" | ")} |`,
    `|${"---:|".repeat(columns)}`,
    `| ${Array.from({ length: columns }, () => cell).join(" | ")} |`,
  ].join("\n");

const tableOf = (columns: number, cell = AMOUNT) => markdownToBlocks(markdownTable(columns, cell))[0] as Block & { type: "table" };

/**
 * A budget table: a column of text long enough to need several lines, then `amounts` columns of amounts. Its natural
 * width is far over the text width, so the columns must give up room, but never below an amount's width.
 */
const budgetTable = (amounts: number) => {
  const text = "Tilskudd til drift av felles tjenester for departementene og underliggende virksomheter";
  const markdown = [
    `| Tekst | ${Array.from({ length: amounts }, (_, i) => `Post ${i + 1}`).join(" | ")} |`,
    `|---|${"---:|".repeat(amounts)}`,
    `| ${text} | ${Array.from({ length: amounts }, () => AMOUNT).join(" | ")} |`,
  ].join("\n");
  return markdownToBlocks(markdown)[0] as Block & { type: "table" };
};

/** The most columns of amounts a budget table takes, found by the check itself. */
const widest = () => {
  let n = 1;
  while (measureTable(budgetTable(n + 1)) === n + 2) n++;
  return n;
};

describe("the fit check", () => {
  it("counts the columns that fit: all of a narrow table, the first 11 of 40 columns of amounts", () => {
    expect(measureTable(tableOf(5))).toBe(5);
    expect(measureTable(tableOf(40))).toBe(11);
  });

  it("refuses a table too wide at the table's own offset, saying how many columns fit", () => {
    const markdown = `Tabellen:\n\n${markdownTable(40)}\n`;
    let error: unknown;
    try {
      markdownToBlocks(markdown, undefined, measureTable);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MarkdownError);
    expect((error as MarkdownError).message).toBe("this table has 40 columns, but only its first 11 fit across the letter");
    expect((error as MarkdownError).offset).toBe(markdown.indexOf("| Post 1 "));
    // Without a measure (a renderer's own tests) nothing is refused.
    expect(() => markdownToBlocks(markdown)).not.toThrow();
  });

  it("refuses a word or number wider than the page in a one-column table", () => {
    const table = tableOf(1, "X7".repeat(60));
    expect(measureTable(table)).toBe(0);
  });
});

describe("a table that fits", () => {
  it("is drawn in the PDF with every amount whole, on one line of its cell, inside the text width", () => {
    const amounts = widest();
    expect(amounts).toBe(9);
    const model: LetterModel = { ...structuredClone(letter), body: [budgetTable(amounts)] };
    const layout = layoutLetter(model, measure);
    // The data table is the letter's last Table (the reference line is the first).
    const table = layout.nodes.map((n) => n.type).lastIndexOf("Table");
    const inTable = (node: number) => layout.nodes[layout.nodes[node]?.parent ?? -1]?.parent === table;
    const cells = new Map<number, { text: string; ys: Set<number>; right: number }>();
    for (const item of layout.pages[0]?.items ?? []) {
      if (item.kind !== "text" || layout.nodes[item.node]?.type !== "TD" || !inTable(item.node)) continue;
      const cell = cells.get(item.node) ?? { text: "", ys: new Set<number>(), right: 0 };
      for (const f of item.fragments) {
        cell.text += f.text;
        cell.ys.add(f.y);
        cell.right = Math.max(cell.right, f.x + f.width);
      }
      cells.set(item.node, cell);
    }
    expect(cells.size).toBe(amounts + 1);
    for (const cell of [...cells.values()].slice(1)) {
      expect(cell.text).toBe(AMOUNT);
      expect(cell.ys.size).toBe(1);
      expect(cell.right).toBeLessThanOrEqual(PAGE.marginLeft + TEXT_WIDTH + 0.01);
    }
  });

  it("is in the DOCX no wider than the text, each column wide enough for its amount", async () => {
    const amounts = widest();
    const model: LetterModel = { ...structuredClone(letter), body: [budgetTable(amounts)] };
    const bytes = await createDocxRenderer()(model);
    const zip = await JSZip.loadAsync(bytes);
    const xml = new DOMParser().parseFromString((await zip.file("word/document.xml")?.async("string")) ?? "", "text/xml");
    const table = Array.from(xml.getElementsByTagNameNS(W, "tbl")).find(
      (t) => t.getElementsByTagNameNS(W, "tblHeader").length > 0 && t.textContent?.includes("Post 1"),
    );
    const grid = Array.from(table?.getElementsByTagNameNS(W, "gridCol") ?? []).map((g) => Number(g.getAttributeNS(W, "w")));
    expect(grid).toHaveLength(amounts + 1);
    expect(grid.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(Math.round(TEXT_WIDTH * 20));
    // Word breaks a word only where the cell's text width (the column less its margins) is narrower than it.
    const amount = measure.width(AMOUNT, "regular", TABLE.size);
    for (const w of grid.slice(1)) expect(w / 20 - 2 * TABLE.cellPadding).toBeGreaterThanOrEqual(amount);
  });
});
