// Compiles a letter template (front matter + Handlebars Markdown body) once, for rendering many letters.
import type Handlebars from "handlebars";
import { parse as parseYaml } from "yaml";
import { type Said, say } from "../i18n/catalogue.js";
import { badCharacter, type CanDraw, codePointName, undrawable } from "../shared/characters.js";
import { checkBlockNesting, checkTemplateAst } from "./check-template.js";
import { createHandlebarsEnv, HelperError, KNOWN_HELPERS, type RenderState } from "./handlebars-env.js";
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
  if (!match) throw new TemplateError(say.compose.noFrontMatter(), 1, 1);
  const bodyLineOffset = (match[0].match(/\n/g) ?? []).length;
  let front: unknown;
  try {
    front = parseYaml(match[1] ?? "");
  } catch (e) {
    throw new TemplateError(say.compose.frontMatterYaml({ detail: (e as Error).message.split("\n")[0] ?? "" }), 2, 1);
  }
  const fields = (front ?? {}) as Record<string, unknown>;
  if (typeof fields.title !== "string") throw new TemplateError(say.compose.noTitle(), 2, 1);
  // Where a front-matter value starts in the file, so errors inside it point at the right column.
  const frontLines = (match[1] ?? "").split("\n");
  const frontAt = (key: string) => {
    const index = frontLines.findIndex((l) => l.startsWith(`${key}:`));
    const valueStart = /^[\w-]+:\s*["']?/.exec(frontLines[index] ?? "")?.[0].length ?? 0;
    return { line: 2 + index, col: valueStart + 1 };
  };

  // A front-matter value's text is read from its line as written (a quoted value keeps its place on the line).
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
  const lines = text.split("\n");
  // Where in the template file each missing field is, and its path as the template writes it.
  const locate = (state: RenderState, from: number) => {
    for (const miss of state.misses.slice(from)) {
      const at = miss.loc?.start ?? { line: 1, column: 0 };
      miss.line = at.line + start.line - 1;
      miss.col = at.line === 1 ? at.column + 1 + start.col - 1 : at.column + 1;
      const end = miss.loc?.end;
      if (!miss.lookup && end && end.line === at.line) miss.written = lines[at.line - 1]?.slice(at.column, end.column);
    }
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
      const from = state.misses.length;
      try {
        return compiled(context, { ...RUNTIME_OPTIONS, data: { brev: state } });
      } catch (e) {
        return fail(e);
      } finally {
        locate(state, from);
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
  const at = (lineInPart: number | undefined, column: number | undefined) => {
    const line = lineInPart ?? 1;
    const col = column !== undefined ? column + 1 : 1;
    return [line + start.line - 1, line === 1 ? col + start.col - 1 : col] as const;
  };
  if (e instanceof RangeError) return new TemplateError(say.compose.tooDeepToRead(), start.line, start.col);
  if (e instanceof HelperError) return new TemplateError(e.said, ...at(e.lineNumber, e.column));
  const err = e as { message?: string; lineNumber?: number; column?: number; said?: Said };
  if (err.said) return new TemplateError(err.said, ...at(err.lineNumber, err.column));
  const message = String(err.message ?? e).replace(/\s+-\s+\d+:\d+$/, "");
  const parseLine = /^Parse error on line (\d+):/.exec(message);
  if (parseLine) {
    const expecting = message.split("\n").slice(-1)[0] ?? "";
    const said = expecting.endsWith("got 'EOF'") ? say.compose.endsInsideBlock() : say.compose.syntaxError({ detail: expecting });
    return new TemplateError(said, ...at(Number(parseLine[1]), err.column));
  }
  // What Handlebars' strict mode says where brev's own check does not run ({{@root.constructor}}, a data name).
  const strictMissing = /^"([^"]+)" not defined in/.exec(message);
  if (strictMissing)
    return new TemplateError(say.compose.unknownField({ path: strictMissing[1] ?? "", hint: { kind: "none" } }), ...at(err.lineNumber, err.column));
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  if (unknownHelper)
    return new TemplateError(say.compose.unknownHelper({ name: unknownHelper[1] ?? "", helpers: KNOWN_HELPERS }), ...at(err.lineNumber, err.column));
  // Handlebars' own words for what brev does not foresee: English, as Handlebars has them.
  return new TemplateError(say.compose.handlebars({ detail: message }), ...at(err.lineNumber, err.column));
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
    throw new TemplateError(say.compose.badCharacter({ what: bad.what, name: codePointName(bad.codePoint) }), line, col);
  }
  const missing = canDraw ? undrawable(source, canDraw) : undefined;
  if (missing) {
    const { line, col } = at(missing.index);
    // A character reference ("&#x0648;") is said as written, beside the character it makes.
    const written = source[missing.index] === "&" ? source.slice(missing.index, source.indexOf(";", missing.index) + 1) : undefined;
    throw new TemplateError(
      say.compose.undrawable({ character: String.fromCodePoint(missing.codePoint), name: codePointName(missing.codePoint), written }),
      line,
      col,
    );
  }
}
