// Reads a PDF with tools brev does not use to write it: qpdf's JSON (objects, pages, outlines, decoded streams) and
// a small tokenizer for page content streams (which operators sit inside which marked content).
import { run } from "./tools.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface QpdfView {
  version: string;
  catalog: Record<string, Json>;
  /** An object's value (dictionaries, arrays…), by reference "12 0 R". */
  object(ref: string): Json;
  /** A stream's dictionary and decoded bytes, by reference. */
  stream(ref: string): { dict: Record<string, Json>; data: Buffer };
  pages: { object: string; contents: string[]; outlines: { title: string }[] }[];
  info: Record<string, Json>;
}

export function qpdf(file: string): QpdfView {
  const json = JSON.parse(run("qpdf", ["--json", "--json-stream-data=inline", "--decode-level=generalized", file]));
  const objects = json.qpdf[1] as Record<string, { value?: Json; stream?: { dict: Record<string, Json>; data?: string } }>;
  const get = (ref: string) => objects[`obj:${ref}`];
  const trailer = objects.trailer?.value as Record<string, string>;
  return {
    version: json.qpdf[0].pdfversion,
    catalog: get(trailer["/Root"] ?? "")?.value as Record<string, Json>,
    info: get(trailer["/Info"] ?? "")?.value as Record<string, Json>,
    object: (ref) => get(ref)?.value ?? (get(ref)?.stream?.dict as Json),
    stream: (ref) => {
      const s = get(ref)?.stream;
      if (!s) throw new Error(`${ref} is not a stream`);
      return { dict: s.dict, data: Buffer.from(s.data ?? "", "base64") };
    },
    pages: json.pages,
  };
}

export interface ContentScan {
  /** Text-showing operators outside any marked content with an MCID, or an Artifact. */
  unmarkedText: string[];
  /** BDC/BMC without EMC, or EMC without an opening. */
  unbalanced: boolean;
  /** Text strings that show glyph 0 (.notdef), in a two-byte (Identity-H) font. */
  notdef: string[];
  markedText: number;
}

type Token =
  | { kind: "op"; value: string }
  | { kind: "name"; value: string }
  | { kind: "string" | "hex"; value: string }
  | { kind: "dict"; value: string }
  | { kind: "other"; value: string };

/** Scans one page's content stream. */
export function scanContent(data: string): ContentScan {
  const result: ContentScan = { unmarkedText: [], unbalanced: false, notdef: [], markedText: 0 };
  const marks: { tag: string; real: boolean }[] = [];
  const operands: Token[] = [];
  for (const token of tokens(data)) {
    if (token.kind !== "op") {
      operands.push(token);
      continue;
    }
    const op = token.value;
    if (op === "BDC" || op === "BMC") {
      const tag = operands.find((t) => t.kind === "name")?.value ?? "";
      const dict = operands.find((t) => t.kind === "dict")?.value ?? "";
      marks.push({ tag, real: tag === "/Artifact" || /\/MCID\s+\d+/.test(dict) });
    } else if (op === "EMC") {
      if (marks.pop() === undefined) result.unbalanced = true;
    } else if (op === "Tj" || op === "TJ" || op === "'" || op === '"') {
      const shown = operands.filter((t) => t.kind === "hex" || t.kind === "string");
      if (marks.some((m) => m.real)) result.markedText++;
      else result.unmarkedText.push(shown.map((t) => t.value).join(""));
      for (const t of shown)
        if (t.kind === "hex" && /^(?:[0-9a-f]{4})*$/i.test(t.value) && /^(?:[0-9a-f]{4})*?0000/i.test(t.value)) result.notdef.push(t.value);
    }
    operands.length = 0;
  }
  if (marks.length > 0) result.unbalanced = true;
  return result;
}

function* tokens(data: string): Generator<Token> {
  let i = 0;
  const n = data.length;
  while (i < n) {
    const c = data[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "%") {
      while (i < n && data[i] !== "\n" && data[i] !== "\r") i++;
    } else if (c === "(") {
      let depth = 0;
      let value = "";
      for (; i < n; i++) {
        const ch = data[i] as string;
        if (ch === "\\") {
          value += ch + (data[i + 1] ?? "");
          i++;
          continue;
        }
        if (ch === "(") depth++;
        if (ch === ")") depth--;
        value += ch;
        if (depth === 0) break;
      }
      i++;
      yield { kind: "string", value };
    } else if (c === "<" && data[i + 1] === "<") {
      let depth = 0;
      const start = i;
      for (; i < n; i++) {
        if (data[i] === "<" && data[i + 1] === "<") {
          depth++;
          i++;
        } else if (data[i] === ">" && data[i + 1] === ">") {
          depth--;
          i++;
          if (depth === 0) break;
        }
      }
      i++;
      yield { kind: "dict", value: data.slice(start, i) };
    } else if (c === "<") {
      const end = data.indexOf(">", i);
      yield { kind: "hex", value: data.slice(i + 1, end).replace(/\s+/g, "") };
      i = end + 1;
    } else if (c === "[" || c === "]") {
      i++;
    } else if (c === "/") {
      const m = /^\/[^\s/<>[\]()%{}]*/.exec(data.slice(i, i + 200)) as RegExpExecArray;
      yield { kind: "name", value: m[0] };
      i += m[0].length;
    } else {
      const m = /^[^\s/<>[\]()%{}]+/.exec(data.slice(i, i + 200)) as RegExpExecArray;
      const value = m[0];
      i += value.length;
      yield /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) || value === "true" || value === "false" || value === "null"
        ? { kind: "other", value }
        : { kind: "op", value };
    }
  }
}
