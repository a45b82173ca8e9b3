// Lays out a letter model as a pdfmake document definition (pure: no fonts, no I/O).
import type { Content, ContentText, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { Block, Inline, LabelledLines, LetterModel } from "../compose/letter-model.js";
import { fileDateOf } from "./format.js";
import { PAGE, TEXT_WIDTH, TYPE } from "./letter-style.js";

export const PDF_FONT_FAMILY = "Arimo";

export function pdfDocDefinition(model: LetterModel, fileDate?: Date): TDocumentDefinitions {
  const date = fileDateOf(model, fileDate ? { fileDate } : {});
  const recipientBottom = PAGE.recipientTop + model.recipient.length * TYPE.body * PAGE.lineHeight;
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
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: TYPE.body, lineHeight: PAGE.lineHeight },
    styles: {
      letterhead: { fontSize: TYPE.letterhead, characterSpacing: 0.6, lineHeight: 1.2 },
      referenceLabel: { fontSize: TYPE.referenceLabel },
      referenceValue: { fontSize: TYPE.referenceValue },
      title: { fontSize: TYPE.title, bold: true },
      heading: { fontSize: TYPE.heading, bold: true },
      small: { fontSize: TYPE.small },
      footer: { fontSize: TYPE.footer, lineHeight: 1.1 },
      footerLabel: { fontSize: TYPE.footer, bold: true, lineHeight: 1.1 },
    },
    header: (page: number) =>
      page > 1
        ? { text: `${model.pageLabel} ${page}`, alignment: "right", fontSize: TYPE.pageNumber, margin: [PAGE.marginLeft, 12 * 2.835, PAGE.marginRight, 0] }
        : null,
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
  return {
    stack: [
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.5 }] },
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
