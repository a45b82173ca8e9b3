// Renders a letter model to DOCX bytes with docx: Word styles rather than direct formatting, real list
// numbering, letterhead and footer on page 1 only (titlePage), and "Side N" fields on later pages.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Inline, LabelledLines, LetterModel } from "../compose/letter-model.js";
import { DOCX_NUMBERING, docxStyles } from "./docx-styles.js";
import { fileDateOf, type Renderer, type RendererFactory } from "./format.js";
import { MM, PAGE, TEXT_WIDTH as TEXT_WIDTH_PT } from "./letter-style.js";
import { pinZipTimes } from "./pin-zip-times.js";

export interface DocxOptions {
  /** The date written into the file (core properties, zip entries); default: the letter's date. */
  fileDate?: Date;
}

const TWIPS_PER_PT = 20;
const twips = (pt: number) => Math.round(pt * TWIPS_PER_PT);
const TEXT_WIDTH = twips(TEXT_WIDTH_PT);
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "auto" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "auto" },
  left: { style: BorderStyle.NONE, size: 0, color: "auto" },
  right: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "auto" },
};

export const docxRenderer: RendererFactory = (_, options) => createDocxRenderer(options);

export function createDocxRenderer(options: DocxOptions = {}): Renderer {
  return async (model) => {
    const date = fileDateOf(model, options);
    // docx stamps core.xml with the clock; our own core.xml pins it, so the same letter gives the same bytes.
    const buffer = await Packer.toBuffer(docxDocument(model), false, [{ path: "docProps/core.xml", data: coreProperties(model, date) }]);
    const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    return pinZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), day);
  };
}

