// A key without its colon on a line indented further than the key above it (`name: Digdir` then `      short_name
// Digdir`) raises no YAML error: YAML folds the line into the value above ("Digdir short_name Digdir"). Such a line
// is taken for a missing colon when its first word is a key the mapping may have and does not have yet.
import { type Document, isMap, isPair, isScalar, isSeq, type Scalar } from "yaml";
import { say } from "../i18n/catalogue.js";
import type { DataPath } from "./source-map.js";

/** A key the mapping may have (lower-case, with underscores), a space, and a value. */
const KEY_AND_VALUE = /^([a-z][a-z0-9_]*)[ \t]+(\S.*?)\s*$/;

export interface FoldedKey {
  offset: number;
  said: ReturnType<typeof say.registry.yamlMissingColon>;
}

/** Every line folded into a plain value that reads as a key without its colon. `knownKeysAt` gives a mapping's keys. */
export function foldedKeys(doc: Document, text: string, knownKeysAt: (path: DataPath) => string[]): FoldedKey[] {
  const found: FoldedKey[] = [];
  // The schema's mappings are a few levels deep; a file may nest further (fields), where no key is known anyway.
  const stack: [unknown, DataPath][] = [[doc.contents, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, DataPath];
    if (isMap(node)) {
      const known = knownKeysAt(path);
      const present = new Set(node.items.map((p) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : "")));
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (isScalar(pair.value) && pair.value.type === "PLAIN" && known.length > 0)
          found.push(...inValue(pair.value, text, (k) => known.includes(k) && !present.has(k)));
        else if (isMap(pair.value) || isSeq(pair.value)) stack.push([pair.value, [...path, key]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isMap(item) || isSeq(item)) stack.push([item, [...path, i]]);
      });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function inValue(value: Scalar, text: string, isKey: (key: string) => boolean): FoldedKey[] {
  const range = value.range;
  if (!range) return [];
  const source = text.slice(range[0], range[1]);
  const found: FoldedKey[] = [];
  let start = source.indexOf("\n");
  while (start >= 0) {
    const end = source.indexOf("\n", start + 1);
    const line = source.slice(start + 1, end < 0 ? undefined : end);
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    const m = KEY_AND_VALUE.exec(line.slice(indent));
    if (m?.[1] && m[2] && isKey(m[1])) found.push({ offset: range[0] + start + 1 + indent, said: say.registry.yamlMissingColon({ key: m[1], value: m[2] }) });
    start = end;
  }
  return found;
}
