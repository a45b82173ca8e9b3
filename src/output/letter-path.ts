// Where a letter's file goes: out/<dispatch-id>/<agency-id>.<format>. Ids are checked file stems, so no path escapes.
import path from "node:path";

export type Format = "pdf" | "docx";
export const FORMATS: readonly Format[] = ["pdf", "docx"];

/** An id that is safe as a file name stem: the registry enforces it, and the output stage relies on it. */
export const STEM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function letterPath(outDir: string, dispatchId: string, agencyId: string, format: Format): string {
  for (const stem of [dispatchId, agencyId]) {
    // Validation already enforces this; checking again here keeps the guarantee local to the writer.
    if (!STEM.test(stem)) throw new Error(`unsafe file name stem: ${JSON.stringify(stem)}`);
  }
  return path.join(outDir, dispatchId, `${agencyId}.${format}`);
}
