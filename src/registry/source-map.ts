// Maps a path in the registry data (e.g. ["agencies", 3, "date"]) to a line and column in the YAML, and builds the
// diagnostics that point there: the one place a registry problem becomes file:line:col.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { Said } from "../i18n/catalogue.js";
import { type Diagnostic, formatPath, type Severity } from "../shared/diagnostic.js";

export interface Position {
  line: number;
  col: number;
}

export type DataPath = readonly (string | number)[];

export class SourceMap {
  constructor(
    /** The registry file, as messages show it. */
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * A diagnostic at the value at `path` (or its key, for a key that is wrong or missing): the problem as a Said from
   * the catalogue (its code, message and hint), or (for now) a message and hint.
   */
  at(path: DataPath, severity: Severity, said: Said | string, hint?: string, on: "value" | "key" = "value"): Diagnostic {
    const words = typeof said === "string" ? { message: said, ...(hint ? { hint } : {}) } : said;
    return { file: this.file, ...this.positionOf(path, on), path: formatPath(path), severity, ...words };
  }

  /** Position of the value at `path`, or of its key when `at` is "key". Falls back to the nearest ancestor that exists. */
  positionOf(path: DataPath, at: "value" | "key" = "value"): Position {
    let node: unknown = this.doc.contents;
    let best: Position = this.offsetToPosition(rangeStart(node) ?? 0);
    for (let i = 0; i < path.length; i++) {
      const step = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) return best;
        const keyStart = rangeStart(pair.key);
        if (last && at === "key" && keyStart !== undefined) return this.offsetToPosition(keyStart);
        node = pair.value;
        const start = rangeStart(node) ?? keyStart;
        if (start !== undefined) best = this.offsetToPosition(start);
      } else if (isSeq(node) && typeof step === "number") {
        const item = node.items[step];
        if (item === undefined) return best;
        node = item;
        const start = rangeStart(node);
        if (start !== undefined) best = this.offsetToPosition(start);
      } else {
        return best;
      }
    }
    return best;
  }

  /**
   * Where line `line` (0-based) of a text value starts in the file: for a literal block (`|`) that line of the file;
   * for any other value, where the value starts.
   */
  positionInValue(path: DataPath, line: number): Position {
    const node = this.nodeAt(path);
    const start = this.positionOf(path);
    if (!isScalar(node) || node.type !== "BLOCK_LITERAL" || line === 0) return start;
    return { line: start.line + 1 + line, col: start.col };
  }

  private nodeAt(path: DataPath): unknown {
    let node: unknown = this.doc.contents;
    for (const step of path) {
      if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step))?.value;
      else if (isSeq(node) && typeof step === "number") node = node.items[step];
      else return undefined;
    }
    return node;
  }

  /** The scalar at `path` exactly as the file writes it (before YAML turns "0077" into 77), or undefined. */
  sourceOf(path: DataPath): string | undefined {
    const node = this.nodeAt(path);
    return isScalar(node) && typeof node.source === "string" ? node.source : undefined;
  }

  offsetToPosition(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, col };
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
