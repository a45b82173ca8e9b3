// Formats a diagnostic the way compilers do: `file:line:col: severity: message`, then an indented hint.
import type { Diagnostic } from "../index.js";

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
