// How wide a data table's columns must be, from the letter's font: each column's natural width (its widest cell on
// one line) and its minimum (its widest word or number, which never breaks inside a cell), both with the cell's
// padding. The PDF layout sets its columns from these; compose asks, through tableMeasure, how many columns fit the
// text width, so a table that cannot fit is refused at its template or registry line before any format is drawn.
import { create as parseFont } from "fontkit";
import type { TableBlock, TableMeasure } from "../compose/table-fit.js";
import type { FontFiles } from "./fonts.js";
import { TABLE, TEXT_WIDTH } from "./letter-style.js";
import { type Face, type Run, runsOf } from "./pdf-lines.js";

type Width = (text: string, face: Face, size: number) => number;

/**
 * Added to a column's minimum: the PDF measures the same word again when it breaks the cell's lines, and sums in
 * another order may differ in the last bits; a hundredth of a point more keeps that word on one line.
 */
const ROOM = 0.01;

export function columnExtents(table: TableBlock, width: Width): { natural: number[]; minimum: number[] } {
  const pad = 2 * TABLE.cellPadding;
  const natural: number[] = [];
  const minimum: number[] = [];
  for (const [c, head] of table.header.entries()) {
    let line = 0;
    let word = 0;
    for (const [r, cell] of [head, ...table.rows.map((row) => row[c] ?? [])].entries()) {
      const runs = runsOf(cell, r === 0 ? "bold" : "regular");
      line = Math.max(
        line,
        runs.reduce((w, run) => w + width(run.text, run.face, TABLE.size), 0),
      );
      word = Math.max(word, widestWord(runs, width));
    }
    natural.push(line + pad);
    minimum.push(word + pad + ROOM);
  }
  return { natural, minimum };
}

/** How many columns, from the first, fit side by side in `total` points, each at its minimum width. */
export function columnsThatFit(minimum: readonly number[], total: number = TEXT_WIDTH): number {
  let sum = 0;
  for (const [c, w] of minimum.entries()) {
    sum += w;
    if (sum > total) return c;
  }
  return minimum.length;
}

/** The widest word of some runs: what lies between spaces and line breaks (where breakLines may break), in any face. */
function widestWord(runs: readonly Run[], width: Width): number {
  let widest = 0;
  let current = 0;
  for (const run of runs) {
    for (const part of run.text.split(/(\n| +)/)) {
      if (part === "") continue;
      if (part === "\n" || part.startsWith(" ")) current = 0;
      else {
        current += width(part, run.face, TABLE.size);
        widest = Math.max(widest, current);
      }
    }
  }
  return widest;
}

const FACES: Record<Face, keyof FontFiles> = { regular: "normal", bold: "bold", italic: "italics", boldItalic: "bolditalics" };

interface ParsedFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

/**
 * The fit check compose runs on every table, with the widths of the fonts the PDF embeds (parsed when the first table
 * is measured). A word is measured as pdfkit measures it (fontkit's layout with its default features), so a table
 * that passes here is drawn with no word broken.
 */
export function tableMeasure(fonts: FontFiles): TableMeasure {
  const parsed = new Map<Face, ParsedFont>();
  const font = (face: Face): ParsedFont => {
    let found = parsed.get(face);
    if (!found) {
      const bytes = fonts[FACES[face]];
      found = parseFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as unknown as ParsedFont;
      parsed.set(face, found);
    }
    return found;
  };
  // pdfkit lays text out piece by piece, each piece ending after a space. The cells of a dispatch repeat the same
  // words (amounts, headers) in every letter: each is laid out once, in em, and kept while there are not too many.
  const ems = new Map<string, number>();
  const em = (piece: string, face: Face) => {
    const key = `${face}\u0000${piece}`;
    let found = ems.get(key);
    if (found === undefined) {
      const f = font(face);
      found = f.layout(piece).advanceWidth / f.unitsPerEm;
      if (ems.size > 20_000) ems.clear();
      ems.set(key, found);
    }
    return found;
  };
  const width: Width = (text, face, size) => text.split(/(?<=[ \t])/).reduce((w, piece) => w + em(piece, face) * size, 0);
  return (table) => columnsThatFit(columnExtents(table, width).minimum);
}
