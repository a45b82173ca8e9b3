// Whether a table fits across the letter: compose asks, because only compose knows where the table came from (its
// template or registry line); the answer comes from the renderers' side (the text width, the table's type size and
// the font's widths), passed in as a TableMeasure, because compose knows nothing of pages or fonts. One check, before
// any format is drawn, so the PDF, the DOCX and the preview's HTML refuse the same tables.
import { type Said, say } from "../i18n/catalogue.js";
import type { Block } from "../model/letter-model.js";

export type TableBlock = Block & { type: "table" };

/**
 * How many of a table's columns, from the first, fit across the letter's text width, each column at least as wide as
 * its widest word or number (those never break inside a cell).
 */
export type TableMeasure = (table: TableBlock) => number;

/** What is wrong with a table whose columns do not all fit, or undefined when they do. */
export function tableFitProblem(table: TableBlock, measure: TableMeasure): Said | undefined {
  const columns = table.header.length;
  const fit = measure(table);
  if (fit >= columns) return undefined;
  return fit === 0 ? say.compose.tableFirstColumnTooWide() : say.compose.tableTooWide({ columns, fit });
}
