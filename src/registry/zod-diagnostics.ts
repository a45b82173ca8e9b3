// Turns zod's issues into brev diagnostics: positions from the YAML, "missing" and "unknown key" in plain words,
// and a "did you mean" from the keys the schema allows at that place.
import type { z } from "zod";
import { clip } from "../shared/clip.js";
import { type Diagnostic, formatPath } from "../shared/diagnostic.js";
import { didYouMean } from "../shared/did-you-mean.js";
import { registry } from "./schema.js";
import type { DataPath, SourceMap } from "./source-map.js";

export function issueToDiagnostics(issue: z.core.$ZodIssue, sourceMap: SourceMap): Diagnostic[] {
  const at: SourceMap["at"] = (...args) => sourceMap.at(...args);
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "invalid_type" && issue.expected === "string" && issue.input !== undefined) {
    return [wrongKind(path, issue.input, sourceMap)];
  }
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const suggestion = didYouMean(key, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys here: ${known.join(", ")}`;
      return at([...path, key], "error", `${formatPath([...path, key])}: unknown key "${key}"`, hint, "key");
    });
  }
  if (issue.input === undefined && issue.code !== "custom") {
    const field = path[path.length - 1];
    return [at(path, "error", `${formatPath(path)}: missing; ${String(field)} is required`, undefined, "key")];
  }
  if (issue.code === "invalid_key" && issue.origin === "record") {
    return issue.issues.map((inner) => at(path, "error", `${formatPath(path)}: ${inner.message}`, undefined, "key"));
  }
  if (issue.code === "invalid_type" && issue.input === null) return [at(path, "error", `${formatPath(path)}: is empty`, "write a value, or leave the key out")];
  if (issue.code === "invalid_type" && issue.expected === "object") return [at(path, "error", `${formatPath(path)}: ${mappingNeeded(path)}`)];
  if (issue.code === "invalid_type" && issue.expected === "array") return [at(path, "error", `${formatPath(path)}: ${listNeeded(path)}`)];
  if (issue.code === "invalid_type" && issue.expected === "record") return [at(path, "error", `${formatPath(path)}: ${namedValuesNeeded(path)}`)];
  if (issue.code === "too_small" && issue.origin === "number") return [at(path, "error", `${formatPath(path)}: expected a whole number above 0`)];
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input"))
    return [at(path, "error", `${formatPath(path)}: expected ${KINDS[issue.expected] ?? issue.expected}`)];
  const hint = issue.code === "custom" ? (issue.params as { hint?: string } | undefined)?.hint : undefined;
  return [at(path, "error", `${formatPath(path)}: ${issue.message}`, hint)];
}

/** What a mapping at `path` is called in a sentence ("a signatory"), by the key that holds it. */
const MAPPING_NAMES: Record<string, string> = {
  signatories: "a signatory",
  case_handler: "a case handler",
  logo: "the logo",
  sender: "the sender",
  dispatch: "the dispatch",
  agencies: "an agency",
  letterhead: "the letterhead",
  rader: "a row",
};

/** "a signatory needs `name` and `title`, e.g. { name: …, title: … }", from the keys the schema requires there. */
function mappingNeeded(path: DataPath): string {
  const named = [...path].reverse().find((p): p is string => typeof p === "string");
  const what = (named && MAPPING_NAMES[named]) ?? (named ? `"${named}"` : "this");
  const required = requiredKeysAt(path);
  if (required.length === 0) return `${what} is a mapping of keys and values, e.g. { key: value }`;
  const listed = required.map((k) => `\`${k}\``);
  const words = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(", ")} and ${listed[listed.length - 1]}`;
  return `${what} needs ${words}, e.g. { ${required.map((k) => `${k}: …`).join(", ")} }`;
}

/** zod's names of kinds, as a clerk says them. */
const KINDS: Record<string, string> = { string: "text", number: "a number", boolean: "true or false", date: "a date as YYYY-MM-DD" };

function namedValuesNeeded(path: DataPath): string {
  const key = path[path.length - 1];
  if (key === "blocks") return "expected named texts, one per block, e.g. { status: Tekst … }";
  if (key === "fields") return "expected named values for the template, e.g. { belop: 12500000, vedtatt: 2020-11-17 }";
  return "expected names and values, e.g. { name: value }";
}

function listNeeded(path: DataPath): string {
  const key = path[path.length - 1];
  if (key === "agencies") return "expected a list of agencies, each starting with `- id: …`";
  if (key === "signatories") return "expected a list of signatories, e.g. [{ name: …, title: … }]";
  return "expected a list, e.g. [first line, second line], or one `- item` per line";
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
  if (input === null) return at(path, "error", `${where}: is empty`, "write a value, or leave the key out");
  // The value as the file writes it ("0077"), before YAML read it (77).
  const written = sourceMap.sourceOf(path);
  const read =
    typeof input === "number" ? `the number ${String(input)}` : typeof input === "boolean" ? `the yes/no value ${String(input)}` : "a list or mapping";
  if (written === undefined || (typeof input !== "number" && typeof input !== "boolean")) return at(path, "error", `${where}: expected text, not ${read}`);
  const quoted = JSON.stringify(written);
  return at(
    path,
    "error",
    `${where}: YAML reads ${clip(written)} as ${read}, not as text`,
    typeof key === "string" ? `put it in quotes: ${key}: ${clip(quoted)}` : `put it in quotes: ${clip(quoted)}`,
  );
}

/** The keys an object in the schema allows at `path`, for "did you mean". */
function knownKeysAt(path: DataPath): string[] {
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
