// Parses registry YAML text into plain data plus a source map, turning YAML errors into diagnostics.
import { LineCounter, parseDocument } from "yaml";
import type { Diagnostic, Result } from "../diagnostic.js";
import { SourceMap } from "./source-map.js";

export interface RegistrySource {
  file: string;
  data: unknown;
  sourceMap: SourceMap;
}

/** Refuse alias expansion beyond this many nodes ("billion laughs"). */
const MAX_ALIAS_COUNT = 1000;

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: "indent with spaces, not tabs",
  DUPLICATE_KEY: "each key may appear once in a mapping",
};

export function parseRegistry(text: string, file: string): Result<RegistrySource> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const sourceMap = new SourceMap(doc, lineCounter);
  const atOffset = (offset: number) => sourceMap.offsetToPosition(offset);

  const toDiagnostic =
    (severity: Diagnostic["severity"]) =>
    (e: { pos: [number, number]; message: string; code: string }): Diagnostic => ({
      file,
      ...atOffset(e.pos[0]),
      path: "",
      severity,
      message: `YAML: ${firstLine(e.message)}`,
      ...(HINTS[e.code] ? { hint: HINTS[e.code] } : {}),
    });
  const diagnostics = doc.errors.map(toDiagnostic("error"));
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return {
      ok: false,
      diagnostics: [{ file, line: 1, col: 1, path: "", severity: "error", message: `YAML: ${firstLine(String((e as Error).message))}` }],
    };
  }
  const warnings = doc.warnings.map(toDiagnostic("warning"));
  return { ok: true, value: { file, data, sourceMap }, warnings };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
