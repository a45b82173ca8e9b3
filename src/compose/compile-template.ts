// Compiles a letter template (front matter + Handlebars Markdown body) once, for rendering many letters.
import type Handlebars from "handlebars";
import { parse as parseYaml } from "yaml";
import { badCharacter, type CanDraw, codePointName, undrawable } from "../shared/characters.js";
import { checkBlockNesting, checkTemplateAst } from "./check-template.js";
import { createHandlebarsEnv, KNOWN_HELPERS, type RenderState } from "./handlebars-env.js";
import type { MarkdownError } from "./markdown-to-blocks.js";
import { TemplateError } from "./template-error.js";
import { checkTemplateMarkdown, locateInBody } from "./template-markdown.js";

export interface LetterTemplate {
  file: string;
  /** Names of the blocks an agency may override. */
  blockNames: string[];
  /** Renders the front matter field or body with the given context; output still holds literal tokens. */
  renderTitle(context: unknown, state: RenderState): string;
  renderSubject(context: unknown, state: RenderState): string | undefined;
  renderBody(context: unknown, state: RenderState): string;
  /** The template file's line where the body starts. */
  bodyLine: number;
  /** Where a problem in a rendered body's Markdown comes from in the template. */
  locate(rendered: string, e: MarkdownError): TemplateError;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function compileTemplate(text: string, file: string, canDraw?: CanDraw): LetterTemplate {
  const source = text.replace(/\r\n?/g, "\n");
  refuseBadCharacters(source, canDraw);
  const env = createHandlebarsEnv();
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new TemplateError("the template must start with front matter (--- title: … ---)", 1, 1);
  const bodyLineOffset = (match[0].match(/\n/g) ?? []).length;
  let front: unknown;
  try {
    front = parseYaml(match[1] ?? "");
  } catch (e) {
    throw new TemplateError(`front matter: ${(e as Error).message.split("\n")[0]}`, 2, 1);
  }
  const fields = (front ?? {}) as Record<string, unknown>;
  if (typeof fields.title !== "string") throw new TemplateError("front matter needs a title", 2, 1);
  // Where a front-matter value starts in the file, so errors inside it point at the right column.
  const frontLines = (match[1] ?? "").split("\n");
  const frontAt = (key: string) => {
    const index = frontLines.findIndex((l) => l.startsWith(`${key}:`));
    const valueStart = /^[\w-]+:\s*["']?/.exec(frontLines[index] ?? "")?.[0].length ?? 0;
    return { line: 2 + index, col: valueStart + 1 };
  };

  const title = compilePart(env, fields.title, frontAt("title"));
  const subject = typeof fields.subject === "string" ? compilePart(env, fields.subject, frontAt("subject")) : undefined;
  const bodySource = source.slice(match[0].length);
  const body = compilePart(env, bodySource, { line: bodyLineOffset + 1, col: 1 });
  checkTemplateMarkdown(bodySource, bodyLineOffset + 1);

  return {
    file,
    blockNames: body.blockNames,
    renderTitle: title.render,
    renderSubject: (context, state) => subject?.render(context, state),
    renderBody: body.render,
    bodyLine: bodyLineOffset + 1,
    locate: (rendered, e) => locateInBody(bodySource, bodyLineOffset + 1, rendered, e),
  };
}

interface CompiledPart {
  blockNames: string[];
  render(context: unknown, state: RenderState): string;
}

const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true, // escaping is done by LiteralText tokens, not by HTML entities
  // Handlebars' own `log` would print from inside a template; it is neither known nor registered.
  knownHelpers: { ...Object.fromEntries(KNOWN_HELPERS.map((h) => [h, true])), log: false },
  knownHelpersOnly: true,
} as const;

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

interface PartStart {
  line: number;
  col: number;
}

/** `start` is where this part's text starts in the template file. */
function compilePart(env: typeof Handlebars, text: string, start: PartStart): CompiledPart {
  const fail = (e: unknown): never => {
    throw toTemplateError(e, start);
  };
  let ast: hbs.AST.Program;
  try {
    checkBlockNesting(text);
    ast = env.parse(text);
    checkTemplateAst(ast);
    strictHelperValues(ast);
    exactNumberLiterals(ast, text);
  } catch (e) {
    return fail(e);
  }
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = env.compile(ast, COMPILE_OPTIONS);
    // Handlebars compiles lazily; precompiling here surfaces unknown helpers before any letter is rendered.
    env.precompile(ast, COMPILE_OPTIONS);
  } catch (e) {
    return fail(e);
  }
  return {
    blockNames: collectBlockNames(ast),
    render(context, state) {
      try {
        return compiled(context, { ...RUNTIME_OPTIONS, data: { brev: state } });
      } catch (e) {
        return fail(e);
      }
    },
  };
}

/** Helpers whose values must be there; `if` and `unless` are left to ask whether a value is there at all. */
const NEEDS_VALUES = new Set<string>([...KNOWN_HELPERS, "each", "with"]);

/**
 * Handlebars' strict mode checks a value printed with {{…}}, not one handed to a helper: {{kroner fields.beløp}} would
 * get nothing and print nothing. Marking the paths handed to brev's helpers (and to each and with) strict makes a
 * field an agency lacks an error there too, naming the field.
 */
