// A letter's file name in out/<dispatch-id>/: <agency-id>.<format>. Ids are checked file stems, so no name escapes;
// the formats are the letter formats of the render stage's table.
import { FORMATS, type Format } from "../render/formats.js";
import { isId } from "../shared/id.js";

export { FORMATS, type Format };

export function letterFileName(agencyId: string, format: Format): string {
  // Validation already enforces this; checking again here keeps the guarantee local to the writer.
  if (!isId(agencyId)) throw new Error(`unsafe file name stem: ${JSON.stringify(agencyId)}`);
  return `${agencyId}.${format}`;
}

/** The agency and format of a letter file name, or undefined for any other name. */
export function parseLetterFileName(name: string): { agency: string; format: Format } | undefined {
  const dot = name.lastIndexOf(".");
  const agency = name.slice(0, dot);
  const format = name.slice(dot + 1) as Format;
  return dot > 0 && isId(agency) && FORMATS.includes(format) ? { agency, format } : undefined;
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
