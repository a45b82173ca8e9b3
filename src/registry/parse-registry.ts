// Parses registry YAML text into plain data plus a source map, turning YAML errors into diagnostics.
import { type Document, isAlias, isCollection, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { clip } from "../shared/clip.js";
import type { Diagnostic, Result } from "../shared/diagnostic.js";
import { SourceMap } from "./source-map.js";

export interface RegistrySource {
  file: string;
  data: unknown;
  sourceMap: SourceMap;
}

/** Refuse alias expansion beyond this many nodes ("billion laughs"). */
const MAX_ALIAS_COUNT = 1000;

/** More YAML errors than this and the file is probably not a registry at all: say so instead of listing them all. */
const MAX_YAML_ERRORS = 3;

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: "indent with spaces, not tabs",
  DUPLICATE_KEY: "each key may appear once in a mapping",
};

export function parseRegistry(text: string, file: string): Result<RegistrySource> {
  const lineCounter = new LineCounter();
  // A file saved with old Mac line ends (CR only) is read line by line like any other; CR LF stays as it is.
  const doc = parseDocument(text.replace(/^\uFEFF/, "").replace(/\r(?!\n)/g, "\n"), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const sourceMap = new SourceMap(file, doc, lineCounter);
  const atOffset = (offset: number) => sourceMap.offsetToPosition(offset);
  const diagnostic = (severity: Diagnostic["severity"], offset: number, message: string, hint?: string): Diagnostic => ({
    file,
    ...atOffset(offset),
    path: "",
    severity,
    message,
    ...(hint ? { hint } : {}),
  });
  const fromYaml =
    (severity: Diagnostic["severity"]) =>
    (e: { pos: [number, number]; message: string; code: string }): Diagnostic =>
      diagnostic(severity, e.pos[0], `YAML: ${yamlMessage(e.message)}`, HINTS[e.code]);

  const errors = [...doc.errors.map(fromYaml("error")), ...missingAnchors(doc).map(([offset, name]) => unknownAnchor(diagnostic, offset, name))];
  if (errors.length > MAX_YAML_ERRORS) {
    const shown = errors.slice(0, MAX_YAML_ERRORS);
    shown.push(
      diagnostic(
        "error",
        0,
        `this does not look like a brev registry (${errors.length - MAX_YAML_ERRORS} more YAML errors not shown)`,
        "check that you named the right file; a registry is YAML with dispatch:, sender: and agencies:",
      ),
    );
    return { ok: false, diagnostics: shown };
  }
  if (errors.length > 0) return { ok: false, diagnostics: errors };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic("error", 0, `YAML: ${yamlMessage(String((e as Error).message))}`)] };
  }
  const warnings = doc.warnings.map(fromYaml("warning"));
  return { ok: true, value: { file, data, sourceMap }, warnings };
}

/**
 * Aliases (`*name`, also in merge keys `<<: *name`) whose anchor `&name` is not defined before them. One walk in
 * document order, as YAML resolves them (asking each alias to resolve itself walks the whole file again for each:
 * minutes for a registry of thousands of agencies that share their signatories by alias).
 */
function missingAnchors(doc: Document): [number, string][] {
  const missing: [number, string][] = [];
  const defined = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!defined.has(node.source)) missing.push([node.range?.[0] ?? 0, node.source]);
      } else if ((isScalar(node) || isCollection(node)) && node.anchor) defined.add(node.anchor);
    },
  });
  return missing;
}

function unknownAnchor(diagnostic: (s: Diagnostic["severity"], offset: number, m: string, h?: string) => Diagnostic, offset: number, name: string): Diagnostic {
  return diagnostic(
    "error",
    offset,
    `YAML: *${clip(name)} refers to an anchor &${clip(name)} that is not defined before this line`,
    `define it first, e.g. under a top-level x- key: x-defaults: &${clip(name)} { … }`,
  );
}

/** The first line of a YAML error, with any quoted piece of the file cut short. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/"([^"]*)"/g, (_, quoted: string) => `"${clip(quoted.replace(/\\[nrt]/g, " "), 40)}"`);
}
