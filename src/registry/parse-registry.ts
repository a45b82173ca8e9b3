// Parses registry YAML text into plain data plus a source map, turning YAML errors into diagnostics.
import { type Alias, type Document, isAlias, isCollection, isPair, isScalar, LineCounter, type Node, parseDocument, visit } from "yaml";
import { type Said, say } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";
import type { Diagnostic, Result } from "../shared/diagnostic.js";
import { ExactNumber } from "./fields.js";
import { foldedKeys } from "./folded-keys.js";
import { SourceMap } from "./source-map.js";
import { type ExplainedError, explainYamlErrors, yamlMessage } from "./yaml-mistakes.js";
import { knownKeysAt } from "./zod-diagnostics.js";

export interface RegistrySource {
  file: string;
  data: unknown;
  sourceMap: SourceMap;
}

/**
 * Refuse a file whose aliases expand to more than this many values ("billion laughs"): an alias is shared, not
 * copied, when read, but checking and composing letters walks every copy. Counted without expanding anything, so
 * a registry of many thousand agencies that share their signatories by alias is fine.
 */
const MAX_EXPANDED_VALUES = 1_000_000;

/**
 * The same for the text those values hold: an anchor of a few long texts, repeated by alias hundreds of times, is
 * checked and composed once per copy. A registry of 10,000 agencies holds under 3 million characters once expanded.
 */
const MAX_EXPANDED_CHARACTERS = 20_000_000;

/**
 * The YAML library takes about a kilobyte for each value it reads, so a 6 MB list of three million numbers takes
 * gigabytes before anything else can look at it. Every value but the first follows a comma, bracket, brace, colon,
 * dash, question mark or line break, so counting those characters bounds the values from above in one quick pass
 * over the text. The bench's registry of 10,000 agencies counts about 175,000 (and takes 360 MB to check).
 */
export const MAX_VALUES = 300_000;

/**
 * Lists and groups nested deeper than this are refused before parsing: the library reads nesting by recursion, and
 * 100,000 brackets overflow its stack. No registry nests more than a handful deep.
 */
export const MAX_NESTING = 100;

/** More YAML errors than this, and none of a registry's keys: the file is probably not a registry at all. */
const MAX_YAML_ERRORS = 3;
const REGISTRY_KEY_LINE = /^(dispatch|sender|agencies):/m;

export function parseRegistry(text: string, file: string): Result<RegistrySource> {
  const lineCounter = new LineCounter();
  // A file saved with old Mac line ends (CR only) is read line by line like any other; CR LF stays as it is.
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r(?!\n)/g, "\n");
  const tooBig = refuseBeforeParsing(normalised, file);
  if (tooBig) return { ok: false, diagnostics: [tooBig] };
  const doc = parseDocument(normalised, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const sourceMap = new SourceMap(file, doc, lineCounter);
  const atOffset = (offset: number) => sourceMap.offsetToPosition(offset);
  const diagnostic = (severity: Diagnostic["severity"], offset: number, said: Said): Diagnostic => ({ file, ...atOffset(offset), path: "", severity, ...said });
  const fromYaml =
    (severity: Diagnostic["severity"]) =>
    (e: ExplainedError): Diagnostic =>
      diagnostic(severity, e.offset, e.said);

  const anchors = linkAliases(doc).map(([offset, name]) => unknownAnchor(diagnostic, offset, name));
  const raw = doc.errors.length + anchors.length;
  if (raw > MAX_YAML_ERRORS && !REGISTRY_KEY_LINE.test(normalised)) {
    // Notes, a letter, another file: one clear sentence instead of a page of YAML errors.
    return { ok: false, diagnostics: [diagnostic("error", 0, say.registry.notARegistryYaml({ errors: raw }))] };
  }
  const errors = [...explainYamlErrors(doc.errors, normalised).map(fromYaml("error")), ...anchors];
  if (errors.length > 0) return { ok: false, diagnostics: errors };

  const expanded = expandedValues(doc);
  if (expanded.values > MAX_EXPANDED_VALUES) {
    return {
      ok: false,
      diagnostics: [diagnostic("error", 0, say.registry.yamlAliasValues({ max: MAX_EXPANDED_VALUES }))],
    };
  }
  if (expanded.characters > MAX_EXPANDED_CHARACTERS) {
    return {
      ok: false,
      diagnostics: [diagnostic("error", 0, say.registry.yamlAliasCharacters({ max: MAX_EXPANDED_CHARACTERS }))],
    };
  }
  const folded = foldedKeys(doc, normalised, knownKeysAt);
  if (folded.length > 0) return { ok: false, diagnostics: folded.map((f) => diagnostic("error", f.offset, f.said)) };
  keepNumberSources(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    return { ok: false, diagnostics: [diagnostic("error", 0, say.registry.yamlOther({ detail: yamlMessage(String((e as Error).message)) }))] };
  }
  numbersOutsideFields(data);
  const warnings = explainYamlErrors(doc.warnings, normalised).map(fromYaml("warning"));
  return { ok: true, value: { file, data, sourceMap }, warnings };
}

