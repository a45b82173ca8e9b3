// How wide a data table's columns must be, from the letter's font: each column's natural width (its widest cell on
// one line) and its minimum (its widest word or number, which never breaks inside a cell), both with the cell's
// padding. The PDF layout sets its columns from these; compose asks, through tableMeasure, how many columns fit the
// text width, so a table that cannot fit is refused at its template or registry line before any format is drawn.
import type { TableBlock, TableMeasure } from "../compose/table-fit.js";
import { advanceWidthsOf } from "./font-coverage.js";
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

/**
 * The fit check compose runs on every table, with the advance widths of the fonts the PDF embeds, read from their
 * tables when the first table is measured (no font engine: `validate` stays as quick as it was). A word measured so is
 * never narrower than pdfkit lays it out, for Arimo's kerning and ligatures only ever take width away ("AV", "T.",
 * "ffl"; digits are not kerned): a table that passes here is drawn with no word broken, and one that fits only
 * thanks to kerning is refused, which costs a clerk nothing but a narrower table.
 */
export function tableMeasure(fonts: FontFiles): TableMeasure {
  const advances = new Map<Face, Map<number, number>>();
  const em = (text: string, face: Face) => {
    let widths = advances.get(face);
    if (!widths) {
      widths = advanceWidthsOf(fonts[FACES[face]]);
      advances.set(face, widths);
    }
    let sum = 0;
    // A character the font cannot draw never gets this far: composing refuses it first.
    for (const c of text) sum += widths.get(c.codePointAt(0) ?? 0) ?? 0;
    return sum;
  };
  const width: Width = (text, face, size) => em(text, face) * size;
  return (table) => columnsThatFit(columnExtents(table, width).minimum);
}
