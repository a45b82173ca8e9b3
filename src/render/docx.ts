// Renders a letter model to DOCX bytes with docx: Word styles rather than direct formatting, real list
// numbering, letterhead and footer on page 1 only (titlePage), and "Side N" fields on later pages.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HorizontalPositionRelativeFrom,
  ImageRun,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  WidthType,
} from "docx";
import { fileDateOf, type ImageAsset, type Renderer, type RendererFactory } from "../model/formats.js";
import type { Block, Inline, LabelledLines, LetterModel } from "../model/letter-model.js";
import { type DocxAdapter, docxAdapter, type SharedParts } from "./docx-adapter.js";
import { DOCX_NUMBERING, docxStyles } from "./docx-styles.js";
import { DOCX_PROPERTY } from "./file-fingerprint.js";
import { fitColumns, LOGO, MM, PAGE, TABLE, TEXT_WIDTH as TEXT_WIDTH_PT } from "./letter-style.js";
import { PartCache, zipParts } from "./zip.js";

export interface DocxOptions {
  /** The date written into the file (core properties, zip entries); default: the letter's date. */
  fileDate?: Date;
  /** false: docx's public API only, none of docx-adapter.ts's patches (what differs is said there). */
  patched?: boolean;
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

export const docxRenderer: RendererFactory = (assets, options) => createDocxRenderer(options, assets.images);

/** Images letters draw (the logo), by the hash the model names them by. */
type Images = ReadonlyMap<string, ImageAsset>;

/** The keys of a letter's headers and footers (by their place in the document): everything they are made of. */
function frameKeys(model: LetterModel): { header(i: number): string; footer(i: number): string } {
  const head = JSON.stringify([model.letterhead, model.logo ?? null, model.pageLabel, model.meta.language]);
  const foot = JSON.stringify([model.footer, model.meta.language]);
  return { header: (i) => `header ${i} ${head}`, footer: (i) => `footer ${i} ${foot}` };
}

/** What the parts every letter of a dispatch shares are made of (the adapter formats each once, by its key). */
function sharedParts(model: LetterModel): SharedParts {
  return { styles: `styles ${model.meta.language}`, ...frameKeys(model) };
}

/** Whether this letter's two headers and two footers are formatted already in this run. */
function framedBefore(adapter: DocxAdapter, model: LetterModel): boolean {
  const frame = frameKeys(model);
  return adapter.formattedBefore([0, 1].flatMap((i) => [frame.header(i), frame.footer(i)]));
}

export function createDocxRenderer(options: DocxOptions = {}, images: Images = new Map()): Renderer {
  const parts = new PartCache();
  const adapter = docxAdapter({ patched: options.patched !== false });
  return async (model) => {
    const date = fileDateOf(model, options);
    const document = docxDocument(model, images, framedBefore(adapter, model), adapter);
    // docx stamps core.xml with the clock; our own core.xml pins it, so the same letter gives the same bytes.
    const files = await adapter.parts(document, sharedParts(model), [{ path: "docProps/core.xml", data: coreProperties(model, date) }]);
    return zipParts(files, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, parts);
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

/**
 * The letter as docx's document. With `framed`, the letterhead and the footer of page 1 are left empty: their parts
 * are already formatted for this run (see above), and building them again would be thrown away.
 */
export function docxDocument(model: LetterModel, images: Images = new Map(), framed = false, adapter: DocxAdapter = docxAdapter()): Document {
  const { references } = model.meta;
  const runs = (content: readonly Inline[]) => textRuns(content, adapter);
  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    // What an archive system files the letter by, under the registry's own names.
    // And the fingerprint of the inputs the file was made from, so the file vouches for itself (Word keeps it on save).
    customProperties: [
      ...Object.entries(references).map(([name, value]) => ({ name, value })),
      ...(model.meta.fingerprint !== undefined ? [{ name: DOCX_PROPERTY, value: model.meta.fingerprint }] : []),
    ],
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
          first: new Header({ children: framed ? [] : letterhead(model, images) }),
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
          first: new Footer({ children: framed ? [] : [footerTable(model.footer)] }),
          default: new Footer({ children: [new Paragraph({ style: "Footer" })] }),
        },
        children: [
          // The body starts 25 mm down on every page; on page 1 the recipient must sit in the envelope window.
          ...model.recipient.map(
            (line, i) => new Paragraph({ style: "Recipient", text: line, ...(i === 0 ? { spacing: { before: twips(PAGE.recipientTop - 25 * MM) } } : {}) }),
          ),
          referenceTable(model),
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs([{ text: model.title }]) }),
          ...blocks(model.body, runs),
          ...closing(model),
        ],
      },
    ],
  });
}

/** Text runs with the Strong and Emphasis character styles; a linked run is a real hyperlink (external relationship). */
type Runs = (content: readonly Inline[]) => ParagraphChild[];

function textRuns(content: readonly Inline[], adapter: DocxAdapter): ParagraphChild[] {
  return content.map((r) => {
    const style = r.link ? "Hyperlink" : r.bold ? "Strong" : r.italic ? "Emphasis" : undefined;
    const run = new TextRun({
      text: r.text,
      ...(style ? { style } : {}),
      // A second emphasis on a run that already has a character style goes on the run itself.
      ...(r.bold && style !== "Strong" ? { bold: true } : {}),
      ...(r.italic && style !== "Emphasis" ? { italics: true } : {}),
    });
    return r.link ? adapter.hyperlink(r.link, [run]) : run;
  });
}

/** The body's blocks. Each list gets its own numbering instance, so every numbered list starts at 1. */
function blocks(body: readonly Block[], runs: Runs): (Paragraph | Table)[] {
  let instance = 0;
  return body.flatMap((b) => block(b, () => ++instance, runs));
}