/**
 * Links each alias (`*name`, also in merge keys `<<: *name`) to the node its anchor `&name` names, and returns the
 * aliases whose anchor is not defined before them. One walk in document order, as YAML resolves them (asking each
 * alias to resolve itself walks the whole file again for each: minutes for a registry of thousands of agencies that
 * share their signatories by alias).
 */
function linkAliases(doc: Document): [number, string][] {
  const missing: [number, string][] = [];
  const defined = new Map<string, Node>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        const target = defined.get(node.source);
        if (target) resolveTo(node, target);
        else missing.push([node.range?.[0] ?? 0, node.source]);
      } else if ((isScalar(node) || isCollection(node)) && node.anchor) defined.set(node.anchor, node);
    },
  });
  return missing;
}

/**
 * Tells an alias which node it stands for, found in the walk above. Reading the file into values asks each alias to
 * find its anchor by scanning all anchors and aliases before it, which for tens of thousands of aliases takes
 * seconds; the answer is the same. Where the value of the anchor is not read yet, the alias asks as usual.
 */
function resolveTo(alias: Alias, target: Node): void {
  const resolve = alias.resolve.bind(alias);
  alias.resolve = (doc, ctx) => (ctx?.anchors.get(target) ? target : resolve(doc, ctx)) as ReturnType<Alias["resolve"]>;
}

/**
 * Every number the file holds becomes an ExactNumber with the digits as written (its scalar's source), before the
 * document is turned into values: a JavaScript number would round 9007199254740993 and drop the 0 of 12.50.
 */
function keepNumberSources(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      // Keys stay as they are: a key is a name, and a number as a name is checked as one.
      if (key !== "key" && (typeof node.value === "number" || typeof node.value === "bigint") && typeof node.source === "string")
        node.value = new ExactNumber(node.source, Number(node.value));
    },
  });
}

/**
 * Numbers keep their written digits only in `fields` (dispatch.fields, agencies[i].fields), where a template prints
 * them; everywhere else (year, addendum, and numbers where text belongs) the schema reads them as numbers, as before.
 * Top-level `x-` keys are the clerk's own and left alone. Walked with a stack of its own: the data may nest deeply.
 */
function numbersOutsideFields(data: unknown): void {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object" || node instanceof ExactNumber) continue;
    const container = node as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const value = container[key];
      if (value instanceof ExactNumber) container[key] = value.value;
      else if (depth === 0 && key.startsWith("x-")) continue;
      // dispatch.fields is at depth 1, agencies[i].fields at depth 2.
      else if (key === "fields" && (depth === 1 || depth === 2)) continue;
      else stack.push([value, depth + 1]);
    }
  }
}

interface Expanded {
  values: number;
  characters: number;
}

/**
 * How many values, and characters of scalar text, the document holds once every alias is replaced by what it stands
 * for (in one walk; nesting is bounded before parsing, so the recursion is shallow).
 */
function expandedValues(doc: Document): Expanded {
  const anchored = new Map<string, Expanded>();
  const size = (node: unknown): Expanded => {
    if (isAlias(node)) return anchored.get(node.source) ?? { values: 1, characters: 0 };
    const n = { values: 1, characters: isScalar(node) ? String(node.source ?? "").length : 0 };
    const add = (child: unknown) => {
      const c = size(child);
      n.values += c.values;
      n.characters += c.characters;
    };
    if (isCollection(node))
      for (const item of node.items) {
        if (isPair(item)) {
          add(item.key);
          add(item.value);
        } else add(item);
      }
    if ((isScalar(node) || isCollection(node)) && node.anchor) anchored.set(node.anchor, n);
    return n;
  };
  return size(doc.contents);
}

/**
 * One pass over the text, before the YAML library sees it: too many values (an upper bound, see MAX_VALUES), or
 * lists and groups nested too deeply (brackets and braces open, plus a line's indentation and its `- `, `? ` and `: `
 * indicators outside brackets, each of which can open a level), are refused with where the limit was passed.
 */
function refuseBeforeParsing(text: string, file: string): Diagnostic | undefined {
  let values = 1;
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let indent = 0;
  let indenting = true;
  let indicators = 0;
  const at = (i: number, said: Said): Diagnostic => ({ file, line, col: i - lineStart + 1, path: "", severity: "error", ...said });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      values++;
      line++;
      lineStart = i + 1;
      indent = 0;
      indenting = true;
      indicators = 0;
      continue;
    }
    if (indenting && c === 0x20) indent++;
    else indenting = false;
    if (c === 0x2c || c === 0x5b || c === 0x7b || c === 0x3a || c === 0x2d || c === 0x3f) values++;
    if (c === 0x5b || c === 0x7b) flow++;
    else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
    else if (flow === 0 && (c === 0x2d || c === 0x3f || c === 0x3a) && text.charCodeAt(i + 1) === 0x20) indicators++;
    if (values > MAX_VALUES) return at(i, say.registry.tooManyValues({ max: MAX_VALUES }));
    if (flow + indent + indicators > MAX_NESTING) return at(i, say.registry.nestedTooDeep({ max: MAX_NESTING }));
  }
  return undefined;
}

function unknownAnchor(diagnostic: (s: Diagnostic["severity"], offset: number, said: Said) => Diagnostic, offset: number, name: string): Diagnostic {
  return diagnostic("error", offset, say.registry.yamlUnknownAnchor({ name: clip(name) }));
}
