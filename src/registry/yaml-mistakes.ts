// YAML's errors as a clerk can act on them: the common mistakes (a value with a colon, a key out of line, a tab, a
// missing space after the colon, a key without its colon, an unclosed [ ]) named in plain words at the line where
// they are, and one error for one mistake. After a key out of line or a tab, YAML reads the lines that follow wrongly too and reports them all:
// so only the first error is said, unless each is a value with a colon (a mistake of one line, which misleads nothing).
import { type Said, say } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";

/** A YAML error as the parser gives it: offsets into the text. */
export interface YamlError {
  pos: [number, number];
  code: string;
  message: string;
}

/** An error placed and explained: `offset` is where to point (may differ from where YAML noticed it). */
export interface ExplainedError {
  offset: number;
  said: Said;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?):(?:\s+(.*))?$/;

/**
 * A line that is a key and its value without the colon between them (`short_name Digdir`, `- id dss`): a registry's
 * keys are lower-case words with underscores, so a line of text (`Postboks 8129 Dep`) is not mistaken for one. The
 * groups: what comes before the key, the key, the value.
 */
const KEY_WITHOUT_COLON = /^(\s*(?:-\s+)?)([a-z][a-z0-9_]*)[ \t]+([^\s#:][^#]*?)\s*$/;

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

/** The words for an error brev has no plainer words for: the library's own (in English), first line only. */
function plainOf(error: YamlError): ExplainedError {
  return { offset: error.pos[0], said: say.registry.yamlOther({ detail: yamlMessage(error.message) }) };
}

function explain(error: YamlError, line: number, lines: Lines): ExplainedError & { colon?: true } {
  const plain = plainOf(error);
  const here = lines.text(line);
  switch (error.code) {
    case "TAB_AS_INDENT":
      return { offset: error.pos[0], said: say.registry.yamlTab() };
    case "DUPLICATE_KEY":
      return { offset: error.pos[0], said: say.registry.yamlDuplicateKey() };
    case "BLOCK_AS_IMPLICIT_KEY": {
      const key = KEY_LINE.exec(here);
      const value = key?.[3] ?? "";
      if (key?.[2] && /:(\s|$)/.test(value)) {
        return { offset: error.pos[0], colon: true, said: say.registry.yamlColonInValue({ key: key[2], quoted: JSON.stringify(value.trim()) }) };
      }
      // "id: dss" followed by a line indented further: YAML reads the two as one key. The mistake is the next line.
      const next = lines.nextContentLine(line);
      if (next !== undefined) return missingColon(next, lines) ?? outOfLine(next, lines);
      return plain;
    }
    case "MULTILINE_IMPLICIT_KEY": {
      const key = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):(\S.*)$/.exec(here);
      if (key?.[2] && key[3]) return { ...plain, said: say.registry.yamlNoSpaceAfterColon({ key: key[2], value: key[3] }) };
      return missingColon(line, lines) ?? outOfLine(line, lines);
    }
    case "BAD_INDENT":
      if (/Flow sequence|Flow mapping/.test(error.message)) {
        const open = lines.previousContentLine(line) ?? line;
        return {
          offset: lines.start(open) + lines.indent(open),
          said: say.registry.yamlUnclosed({ kind: /sequence/.test(error.message) ? "list" : "mapping" }),
        };
      }
      return missingColon(line, lines) ?? outOfLine(line, lines);
    case "MISSING_CHAR":
      if (/Sequence item without - indicator|Implicit map keys need to be followed by map values/.test(error.message))
        return missingColon(line, lines) ?? (/Sequence item/.test(error.message) ? outOfLine(line, lines) : plain);
      return plain;
    default:
      return plain;
  }
}

/** A key written without its colon (`  year 2026`): said at the key, with the line as it should be. */
function missingColon(line: number, lines: Lines): ExplainedError | undefined {
  const found = KEY_WITHOUT_COLON.exec(lines.text(line));
  if (!found?.[2] || !found[3]) return undefined;
  return { offset: lines.start(line) + (found[1] ?? "").length, said: say.registry.yamlMissingColon({ key: found[2], value: found[3] }) };
}

/** A key that does not start in the same column as the key above it. */
function outOfLine(line: number, lines: Lines): ExplainedError {
  const key = KEY_LINE.exec(lines.text(line));
  const above = lines.previousContentLine(line);
  const aboveKey = above === undefined ? undefined : KEY_LINE.exec(lines.text(above));
  const offset = lines.start(line) + lines.indent(line);
  if (!key?.[2] || above === undefined || !aboveKey?.[2]) return { offset, said: say.registry.yamlOutOfLine() };
  const column = lines.text(above).indexOf(`${aboveKey[2]}:`) + 1;
  return { offset, said: say.registry.yamlNotLinedUp({ key: key[2], above: aboveKey[2], column }) };
}

/** The first line of a YAML error, with any quoted piece of the file cut short. */
export function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/"([^"]*)"/g, (_, quoted: string) => `"${clip(quoted.replace(/\\[nrt]/g, " "), 40)}"`);
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
