// A letter's file name in out/<dispatch-id>/: <agency-id>.<extension> (the format's extension: `dss.pdf`,
// `dss.arkivmelding.xml`). Ids are checked file stems (no dot), so no name escapes and no name is two formats';
// the formats are the letter formats of the render stage's table.
import { FORMATS, type Format, formatSpec } from "../render/formats.js";
import { isId } from "../shared/id.js";

export { FORMATS, type Format, formatSpec };

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
  return dot > 0 && format !== undefined && isId(agency) ? { agency, format } : undefined;
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