function strictHelperValues(ast: hbs.AST.Program): void {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> & { type?: string };
    const call = node.type === "MustacheStatement" || node.type === "SubExpression" || node.type === "BlockStatement";
    const name = (node.path as { original?: unknown } | undefined)?.original;
    if (call && typeof name === "string" && NEEDS_VALUES.has(name)) {
      for (const param of (node.params as { type: string; strict?: boolean }[] | undefined) ?? []) {
        if (param.type === "PathExpression") param.strict = true;
      }
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === "object" && "type" in child) stack.push(child);
    }
  }
}

/** The helpers that print a number given to them. */
const PRINTS_NUMBER = new Set<string>(["number", "kroner"]);

/**
 * A number written in the template itself ({{kroner 12.50}}) reaches the helper as Handlebars reads it, a JavaScript
 * number (12.5); handed over as the text the template has instead, it prints as written ("12,50 kroner"), as a
 * number from the registry does.
 */
function exactNumberLiterals(ast: hbs.AST.Program, text: string): void {
  const lines = text.split("\n");
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> & { type?: string };
    const name = (node.path as { original?: unknown } | undefined)?.original;
    if ((node.type === "MustacheStatement" || node.type === "SubExpression") && typeof name === "string" && PRINTS_NUMBER.has(name)) {
      for (const param of (node.params as (hbs.AST.Expression & { loc: hbs.AST.SourceLocation })[] | undefined) ?? []) {
        if (param.type !== "NumberLiteral" || param.loc.start.line !== param.loc.end.line) continue;
        const written = lines[param.loc.start.line - 1]?.slice(param.loc.start.column, param.loc.end.column) ?? "";
        Object.assign(param, { type: "StringLiteral", value: written, original: written });
      }
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === "object" && "type" in child) stack.push(child);
    }
  }
}

function toTemplateError(e: unknown, start: PartStart): TemplateError {
  if (e instanceof TemplateError) return e;
  if (e instanceof RangeError) return new TemplateError("the template is nested too deeply to read", start.line, start.col);
  const err = e as { message?: string; lineNumber?: number; column?: number; hint?: string };
  let message = String(err.message ?? e).replace(/\s+-\s+\d+:\d+$/, "");
  let line = err.lineNumber;
  const col = err.column !== undefined ? err.column + 1 : 1;
  const parseLine = /^Parse error on line (\d+):/.exec(message);
  if (parseLine) {
    line = Number(parseLine[1]);
    const expecting = message.split("\n").slice(-1)[0] ?? "";
    message = expecting.endsWith("got 'EOF'") ? "syntax error: the template ends inside a block ({{#…}} without its {{/…}})" : `syntax error: ${expecting}`;
  }
  // A name asked of a text (fields.belop.length): strict mode's `in` check fails on anything but an object.
  const ofText = /^Cannot use 'in' operator to search for '([^']*)' in /.exec(message);
  const strictMissing = ofText ?? /^"([^"]+)" not defined in/.exec(message);
  if (strictMissing) {
    const lineInPart = line ?? 1;
    return new TemplateError(
      `"${strictMissing[1]}" is not a field this letter has`,
      lineInPart + start.line - 1,
      lineInPart === 1 ? col + start.col - 1 : col,
      undefined,
      strictMissing[1],
    );
  }
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper) message = `unknown helper "${unknownHelper[1]}" (helpers: ${KNOWN_HELPERS.join(", ")})`;
  const lineInPart = line ?? 1;
  return new TemplateError(message, lineInPart + start.line - 1, lineInPart === 1 ? col + start.col - 1 : col, err.hint);
}

function collectBlockNames(ast: hbs.AST.Program): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; path?: { original?: string }; params?: { type: string; value?: unknown }[] };
    if (n.type === "BlockStatement" && n.path?.original === "block") {
      const first = n.params?.[0];
      if (first?.type === "StringLiteral") names.add(String(first.value));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(ast);
  return [...names].sort();
}

/**
 * Characters no letter may carry are refused in the template too (brev's own markers would splice in data), and so
 * are characters the letter's fonts cannot draw.
 */
function refuseBadCharacters(source: string, canDraw: CanDraw | undefined): void {
  const at = (index: number) => {
    const before = source.slice(0, index);
    return { line: before.split("\n").length, col: index - before.lastIndexOf("\n") };
  };
  const bad = badCharacter(source);
  if (bad) {
    const { line, col } = at(bad.index);
    throw new TemplateError(`the template contains ${bad.what} (${codePointName(bad.codePoint)}), which a letter cannot carry; delete it`, line, col);
  }
  const missing = canDraw ? undrawable(source, canDraw) : undefined;
  if (missing) {
    const { line, col } = at(missing.index);
    // A character reference ("&#x0648;") is said as written, beside the character it makes.
    const written = source[missing.index] === "&" ? ` written as ${source.slice(missing.index, source.indexOf(";", missing.index) + 1)}` : "";
    throw new TemplateError(
      `the template has ${String.fromCodePoint(missing.codePoint)} (${codePointName(missing.codePoint)})${written}, which the letter's font cannot draw; write it without that character`,
      line,
      col,
    );
  }
}
