// Formats a diagnostic the way compilers do: `file:line:col: severity: message`, then an indented hint.
import type { Diagnostic } from "../index.js";

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/**
 * A diagnostic as a GitHub Actions workflow command, so it shows on the pull request's line:
 * `::error file=data/x.yaml,line=3,col=5,title=brev::message%0Ahint: …`. `file` is relative to the repository
 * (`root`, GITHUB_WORKSPACE) when the run's working folder is inside it.
 */
export function githubAnnotation(d: Diagnostic, file: string): string {
  const props = [`file=${escapeProperty(file)}`, `line=${d.line}`, `col=${d.col}`, "title=brev"].join(",");
  return `::${d.severity} ${props}::${escapeData(d.hint ? `${d.message}\nhint: ${d.hint}` : d.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
