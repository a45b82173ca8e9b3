// Turns zod's issues into brev diagnostics: positions from the YAML, "missing" and "unknown key" in plain words,
// and a "did you mean" from the keys the schema allows at that place.
import type { z } from "zod";
import { type Said, say, t } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";
import { type Diagnostic, formatPath } from "../shared/diagnostic.js";
import { didYouMean } from "../shared/did-you-mean.js";
import { saidOf } from "./coded-message.js";
import { registry } from "./schema.js";
import type { DataPath, SourceMap } from "./source-map.js";

export function issueToDiagnostics(issue: z.core.$ZodIssue, sourceMap: SourceMap): Diagnostic[] {
  const at: SourceMap["at"] = (...args) => sourceMap.at(...args);
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const where = formatPath(path);
  const last = path[path.length - 1];
  const holder = typeof last === "string" ? last : undefined;
  if (issue.code === "invalid_type" && issue.expected === "string" && issue.input !== undefined) {
    return [wrongKind(path, issue.input, sourceMap)];
  }
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(path);
    return issue.keys.map((key) =>
      at(
        [...path, key],
        "error",
        say.registry.unknownKey({ path: formatPath([...path, key]), key, suggestion: didYouMean(key, known) ?? synonymOf(key, known), known }),
        undefined,
        "key",
      ),
    );
  }
  if (issue.input === undefined && issue.code !== "custom") {
    return [at(path, "error", say.registry.missingKey({ path: where, key: String(last) }), undefined, "key")];
  }
  if (issue.code === "invalid_key" && issue.origin === "record") {
    return issue.issues.map((inner) => at(path, "error", fromSchema(where, inner.message), undefined, "key"));
  }
  if (issue.code === "invalid_type" && issue.input === null) return [at(path, "error", say.registry.isEmpty({ path: where }))];
  if (issue.code === "invalid_type" && issue.expected === "object") {
    // `dispatch:` with one line under it and no colon (`  year 2026`): YAML reads the line as text, not a key.
    const colonless = typeof issue.input === "string" ? /^([a-z][a-z0-9_]*)[ \t]+(\S[^\n]*)$/.exec(issue.input) : null;
    if (colonless?.[1] && colonless[2] && knownKeysAt(path).includes(colonless[1]))
      return [at(path, "error", say.registry.yamlMissingColon({ key: colonless[1], value: colonless[2] }))];
    const named = [...path].reverse().find((p): p is string => typeof p === "string");
    return [at(path, "error", say.registry.needsMapping({ path: where, holder: named, required: requiredKeysAt(path) }))];
  }
  if (issue.code === "invalid_type" && issue.expected === "array") return [at(path, "error", say.registry.needsList({ path: where, key: holder }))];
  if (issue.code === "invalid_type" && issue.expected === "record") return [at(path, "error", say.registry.needsNamedValues({ path: where, key: holder }))];
  if (issue.code === "too_small" && issue.origin === "number") return [at(path, "error", say.registry.wholeNumberAboveZero({ path: where }))];
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input"))
    return [at(path, "error", say.registry.expectedKind({ path: where, kind: issue.expected }))];
  return [at(path, "error", fromSchema(where, issue.message))];
}

/** A problem one of brev's schemas named (see coded-message.ts), at its place; zod's own words only as a safety net. */
function fromSchema(where: string, message: string): Said {
  const said = saidOf(message);
  if (!said) return say.registry.invalidValue({ path: where, detail: message });
  return { ...said, message: t.registry.atPath({ path: where, message: said.message }) };
}

/** The keys the schema requires (not optional, no default) for a mapping at `path`. */
function requiredKeysAt(path: DataPath): string[] {
  const def = defOf(unwrap(schemaAt(path)));
  if (def?.type !== "object") return [];
  return Object.entries(def.shape ?? {})
    .filter(([, field]) => !["optional", "default", "nullable"].includes(defOf(field)?.type ?? ""))
    .map(([key]) => key);
}

/** Text where YAML read a number, true/false or nothing: say what YAML did, and how to keep the text as typed. */
function wrongKind(path: DataPath, input: unknown, sourceMap: SourceMap): Diagnostic {
  const at: SourceMap["at"] = (...args) => sourceMap.at(...args);
  const where = formatPath(path);
  const key = path[path.length - 1];
  if (input === null) return at(path, "error", say.registry.isEmpty({ path: where }));
  // The value as the file writes it ("0077"), before YAML read it (77).
  const written = sourceMap.sourceOf(path);
  const read = typeof input === "number" ? "number" : typeof input === "boolean" ? "boolean" : "collection";
  if (written === undefined || read === "collection") return at(path, "error", say.registry.expectedTextNot({ path: where, read, value: String(input) }));
  return at(
    path,
    "error",
    say.registry.yamlReadsAs({
      path: where,
      written: clip(written),
      read,
      value: String(input),
      key: typeof key === "string" ? key : undefined,
      quoted: clip(JSON.stringify(written)),
    }),
  );
}

/**
 * Keys a clerk may write in the journal's own (Noark 5) words, and the registry's key for each: `archive:` mixes
 * Norwegian keys (journalenhet, dokumenttype) with English ones, so `skjerming` is a near miss too.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  skjerming: "screening",
  skjermingshjemmel: "screening",
  offentlig_tittel: "public_title",
  offentligtittel: "public_title",
  arkivsystem: "system",
  sakssystem: "system",
  organisasjonsnummer: "org_nr",
  orgnr: "org_nr",
};

function synonymOf(key: string, known: readonly string[]): string | undefined {
  const synonym = SYNONYMS[key.toLowerCase()];
  return synonym !== undefined && known.includes(synonym) ? synonym : undefined;
}

/** The keys an object in the schema allows at `path`, for "did you mean". */
export function knownKeysAt(path: DataPath): string[] {
  const def = defOf(unwrap(schemaAt(path)));
  return def?.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

/** The schema of the value at `path`, or undefined where the schema has no such place. */
function schemaAt(path: DataPath): unknown {
  let schema: unknown = registry;
  for (const step of path) {
    const def = defOf(unwrap(schema));
    if (def?.type === "object") schema = def.shape?.[String(step)];
    else if (def?.type === "array") schema = def.element;
    else if (def?.type === "record") schema = def.valueType;
    else return undefined;
  }
  return schema;
}

interface LooseDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
}

function defOf(schema: unknown): LooseDef | undefined {
  return (schema as { _zod?: { def?: LooseDef } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (!def) return current;
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
}
