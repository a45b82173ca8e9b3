// A letter's file name in out/<dispatch-id>/: <agency-id>.<extension> (the format's extension: `dss.pdf`,
// `dss.arkivmelding.xml`); a file of the whole dispatch is <stem>.<extension> (`journal.csv`), handled as the letter
// of a pseudo-agency named by the stem. Ids are checked file stems (no dot), so no name escapes and no name is two
// formats'; the formats are those of the render stage's table that are written into out/.
import { dispatchFormat, FORMATS, type Format, formatSpec, LETTER_FORMATS } from "../model/formats.js";
import { isId } from "../shared/id.js";

export { dispatchFormat, FORMATS, type Format, formatSpec, LETTER_FORMATS };

export function letterFileName(agencyId: string, format: Format): string {
  // Validation already enforces this; checking again here keeps the guarantee local to the writer.
  if (!isId(agencyId)) throw new Error(`unsafe file name stem: ${JSON.stringify(agencyId)}`);
  return `${agencyId}.${formatSpec(format).extension}`;
}

/** The agency and format of a letter file name, or undefined for any other name. */
export function parseLetterFileName(name: string): { agency: string; format: Format } | undefined {
  const dot = name.indexOf(".");
  const agency = name.slice(0, dot);
  const extension = name.slice(dot + 1);
  const format = FORMATS.find((f) => formatSpec(f).extension === extension);
  if (dot <= 0 || format === undefined || !isId(agency)) return undefined;
  // A dispatch's own file has one name: no agency has a file of its format.
  const own = dispatchFormat(format);
  return own && own.stem !== agency ? undefined : { agency, format };
}

/** The manifest of a dispatch folder (see manifest.ts). */
export const MANIFEST = "manifest.json";
const PART = /^manifest\.([1-9]\d{0,5})-of-([1-9]\d{0,5})\.json$/;

/** The manifest part a run of shard i of n writes. */
export function manifestPart(index: number, count: number): string {
  return `manifest.${index}-of-${count}.json`;
}

export function isManifestPart(name: string): boolean {
  return PART.test(name);
}
