// The Markdown of a template, checked once when it is compiled, before any letter: the Handlebars expressions are
// masked (each by a run of a private character, so line and column stay true), the rest is read as the letter
// will read it, and the first construct letters do not use is an error at its own line and column. What a
// template assembles only at render time is caught then, and located by the text around it (locateInBody).
import { type MarkdownError, unsupportedMarkdown } from "./markdown-to-blocks.js";
import { TemplateError } from "./template-error.js";

/** Stands in for template code in the masked body; never in a letter (the character policy refuses it). */
const MASK = "\uE002";
const MUSTACHE = /\{\{\{?[\s\S]*?\}?\}\}/g;

export function checkTemplateMarkdown(body: string, firstLine: number): void {
  const masked = body.replace(MUSTACHE, (m) => m.replace(/[^\n]/g, MASK));
  const problem = unsupportedMarkdown(masked);
  // A link whose address is template code is checked when the letter is rendered.
  if (!problem || (problem.said.code === "compose.linkScheme" && problem.message.includes(MASK))) return;
  const { line, col } = position(body, problem.offset);
  throw new TemplateError(problem.said, firstLine + line - 1, col);
}

/** Where in the template body a problem found in the rendered Markdown most likely comes from. */
export function locateInBody(body: string, firstLine: number, rendered: string, e: MarkdownError): TemplateError {
  const lineText = rendered.slice(e.offset).split("\n")[0] ?? "";
  // The template's own words on that line, up to the first piece of data.
  const own = (lineText.split(/\uE000~?\d+\uE001/)[0] ?? "").trim().slice(0, 30);
  const at = own.length >= 2 ? body.indexOf(own) : e.field ? codeNaming(body, e.field) : -1;
  const { line, col } = position(body, at >= 0 ? at : 0);
  return new TemplateError(e.said, firstLine + line - 1, col);
}

/** Where the first expression that names `field` whole ({{fields.rader}}, {{lookup this "fields"}}) starts, or -1. */
function codeNaming(body: string, field: string): number {
  const name = new RegExp(`(?<![\\p{L}\\p{N}_.-])${field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_.-])`, "u");
  for (const m of body.matchAll(MUSTACHE)) if (!/^\{\{\{?[#/^!]/.test(m[0]) && name.test(m[0])) return m.index;
  return -1;
}

function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, col: offset - before.lastIndexOf("\n") };
}
