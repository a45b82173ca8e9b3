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

  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({
    file,
    ...atOffset(e.pos[0]),
    path: "",
    severity: "error",
    message: `YAML: ${firstLine(e.message)}`,
    ...(e.code === "TAB_AS_INDENT" ? { hint: "indent with spaces, not tabs" } : {}),
    ...(e.code === "DUPLICATE_KEY" ? { hint: "each key may appear once in a mapping" } : {}),
  }));
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
  const warnings: Diagnostic[] = doc.warnings.map((w) => ({
    file,
    ...atOffset(w.pos[0]),
    path: "",
    severity: "warning",
    message: `YAML: ${firstLine(w.message)}`,
  }));
  return { ok: true, value: { file, data, sourceMap }, warnings };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