function coreProperties(model: LetterModel, date: Date): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const when = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const { title, subject, author, language } = model.meta;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:subject>${esc(subject)}</dc:subject><dc:creator>${esc(author)}</dc:creator><dc:language>${esc(language)}</dc:language>` +
    `<cp:lastModifiedBy>${esc(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function docxDocument(model: LetterModel): Document {
  const { references } = model.meta;
  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    // What an archive system files the letter by, under the registry's own names.
    customProperties: Object.entries(references).map(([name, value]) => ({ name, value })),
    styles: docxStyles(model.meta.language),
    numbering: DOCX_NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(25 * MM),
              bottom: twips(PAGE.marginBottom),
              left: twips(PAGE.marginLeft),
              right: twips(PAGE.marginRight),
              header: twips(15 * MM),
              footer: twips(10 * MM),
            },
          },
        },
        headers: {
          first: new Header({ children: model.letterhead.map((line) => new Paragraph({ style: "Letterhead", text: line })) }),
          default: new Header({
            children: [
              new Paragraph({
                style: "Header",
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${model.pageLabel} `, PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [footerTable(model.footer)] }),
          default: new Footer({ children: [new Paragraph({ style: "Footer" })] }),
        },
        children: [
          // The body starts 25 mm down on every page; on page 1 the recipient must sit in the envelope window.
          ...model.recipient.map(
            (line, i) => new Paragraph({ style: "Recipient", text: line, ...(i === 0 ? { spacing: { before: twips(PAGE.recipientTop - 25 * MM) } } : {}) }),
          ),
          referenceTable(model),
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs([{ text: model.title }]) }),
          ...model.body.flatMap(block),
          ...closing(model),
        ],
      },
    ],
  });
}

function runs(content: Inline[]): ParagraphChild[] {
  return content.map((r) => new TextRun({ text: r.text, ...(r.bold ? { style: "Strong" } : r.italic ? { style: "Emphasis" } : {}) }));
}

function block(b: Block): Paragraph[] {
  switch (b.type) {
    case "heading":
      return [
        new Paragraph({
          // Heading 1 numbers itself (its style has the section numbering): "1. Innledning".
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: runs(b.content),
        }),
      ];
    case "paragraph":
      return [new Paragraph({ children: runs(b.content) })];
    case "list":
      // The list's last item keeps a paragraph's space after it, so the next paragraph does not touch it.
      return b.items.map(
        (item, i) =>
          new Paragraph({
            style: b.ordered ? "ListNumber" : "ListBullet",
            children: runs(item),
            ...(i === b.items.length - 1 ? { spacing: { after: 160 } } : {}),
          }),
      );
  }
}

function cell(children: Paragraph[], width: number, borders: object = NO_BORDERS): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders });
}

/** Neither a header row nor a first column of headers: how OOXML says a table only lays text out. */
const LAYOUT_TABLE = { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true } as const;

/**
 * A table without borders or inner cell margins, so its text lines up with the body text, as in the PDF. LibreOffice
 * ignores implicit widths, so every column and cell gets one. `header`: the first row heads the columns (repeated
 * on a new page, and read as headers); otherwise the table is marked as a layout table.
 */
function table(rows: TableCell[][], widths: number[], options: { borders?: object; header?: boolean; indent?: number } = {}): Table {
  return new Table({
    rows: rows.map((cells, i) => new TableRow({ children: cells, ...(options.header && i === 0 ? { tableHeader: true } : {}) })),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: 0, right: 0 },
    borders: options.borders ?? NO_BORDERS,
    tableLook: options.header ? { ...LAYOUT_TABLE, firstRow: true } : LAYOUT_TABLE,
    ...(options.indent ? { indent: { size: options.indent, type: WidthType.DXA } } : {}),
  });
}

/** Deres ref / Vår ref / Dato: a real table whose first row heads its columns, at the right of the text column. */
function referenceTable(model: LetterModel): Table {
  const widths = [twips(95), twips(85), twips(110)];
  const labels = model.reference.map((r, i) => cell([new Paragraph({ style: "ReferenceLabel", text: r.label })], widths[i] ?? 0));
  const values = model.reference.map((r, i) => cell([new Paragraph({ style: "ReferenceValue", text: r.value })], widths[i] ?? 0));
  return table([labels, values], widths, { header: true, indent: TEXT_WIDTH - widths.reduce((a, b) => a + b, 0) });
}

function closing(model: LetterModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ style: "Closing", text: model.closing })];
  if (model.signatories.length > 0) {
    const width = Math.floor(TEXT_WIDTH / 2);
    const rows: TableCell[][] = [];
    for (let i = 0; i < model.signatories.length; i += 2) {
      const pair = model.signatories.slice(i, i + 2);
      while (pair.length < 2) pair.push({ name: "", title: "" });
      rows.push(
        pair.map((s) =>
          cell([new Paragraph({ style: "Signature", spacing: { before: 400 }, text: s.name }), new Paragraph({ style: "Signature", text: s.title })], width),
        ),
      );
    }
    out.push(table(rows, [width, width]));
  }
  if (model.electronicSignature) out.push(new Paragraph({ style: "Small", text: model.electronicSignature }));
  for (const list of [model.attachments, model.copies]) if (list) out.push(...labelledList(list));
  return out;
}

function labelledList(list: LabelledLines): Paragraph[] {
  return [
    new Paragraph({ style: "Small", children: [new TextRun({ text: list.label, style: "Strong" })] }),
    ...list.lines.map((line) => new Paragraph({ style: "Small", spacing: { before: 0 }, text: line })),
  ];
}

/** The sender's contact data at the foot of page 1, under a rule (on the cells: their own borders win over the table's). */
function footerTable(columns: LabelledLines[][]): Table {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, columns.length));
  const rule = { ...NO_BORDERS, top: { style: BorderStyle.SINGLE, size: 4, color: "000000" } };
  const cells = columns.map((sections) =>
    cell(
      sections.flatMap((s) => [
        new Paragraph({ style: "FooterLabel", text: s.label }),
        ...s.lines.map((line) => new Paragraph({ style: "Footer", text: line })),
      ]),
      width,
      rule,
    ),
  );
  return table(
    [cells],
    columns.map(() => width),
  );
}
