// journal.csv: a dispatch's letters as a list for archivists whose case system imports lists (and for a look in a
// spreadsheet): one row per letter with what the journal entry needs, beside the arkivmelding each letter has. It is
// a file of the dispatch, not of a letter: the format table's `scope: "dispatch"`.
//
// Made to open right in Excel and LibreOffice Calc as a Norwegian office has them: UTF-8 with a byte order mark (else
// Excel reads æøå as two characters each), fields separated by semicolons (the list separator where the comma is the
// decimal sign), CRLF line ends, and a field quoted (its quotes doubled) when it holds a separator, a quote or a line
// break, so every value reads back exactly as the registry holds it. The column names are the Norwegian journal's
// terms (like the arkivmelding's vocabulary, the file's own words, not the clerk's interface language), so the same
// registry always gives the same bytes. Dates as the letters write them in short form (1.12.2020).
//
// A spreadsheet runs a cell that begins with =, +, -, @ (or a tab or carriage return) as a formula: a value of that
// form would be a formula in the archivist's spreadsheet, not the registry's text. Such a value is not written
// (changing it would break "exactly as the registry holds it"): `formulaCell` finds it, and the run refuses the
// dispatch's journal with an error at the agency.

import { formatShortDate } from "../compose/format-date.js";
import type { DispatchFileMaker } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { offentligTittel } from "./arkivmelding.js";

/** The columns, in order. */
export const JOURNAL_COLUMNS = ["Vår referanse", "Dato", "Tittel", "Offentlig tittel", "Mottaker", "Organisasjonsnummer", "Filer"] as const;

/** One letter's row: the cells of every column but the file names, which the run adds (see `journalCsv`). */
export type JournalRow = readonly string[];

/** What a letter's row holds, from its model (the same values its arkivmelding holds). */
export function journalRow(model: LetterModel): JournalRow {
  const { meta } = model;
  return [
    meta.references.our_ref ?? "",
    formatShortDate(meta.date),
    meta.title,
    offentligTittel(model),
    meta.archive.recipientName,
    meta.archive.recipientOrgNr ?? "",
  ];
}

/** The first cell a spreadsheet would run as a formula, with its column's name; undefined when there is none. */
export function formulaCell(row: JournalRow): { column: string; value: string } | undefined {
  const at = row.findIndex((cell) => /^[=+\-@\t\r]/.test(cell));
  return at < 0 ? undefined : { column: JOURNAL_COLUMNS[at] as string, value: row[at] as string };
}

/** The file: a header row, then each letter's row with its files' names, in the order given. */
export function journalCsv(letters: readonly { row: JournalRow; files: readonly string[] }[]): Uint8Array {
  const lines = [JOURNAL_COLUMNS, ...letters.map(({ row, files }) => [...row, files.join(", ")])].map((cells) => cells.map(field).join(";"));
  return new TextEncoder().encode(`\uFEFF${lines.map((line) => `${line}\r\n`).join("")}`);
}

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const journalMaker: DispatchFileMaker = { row: journalRow, refuse: formulaCell, render: journalCsv };
