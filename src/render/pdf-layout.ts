// Lays out a letter model as a pdfmake document definition (pure: no fonts, no I/O).
import type { Content, ContentText, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { Block, Inline, LabelledLines, LetterModel } from "../compose/letter-model.js";
import { PAGE } from "./page-geometry.js";

export const PDF_FONT_FAMILY = "Arimo";

export function pdfDocDefinition(model: LetterModel, fileDate?: Date): TDocumentDefinitions {
  const date = fileDate ?? new Date(`${model.meta.date}T00:00:00Z`);
  const recipientBottom = PAGE.recipientTop + model.recipient.length * PAGE.bodySize * PAGE.lineHeight;
  const firstFlowY = Math.max(PAGE.referenceTop, recipientBottom + 24);
  return {
    pageSize: "A4",
    pageMargins: [PAGE.marginLeft, PAGE.marginTop, PAGE.marginRight, PAGE.marginBottom],
    language: model.meta.language,
    info: {
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      creator: "brev",
      producer: "brev",
      // pdfkit derives the file /ID from CreationDate, so pinning it to the letter's date keeps output byte-identical.
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: PAGE.bodySize, lineHeight: PAGE.lineHeight },
    styles: {
      letterhead: { fontSize: 11, characterSpacing: 0.6, lineHeight: 1.2 },
      referenceLabel: { fontSize: 8 },
      referenceValue: { fontSize: 10 },
      title: { fontSize: 13, bold: true },
      heading: { fontSize: 11, bold: true },
      small: { fontSize: 10 },
      footer: { fontSize: 7.5, lineHeight: 1.1 },
      footerLabel: { fontSize: 7.5, bold: true, lineHeight: 1.1 },
    },
    header: (page: number) =>
      page > 1 ? { text: `${model.pageLabel} ${page}`, alignment: "right", fontSize: 10, margin: [PAGE.marginLeft, 12 * 2.835, PAGE.marginRight, 0] } : null,
    footer: (page: number) => (page === 1 ? footerBlock(model.footer) : null),
    content: [
      { stack: model.letterhead.map((line) => ({ text: line })), style: "letterhead", absolutePosition: { x: PAGE.marginLeft, y: PAGE.marginTop } },
      { stack: model.recipient.map((line) => ({ text: line })), absolutePosition: { x: PAGE.marginLeft, y: PAGE.recipientTop } },
      referenceLine(model, firstFlowY - PAGE.marginTop),
      { text: model.title, style: "title", margin: [0, 26, 0, 14] },
      ...model.body.map(block),
      ...closing(model),
    ],
  };
}

function referenceLine(model: LetterModel, top: number): Content {
  const widths = [95, 85, 110];
  return {
    columns: [
      { width: "*", text: "" },
      ...model.reference.map((cell, i) => ({
        width: widths[i] ?? 90,
        stack: [
          { text: cell.label, style: "referenceLabel" },
          { text: cell.value === "" ? " " : cell.value, style: "referenceValue" },
        ],
      })),
    ],
    margin: [0, top, 0, 0],
  };
}

function runs(content: Inline[]): ContentText[] {
  return content.map((run) => ({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}) }));
}

function block(b: Block): Content {
  switch (b.type) {
    case "heading":
      return {
        text: [...(b.number ? [{ text: `${b.number}. ` }] : []), ...runs(b.content)],
        style: "heading",
        margin: [0, 8, 0, 4],
        headlineLevel: b.level,
      };
    case "paragraph":
      return { text: runs(b.content), margin: [0, 0, 0, 8] };
    case "list": {
      const items = b.items.map((item) => ({ text: runs(item), margin: [0, 0, 0, 2] as [number, number, number, number] }));
      return b.ordered ? { ol: items, margin: [12, 0, 0, 8] } : { ul: items, margin: [12, 0, 0, 8] };
    }
  }
}

function closing(model: LetterModel): Content[] {
  const out: Content[] = [{ text: model.closing, margin: [0, 12, 0, 0], unbreakable: true }];
  if (model.signatories.length > 0) {
    const pairs: Content[] = [];
    for (let i = 0; i < model.signatories.length; i += 2) {
      pairs.push({
        columns: model.signatories.slice(i, i + 2).map((s) => ({ width: 220, stack: [{ text: s.name }, { text: s.title }] })),
        columnGap: 20,
        margin: [0, 20, 0, 0],
      });
    }
    out.push({ stack: pairs, unbreakable: true });
  }
  if (model.electronicSignature) out.push({ text: model.electronicSignature, style: "small", margin: [0, 16, 0, 0] });
  for (const list of [model.attachments, model.copies]) {
    if (list) out.push(labelledList(list));
  }
  return out;
}

function labelledList(list: LabelledLines): Content {
  return {
    stack: [{ text: list.label, bold: true }, ...list.lines.map((line) => ({ text: line }))],
    style: "small",
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

function footerBlock(columns: LabelledLines[][]): Content {
  const width = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
  return {
    stack: [
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5 }] },
      {
        columns: columns.map((sections) => ({
          width: "*",
          stack: sections.flatMap((s) => [{ text: s.label, style: "footerLabel" }, ...s.lines.map((line) => ({ text: line, style: "footer" }))]),
        })),
        columnGap: 8,
        margin: [0, 4, 0, 0],
      },
    ],
    margin: [PAGE.marginLeft, 20, PAGE.marginRight, 0],
  };
}
