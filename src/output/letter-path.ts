// A letter's file name in out/<dispatch-id>/: <agency-id>.<format>. Ids are checked file stems, so no name escapes.

export type Format = "pdf" | "docx";
export const FORMATS: readonly Format[] = ["pdf", "docx"];

/** An id that is safe as a file name stem: the registry enforces it, and the output stage relies on it. */
export const STEM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function letterFileName(agencyId: string, format: Format): string {
  // Validation already enforces this; checking again here keeps the guarantee local to the writer.
  if (!STEM.test(agencyId)) throw new Error(`unsafe file name stem: ${JSON.stringify(agencyId)}`);
  return `${agencyId}.${format}`;
}

/** The agency and format of a letter file name, or undefined for any other name. */
export function parseLetterFileName(name: string): { agency: string; format: Format } | undefined {
  const dot = name.lastIndexOf(".");
  const agency = name.slice(0, dot);
  const format = name.slice(dot + 1) as Format;
  return dot > 0 && STEM.test(agency) && FORMATS.includes(format) ? { agency, format } : undefined;
}
