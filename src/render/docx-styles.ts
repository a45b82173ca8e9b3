// The DOCX's styles and list numbering: the named Word styles a clerk keeps editing with.
import { AlignmentType, LevelFormat, LevelSuffix, UnderlineType } from "docx";
import { LINK, TYPE } from "./letter-style.js";

/** The ministries' Word templates use Arial; Word substitutes where it is missing. */
export const FONT = "Arial";

const halfPoints = (pt: number) => Math.round(pt * 2);

/** Real numbering: sections ("1."), bullets, numbered lists. */
export const DOCX_NUMBERING = {
  config: [
    {
      reference: "sections",
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } },
        },
      ],
    },
    // Lists nest one level, with the labels the PDF draws (listLabel): • and –, 1. and a.
    {
      reference: "bullets",
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 240 } } } },
        { level: 1, format: LevelFormat.BULLET, text: "\u2013", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 800, hanging: 240 } } } },
      ],
    },
    {
      reference: "numbers",
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 360 } } } },
        {
          level: 1,
          format: LevelFormat.LOWER_LETTER,
          text: "%2.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 800, hanging: 360 } } },
        },
      ],
    },
  ],
};

/** Word styles, so a clerk edits with Title, Heading 1, List Bullet and Normal rather than direct formatting. */
export function docxStyles(language: string) {
  const run = (size: number, extra: Record<string, unknown> = {}) => ({ font: FONT, size: halfPoints(size), ...extra });
  return {
    default: {
      document: { run: { font: FONT, size: halfPoints(TYPE.body), language: { value: language } }, paragraph: { spacing: { after: 160, line: 264 } } },
      title: { run: run(TYPE.title, { bold: true, color: "000000" }), paragraph: { spacing: { before: 480, after: 280 }, keepNext: true } },
      // Outline levels make the headings headings for Word's navigation pane, LibreOffice's tagged PDF and pandoc;
      // the section numbers live in Heading 1 itself, so a heading the clerk adds in Word is numbered too.
      heading1: {
        run: run(TYPE.heading, { bold: true, color: "000000" }),
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, outlineLevel: 0, numbering: { reference: "sections", level: 0 } },
      },
      heading2: {
        run: run(TYPE.heading, { bold: true, italics: true, color: "000000" }),
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, outlineLevel: 1 },
      },
      listParagraph: { paragraph: { spacing: { after: 40 } } },
    },
    paragraphStyles: [
      { id: "Letterhead", name: "Letterhead", basedOn: "Normal", run: run(TYPE.letterhead, { characterSpacing: 12 }), paragraph: { spacing: { after: 0 } } },
      { id: "Recipient", name: "Recipient", basedOn: "Normal", paragraph: { spacing: { after: 0 } } },
      { id: "ReferenceLabel", name: "Reference Label", basedOn: "Normal", run: run(TYPE.referenceLabel), paragraph: { spacing: { before: 600, after: 0 } } },
      { id: "ReferenceValue", name: "Reference Value", basedOn: "Normal", run: run(TYPE.referenceValue), paragraph: { spacing: { after: 0 } } },
      { id: "ListBullet", name: "List Bullet", basedOn: "Normal", paragraph: { spacing: { after: 40 }, numbering: { reference: "bullets", level: 0 } } },
      { id: "ListNumber", name: "List Number", basedOn: "Normal", paragraph: { spacing: { after: 40 }, numbering: { reference: "numbers", level: 0 } } },
      { id: "ListBullet2", name: "List Bullet 2", basedOn: "Normal", paragraph: { spacing: { after: 40 }, numbering: { reference: "bullets", level: 1 } } },
      { id: "ListNumber2", name: "List Number 2", basedOn: "Normal", paragraph: { spacing: { after: 40 }, numbering: { reference: "numbers", level: 1 } } },
      { id: "TableText", name: "Table Text", basedOn: "Normal", paragraph: { spacing: { before: 40, after: 40 } } },
      { id: "Closing", name: "Closing", basedOn: "Normal", paragraph: { spacing: { before: 240, after: 0 }, keepNext: true } },
      { id: "Signature", name: "Signature", basedOn: "Normal", paragraph: { spacing: { after: 0 }, keepNext: true } },
      { id: "Small", name: "Small", basedOn: "Normal", run: run(TYPE.small), paragraph: { spacing: { before: 240, after: 0 } } },
      { id: "Header", name: "header", basedOn: "Normal", run: run(TYPE.pageNumber), paragraph: { spacing: { after: 0 } } },
      { id: "Footer", name: "footer", basedOn: "Normal", run: run(TYPE.footer), paragraph: { spacing: { after: 0, line: 240 } } },
      { id: "FooterLabel", name: "Footer Label", basedOn: "Footer", run: run(TYPE.footer, { bold: true }) },
    ],
    characterStyles: [
      { id: "Strong", name: "Strong", run: { bold: true } },
      { id: "Emphasis", name: "Emphasis", run: { italics: true } },
      { id: "Hyperlink", name: "Hyperlink", run: { color: LINK.color.slice(1), underline: { type: UnderlineType.SINGLE } } },
    ],
  };
}
