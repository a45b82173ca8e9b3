// Every value that can reach a letter must be drawable in the letter's font: a character the font has no glyph for
// would be an empty box in the PDF (and PDF/A forbids it). Checked on the registry as written, with positions.
import { say } from "../i18n/catalogue.js";
import { type CanDraw, codePointName, undrawable } from "../shared/characters.js";
import { type Diagnostic, formatPath } from "../shared/diagnostic.js";
import type { DataPath, SourceMap } from "./source-map.js";

export function undrawableValues(data: unknown, canDraw: CanDraw, sourceMap: SourceMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  // The registry has passed the schema here, so it is shallow: a walk with a stack of its own is plenty.
  const stack: [unknown, DataPath][] = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, DataPath];
    if (typeof value === "string") {
      const bad = undrawable(value, canDraw);
      if (bad) {
        const char = String.fromCodePoint(bad.codePoint);
        found.push(
          sourceMap.at(
            path,
            "error",
            say.registry.undrawable({
              path: formatPath(path),
              char,
              name: codePointName(bad.codePoint),
              at: [...value.slice(0, bad.index)].length + 1,
            }),
          ),
        );
      }
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) stack.push([item, [...path, i]]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && key.startsWith("x-"))) stack.push([item, [...path, key]]);
    }
  }
  return found.reverse();
}
