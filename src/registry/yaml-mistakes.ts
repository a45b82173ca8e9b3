// YAML's errors as a clerk can act on them: the common mistakes (a value with a colon, a key out of line, a tab, a
// missing space after the colon, an unclosed [ ]) named in plain words at the line where they are, and one error for
// one mistake. After a key out of line or a tab, YAML reads the lines that follow wrongly too and reports them all:
// so only the first error is said, unless each is a value with a colon (a mistake of one line, which misleads nothing).

/** A YAML error as the parser gives it: offsets into the text. */
export interface YamlError {
  pos: [number, number];
  code: string;
  message: string;
}

/** An error placed and explained: `offset` is where to point (may differ from where YAML noticed it). */
export interface ExplainedError {
  offset: number;
  code: string;
  message: string;
  hint?: string;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?):(?:\s+(.*))?$/;

export function explainYamlErrors(errors: readonly YamlError[], text: string): ExplainedError[] {
  const lines = new Lines(text);
  const explained: (ExplainedError & { colon?: true })[] = [];
  for (const error of errors) {
    const one = explain(error, lines.lineOf(error.pos[0]), lines);
    if (explained.length > 0 && !(one.colon && explained.every((e) => e.colon))) break;
    explained.push(one);
  }
  return explained.map(({ colon: _, ...e }) => e);
}

function explain(error: YamlError, line: number, lines: Lines): ExplainedError & { colon?: true } {
  const plain = { offset: error.pos[0], code: error.code, message: error.message };
  const here = lines.text(line);
  switch (error.code) {
    case "TAB_AS_INDENT":
      return { ...plain, hint: "indent with spaces, not tabs" };
    case "DUPLICATE_KEY":
      return { ...plain, hint: "each key may appear once in a mapping" };
    case "BLOCK_AS_IMPLICIT_KEY": {
      const key = KEY_LINE.exec(here);
      const value = key?.[3] ?? "";
      if (key && /:(\s|$)/.test(value)) {
        return {
          ...plain,
          colon: true,
          message: "a value with a colon in it must be in quotes",
          hint: `put the value in quotes: ${key[2]}: ${JSON.stringify(value.trim())}`,
        };
      }
      // "id: dss" followed by a line indented further: YAML reads the two as one key. The mistake is the next line.
      const next = lines.nextContentLine(line);
      if (next !== undefined) return outOfLine(error.code, next, lines);
      return plain;
    }
    case "MULTILINE_IMPLICIT_KEY": {
      const key = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):(\S.*)$/.exec(here);
      if (key) return { ...plain, message: "a key needs a space after its colon", hint: `write ${key[2]}: ${key[3]}` };
      return outOfLine(error.code, line, lines);
    }
    case "BAD_INDENT":
      if (/Flow sequence|Flow mapping/.test(error.message)) {
        const open = lines.previousContentLine(line) ?? line;
        return {
          offset: lines.start(open) + lines.indent(open),
          code: error.code,
          message: /sequence/.test(error.message) ? "a list in [ ] is not closed" : "a mapping in { } is not closed",
          hint: `end it with ${/sequence/.test(error.message) ? "]" : "}"} on the same line`,
        };
      }
      return outOfLine(error.code, line, lines);
    case "MISSING_CHAR":
      if (/Sequence item without - indicator/.test(error.message)) return outOfLine(error.code, line, lines);
      return plain;
    default:
      return plain;
  }
}

/** A key that does not start in the same column as the key above it. */
function outOfLine(code: string, line: number, lines: Lines): ExplainedError {
  const key = KEY_LINE.exec(lines.text(line));
  const above = lines.previousContentLine(line);
  const aboveKey = above === undefined ? undefined : KEY_LINE.exec(lines.text(above));
  const offset = lines.start(line) + lines.indent(line);
  if (!key || above === undefined || !aboveKey)
    return { offset, code, message: "this line is not indented like the lines around it", hint: "line up each key with the key above it, using spaces" };
  const column = lines.text(above).indexOf(`${aboveKey[2]}:`) + 1;
  return {
    offset,
    code,
    message: `"${key[2]}" is not lined up with the key above it`,
    hint: `line up ${key[2]}: with ${aboveKey[2]}: above it (column ${column}), or indent it under a key that ends with a colon`,
  };
}

class Lines {
  private readonly starts: number[] = [0];
  private readonly all: string[];

  constructor(text: string) {
    this.all = text.split("\n");
    for (const l of this.all) this.starts.push((this.starts[this.starts.length - 1] ?? 0) + l.length + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  text(line: number): string {
    return (this.all[line] ?? "").replace(/\r$/, "");
  }

  start(line: number): number {
    return this.starts[line] ?? 0;
  }

  indent(line: number): number {
    return /^ */.exec(this.text(line))?.[0].length ?? 0;
  }

  previousContentLine(line: number): number | undefined {
    for (let l = line - 1; l >= 0; l--) if (isContent(this.text(l))) return l;
    return undefined;
  }

  nextContentLine(line: number): number | undefined {
    for (let l = line + 1; l < this.all.length; l++) if (isContent(this.text(l))) return l;
    return undefined;
  }
}

function isContent(line: string): boolean {
  return line.trim() !== "" && !line.trim().startsWith("#");
}
