// A diagnostic is data: where, how bad, what, and what to do. Only the CLI formats it.

export type Severity = "error" | "warning";

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** Path inside the registry, e.g. `agencies[3].date`; empty for document-level issues. */
  path: string;
  severity: Severity;
  /** What the problem is, in English, the same in every language: `registry.missingColon`. Scripts key on it. */
  code?: string;
  /** The words, in the run's language (see src/i18n). */
  message: string;
  hint?: string;
}

export type Result<T> = { ok: true; value: T; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
