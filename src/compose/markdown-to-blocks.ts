// Turns the template's Markdown body into letter blocks, using marked's tokenizer (no rendering to HTML).
import { Lexer, type Token, type Tokens } from "marked";
import type { Block, Inline } from "./letter-model.js";

type Style = Pick<Inline, "bold" | "italic">;

/**
 * Level-1 headings are the letter's numbered sections ("1. Innledning").
 * `literal` turns tokens of interpolated data back into their text.
 */
export function markdownToBlocks(markdown: string, literal: (text: string) => string): Block[] {
  const blocks: Block[] = [];
  let section = 0;
  for (const token of Lexer.lex(markdown, { gfm: true })) {
    switch (token.type) {
      case "heading": {
        const t = token as Tokens.Heading;
        const content = inlines(t.tokens, {}, literal);
        if (t.depth === 1) blocks.push({ type: "heading", level: 1, number: String(++section), content });
        else blocks.push({ type: "heading", level: t.depth, content });
        break;
      }
      case "paragraph": {
        const content = inlines((token as Tokens.Paragraph).tokens, {}, literal);
        if (content.length > 0) blocks.push({ type: "paragraph", content });
        break;
      }
      case "list": {
        const t = token as Tokens.List;
        const items = t.items.map((item) => inlines(item.tokens, {}, literal));
        blocks.push({ type: "list", ordered: t.ordered, items });
        break;
      }
      case "space":
      case "hr":
        break;
      default:
        // Anything else the template author wrote (a code block, a table, raw HTML) is shown as its text.
        blocks.push({ type: "paragraph", content: [{ text: normalise(literal(token.raw)) }] });
    }
  }
  return blocks;
}

function inlines(tokens: Token[] | undefined, style: Style, literal: (text: string) => string): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    if (token.type === "strong") out.push(...inlines((token as Tokens.Strong).tokens, { ...style, bold: true }, literal));
    else if (token.type === "em") out.push(...inlines((token as Tokens.Em).tokens, { ...style, italic: true }, literal));
    else if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0) out.push(...inlines(token.tokens, style, literal));
    else if (token.type === "br") push(out, "\n", style);
    else if (token.type === "codespan" || token.type === "escape" || token.type === "text") push(out, literal((token as Tokens.Text).text), style);
    else push(out, literal(token.raw), style);
  }
  return trimEnds(out);
}

function push(out: Inline[], text: string, style: Style): void {
  const normalised = text === "\n" ? text : normalise(text);
  const last = out[out.length - 1];
  if (last && !!last.bold === !!style.bold && !!last.italic === !!style.italic) {
    last.text += normalised;
    return;
  }
  out.push({ text: normalised, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
}

/** Template lines are wrapped for reading; in the letter a line break inside a paragraph is a space. */
function normalise(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, " ").replace(/ {2,}/g, " ");
}

function trimEnds(runs: Inline[]): Inline[] {
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\s+/, "");
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return runs.filter((r) => r.text !== "");
}
