// Formats a diagnostic the way compilers do: `file:line:col: severity: message`, then an indented hint, in the run's
// language (`feil`, `advarsel`, `tips:` in bokmål).
import { t } from "../i18n/catalogue.js";
import type { Diagnostic } from "../index.js";

/** The word for a diagnostic's severity in the run's language. */
export function severityWord(severity: Diagnostic["severity"]): string {
  return severity === "error" ? t.cli.error() : t.cli.warning();
}

export function formatDiagnostic(d: Diagnostic, severity: string = severityWord(d.severity)): string {
  const head = `${d.file}:${d.line}:${d.col}: ${severity}: ${d.message}`;
  return d.hint ? `${head}\n  ${t.cli.hint()} ${d.hint}` : head;
}

/**
 * A diagnostic as a GitHub Actions workflow command, so it shows on the pull request's line:
 * `::error file=data/x.yaml,line=3,col=5,title=brev registry.missingColon::message%0Ahint: …`. The title carries the
 * problem's code (the same in every language). `file` is relative to the repository (`root`, GITHUB_WORKSPACE) when
 * the run's working folder is inside it.
 */
export function githubAnnotation(d: Diagnostic, file: string): string {
  const props = [`file=${escapeProperty(file)}`, `line=${d.line}`, `col=${d.col}`, `title=${escapeProperty(d.code ? `brev ${d.code}` : "brev")}`].join(",");
  return `::${d.severity} ${props}::${escapeData(d.hint ? `${d.message}\n${t.cli.hint()} ${d.hint}` : d.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
