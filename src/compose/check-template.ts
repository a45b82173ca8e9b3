// Checks a template before it is compiled, so that no template can crash or hang brev: block nesting is limited
// (Handlebars' parser and compiler recurse, and overflow the stack on deep input; Markdown nesting is limited where
// Markdown is read, markdown-nesting.ts), and every helper call has the arguments the helper needs. Errors carry
// the line and column in the template, as Handlebars' own errors do.
import { type Said, say } from "../i18n/catalogue.js";
import { HELPERS, type HelperName } from "./handlebars-env.js";

/** Deeper than any letter needs ({{#if}} inside {{#each}} inside {{#block}} is 3). */
export const MAX_BLOCK_DEPTH = 12;

type Node = { type?: string; loc?: { start: { line: number; column: number } } } & Record<string, unknown>;

/**
 * Counts block openers ({{#…}}, {{^…}}) and closers ({{/…}}) in the raw text, before Handlebars' parser sees it:
 * the parser itself recurses on nesting, so a deep enough template must be stopped here, at its own line.
 */
export function checkBlockNesting(text: string): void {
  let depth = 0;
  for (const m of text.matchAll(/\{\{~?\s*([#^/])|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g)) {
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (m[1] && ++depth > MAX_BLOCK_DEPTH) {
      const before = text.slice(0, m.index);
      const said = say.compose.blocksTooDeep({ max: MAX_BLOCK_DEPTH, subexpressions: false });
      throw Object.assign(new Error(said.message), {
        said,
        lineNumber: before.split("\n").length,
        column: m.index - before.lastIndexOf("\n") - 1,
      });
    }
  }
}

/** Walks the Handlebars AST without recursion, so a hostile template cannot overflow the stack here either. */
export function checkTemplateAst(ast: hbs.AST.Program): void {
  // Each entry: a node, its block depth, and how many {{#each}}/{{#with}} bodies it is inside (how far ../ can go).
  const stack: [Node, number, number][] = [[ast as unknown as Node, 0, 0]];
  while (stack.length > 0) {
    const [node, depth, scopes] = stack.pop() as [Node, number, number];
    const at = node.loc?.start ?? { line: 1, column: 0 };
    const fail = (said: Said): never => {
      // lineNumber/column, as Handlebars' own errors carry them, so compile-template maps them the same way.
      throw Object.assign(new Error(said.message), { lineNumber: at.line, column: at.column, said });
    };
    if (node.type === "PathExpression" && !node.data && typeof node.depth === "number" && node.depth > scopes) {
      const original = String(node.original);
      fail(say.compose.climbsAboveLetter({ written: original, inside: original.replace(/^(\.\.\/)+/, "") || "this", scopes }));
    }
    let inner = depth;
    if (node.type === "BlockStatement" || node.type === "SubExpression") {
      inner = depth + 1;
      if (inner > MAX_BLOCK_DEPTH) fail(say.compose.blocksTooDeep({ max: MAX_BLOCK_DEPTH, subexpressions: true }));
    }
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement") fail(say.compose.partial());
    if (node.type === "MustacheStatement" || node.type === "SubExpression" || node.type === "BlockStatement") checkHelperCall(node, fail);
    // Children go on the stack last-first, so problems are found in reading order.
    // The body of {{#each}} and {{#with}} has a new `this`, which ../ steps out of; their {{else}} does not.
    const opensScope = node.type === "BlockStatement" && ["each", "with"].includes(String((node.path as { original?: unknown }).original));
    const entries = Object.entries(node).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((child) => [key, child] as const));
    for (const [key, child] of entries.reverse()) pushNode(stack, child, inner, opensScope && key === "program" ? scopes + 1 : scopes);
  }
}

function pushNode(stack: [Node, number, number][], value: unknown, depth: number, scopes: number): void {
  if (value && typeof value === "object" && "type" in value) stack.push([value as Node, depth, scopes]);
}

function checkHelperCall(node: Node, fail: (said: Said) => never): void {
  const name = (node.path as { original?: unknown } | undefined)?.original;
  if (typeof name !== "string" || !Object.hasOwn(HELPERS, name)) return;
  const helper = HELPERS[name as HelperName];
  const params = (node.params as { type: string }[] | undefined) ?? [];
  const hash = (node.hash as { pairs?: unknown[] } | undefined)?.pairs ?? [];
  const isBlock = node.type === "BlockStatement";
  if (params.length !== helper.params || hash.length > 0 || isBlock !== helper.block) fail(say.compose.helperUsage({ helper: name as HelperName }));
  if (name === "block" && params[0]?.type !== "StringLiteral") fail(say.compose.helperUsage({ helper: "block" }));
}