function block(b: Block, nextInstance: () => number, runs: Runs): (Paragraph | Table)[] {
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
    case "list": {
      const items: ListEntry[] = [];
      const list = nextInstance();
      for (const item of b.items) {
        items.push({ content: item.content, ordered: b.ordered, level: 0, instance: list });
        const sub = item.sublist ? nextInstance() : 0;
        for (const inner of item.sublist?.items ?? []) items.push({ content: inner.content, ordered: item.sublist?.ordered ?? false, level: 1, instance: sub });
      }
      // The list's last item keeps a paragraph's space after it, so the next paragraph does not touch it.
      return items.map((e, i) => listParagraph(e, i === items.length - 1, runs));
    }
    case "table":
      // An empty small paragraph after the table: Word needs one between a table and what follows.
      return [dataTable(b, runs), new Paragraph({ style: "TableText" })];
  }
}

interface ListEntry {
  content: readonly Inline[];
  ordered: boolean;
  level: 0 | 1;
  instance: number;
}

function listParagraph(e: ListEntry, last: boolean, runs: Runs): Paragraph {
  return new Paragraph({
    style: e.ordered ? (e.level === 0 ? "ListNumber" : "ListNumber2") : e.level === 0 ? "ListBullet" : "ListBullet2",
    numbering: { reference: e.ordered ? "numbers" : "bullets", level: e.level, instance: e.instance },
    children: runs(e.content),
    ...(last ? { spacing: { after: 160 } } : {}),
  });
}

/**
 * A table as wide as the text: its first row a header row (bold, repeated on a new page, read as headers), a thin
 * rule under it and under the last row, no vertical lines; columns as wide as their longest text allows.
 */
function dataTable(b: Block & { type: "table" }, runs: Runs): Table {
  const columns = b.header.length;
  // Word sizes a fixed table by the widths given, so estimate each column's widest text (0.6 em a letter, enough for
  // bold Arimo), plus the cell's margins and a little room; and its longest word or number the same way, so that a
  // column never gets narrower than it (Word would break it between characters).
  const estimate = (letters: number) => twips(letters * 0.6 * TABLE.size + 2 * TABLE.cellPadding + 4);
  const columnText = (c: number) => [b.header[c] ?? [], ...b.rows.map((r) => r[c] ?? [])].map((cells) => cells.map((r) => r.text).join(""));
  const natural = b.header.map((_, c) => estimate(Math.max(4, ...columnText(c).map((text) => text.length))));
  const minimum = b.header.map((_, c) => estimate(Math.max(0, ...columnText(c).flatMap((text) => text.split(/[ \n]+/).map((word) => word.length)))));
  const widths = fitColumns(natural, b.align, TEXT_WIDTH, minimum).map(Math.floor);
  const rule = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const alignment = (c: number) => (b.align[c] === "right" ? AlignmentType.RIGHT : b.align[c] === "center" ? AlignmentType.CENTER : AlignmentType.LEFT);
  const rowOf = (cells: readonly Inline[][], header: boolean, last: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true, cantSplit: true } : { cantSplit: true }),
      children: Array.from(
        { length: columns },
        (_, c) =>
          new TableCell({
            width: { size: widths[c] ?? 0, type: WidthType.DXA },
            borders: { ...NO_BORDERS, ...(header || last ? { bottom: rule } : {}) },
            children: [
              new Paragraph({
                style: "TableText",
                alignment: alignment(c),
                children: runs(header ? (cells[c] ?? []).map((r) => ({ ...r, bold: true })) : (cells[c] ?? [])),
              }),
            ],
          }),
      ),
    });
  return new Table({
    rows: [rowOf(b.header, true, false), ...b.rows.map((row, i) => rowOf(row, false, i === b.rows.length - 1))],
    columnWidths: widths,
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: twips(TABLE.cellPadding), right: twips(TABLE.cellPadding) },
    borders: NO_BORDERS,
    tableLook: { ...LAYOUT_TABLE, firstRow: true },
  });
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

/**
 * The first page's letterhead: the logo (an image with its description) at the top left, the lines indented past it.
 * The image floats without wrapping and the lines carry the indent, so Word and LibreOffice place both alike.
 * An SVG logo goes in as SVG, with the PNG Word needs as its fallback.
 */
function letterhead(model: LetterModel, images: Images): Paragraph[] {
  const logo = model.logo;
  const image = logo ? images.get(logo.image) : undefined;
  if (!logo || !image) return model.letterhead.map((line) => new Paragraph({ style: "Letterhead", children: [new TextRun(line)] }));
  // As high as in the PDF; docx takes sizes in pixels at 96 to the inch.
  const widthPt = Math.min(LOGO.maxWidth, (LOGO.height * logo.width) / Math.max(1, logo.height));
  const px = (pt: number) => Math.round((pt * 96) / 72);
  const raster = { type: image.type, data: image.bytes } as const;
  const run = new ImageRun({
    ...(image.svg ? { type: "svg" as const, data: image.svg, fallback: raster } : raster),
    transformation: { width: px(widthPt), height: px(LOGO.height) },
    // The drawing's id is given: docx would count drawings across every document of the process, so a letter's
    // bytes would depend on which letters were made before it.
    altText: { id: "1", name: "logo", title: logo.alt, description: logo.alt },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
  const indent = { left: twips(widthPt + LOGO.gap) };
  return model.letterhead.map((line, i) => new Paragraph({ style: "Letterhead", indent, children: i === 0 ? [run, new TextRun(line)] : [new TextRun(line)] }));
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
