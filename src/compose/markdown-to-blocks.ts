// Turns Markdown into letter blocks, using marked's tokenizer (no rendering to HTML). Letters use paragraphs, lists
// (nested one level), bold and italic, links (http, https, mailto), GFM tables and two levels of heading; anything
// else (images, HTML, quotations, code, deeper headings, …) is refused with its offset and what to write instead,
// never dropped or printed raw.
import { Lexer, type Token, type Tokens } from "marked";
import { type Said, say } from "../i18n/catalogue.js";
import type { Align, Block, Inline, ListItem } from "../model/letter-model.js";
import { codePointName, decodeCharacterReferences, hiddenInAddress } from "../shared/characters.js";
import { markdownNesting } from "./markdown-nesting.js";
import { type TableMeasure, tableFitProblem } from "./table-fit.js";

type Style = Pick<Inline, "bold" | "italic" | "link">;

/** Something in the Markdown that letters do not use; `offset` is where it starts in the Markdown text. */
export class MarkdownError extends Error {
  constructor(
    readonly said: Said,
    readonly offset: number,
    /** The data the problem is about, by its path in the template ("fields.rader"), when it is data printed as text. */
    readonly field?: string,
  ) {
    super(said.message);
  }
}

const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;
/** Link syntax left over in text: "[text](" that marked did not take as a link (a space in the address, no ")"). */
const BROKEN_LINK = /\[[^[\]]*\]\(/;

/**
 * Level-1 headings are the letter's numbered sections ("1. Innledning"), level 2 its sub-headings.
 * `literal` turns tokens of interpolated data back into their text; `measureTable`, when given, refuses a table too
 * wide for the letter.
 */
export function markdownToBlocks(markdown: string, literal: (text: string) => string = (t) => t, measureTable?: TableMeasure): Block[] {
  // Limited before marked sees it: its lexer recurses once per level.
  const deep = markdownNesting(markdown);
  if (deep) throw new MarkdownError(deep.said, deep.offset);
  try {
    return new Reader(markdown, literal, measureTable).blocks();
  } catch (e) {
    // Should the limit ever fall short, a stack overflow is still a problem with the text, not a crash.
    if (e instanceof RangeError) throw new MarkdownError(say.compose.markdownTooDeepToRead(), 0);
    throw e;
  }
}

/** The first thing in `markdown` that letters do not use, or undefined. */
export function unsupportedMarkdown(markdown: string, measureTable?: TableMeasure): MarkdownError | undefined {
  try {
    markdownToBlocks(markdown, undefined, measureTable);
    return undefined;
  } catch (e) {
    if (e instanceof MarkdownError) return e;
    throw e;
  }
}

class Reader {
  private section = 0;

  constructor(
    private readonly markdown: string,
    private readonly literal: (text: string) => string,
    private readonly measureTable?: TableMeasure,
  ) {}

  blocks(): Block[] {
    const blocks: Block[] = [];
    let offset = 0;
    for (const token of Lexer.lex(this.markdown, { gfm: true })) {
      const at = this.markdown.indexOf(token.raw, offset);
      const start = at >= 0 ? at : offset;
      const block = this.block(token, start);
      if (block) blocks.push(block);
      offset = start + token.raw.length;
    }
    return blocks;
  }

  private block(token: Token, at: number): Block | undefined {
    switch (token.type) {
      case "heading": {
        const t = token as Tokens.Heading;
        if (t.depth > 2) throw new MarkdownError(say.compose.headingTooDeep({ marks: "#".repeat(t.depth) }), at);
        const content = this.inlines(t.tokens, {}, at);
        return t.depth === 1 ? { type: "heading", level: 1, number: String(++this.section), content } : { type: "heading", level: 2, content };
      }
      case "paragraph":
      case "text": {
        const content = this.inlines((token as Tokens.Paragraph).tokens, {}, at);
        return content.length > 0 ? { type: "paragraph", content } : undefined;
      }
      case "list":
        return this.list(token as Tokens.List, at, true);
      case "table":
        return this.table(token as Tokens.Table, at);
      case "space":
        return undefined;
      case "blockquote":
        throw new MarkdownError(say.compose.quotation(), at);
      case "code":
        throw new MarkdownError(say.compose.codeBlock(), at);
      case "html":
        throw htmlRefused(token.raw, at);
      case "hr":
        throw new MarkdownError(say.compose.rule(), at);
      case "def":
        throw new MarkdownError(say.compose.linkDefinition(), at);
      default:
        throw new MarkdownError(say.compose.otherMarkdown({ type: token.type, inline: false }), at);
    }
  }

  private list(t: Tokens.List, at: number, top: boolean): Block & { type: "list" } {
    const items: ListItem[] = [];
    for (const item of t.items) {
      const itemAt = this.find(item.raw, at);
      if (item.task) throw new MarkdownError(say.compose.checklist(), itemAt);
      const content: Inline[] = [];
      let sublist: ListItem["sublist"];
      for (const child of item.tokens) {
        const childAt = this.find(child.raw, itemAt);
        if (child.type === "list") {
          if (!top) throw new MarkdownError(say.compose.listTooDeep(), childAt);
          const inner = this.list(child as Tokens.List, childAt, false);
          sublist = { ordered: inner.ordered, items: inner.items.map((i) => ({ content: i.content })) };
        } else if (child.type === "text" || child.type === "paragraph") {
          const runs = this.inlines((child as Tokens.Text).tokens ?? [{ type: "text", raw: child.raw, text: child.raw } as Tokens.Text], {}, childAt);
          if (content.length > 0 && runs.length > 0) content.push({ text: "\n" });
          content.push(...runs);
        } else if (child.type !== "space") {
          this.block(child, childAt);
          throw new MarkdownError(say.compose.listItemContent(), childAt);
        }
      }
      items.push({ content: mergeRuns(content), ...(sublist ? { sublist } : {}) });
    }
    return { type: "list", ordered: t.ordered, items };
  }

  private table(t: Tokens.Table, at: number): Block {
    const header = t.header.map((cell) => this.inlines(cell.tokens, {}, at));
    const rows = t.rows.map((row) => row.map((cell) => this.inlines(cell.tokens, {}, this.find(cell.text, at))));
    // A column is right-aligned when the template says so (--:), or when every cell in it is a number.
    const align: Align[] = t.header.map((_, c) => {
      const given = t.align[c];
      if (given) return given;
      const cells = rows
        .map((r) =>
          (r[c] ?? [])
            .map((run) => run.text)
            .join("")
            .trim(),
        )
        .filter((s) => s !== "");
      return cells.length > 0 && cells.every((s) => NUMBER.test(s)) ? "right" : "left";
    });
    const table = { type: "table" as const, align, header, rows };
    const tooWide = this.measureTable && tableFitProblem(table, this.measureTable);
    if (tooWide) throw new MarkdownError(tooWide, at);
    return table;
  }

  private inlines(tokens: Token[] | undefined, style: Style, at: number): Inline[] {
    const out: Inline[] = [];
    // Each token is looked for after the one before it, so a text said twice is found where it is.
    let from = at;
    for (const token of tokens ?? []) {
      const where = this.find(token.raw, from);
      if (this.markdown.startsWith(token.raw, where)) from = where + token.raw.length;
      switch (token.type) {
        case "strong":
          out.push(...this.inlines((token as Tokens.Strong).tokens, { ...style, bold: true }, where));
          break;
        case "em":
          out.push(...this.inlines((token as Tokens.Em).tokens, { ...style, italic: true }, where));
          break;
        case "link": {
          const t = token as Tokens.Link;
          const href = this.literal(t.href).trim();
          if (!ALLOWED_LINK.test(href)) {
            throw new MarkdownError(say.compose.linkScheme({ address: href.slice(0, 40) }), where);
          }
          const hidden = hiddenInAddress(href);
          if (hidden) {
            throw new MarkdownError(say.compose.linkHidden({ name: codePointName(hidden.codePoint), at: [...href.slice(0, hidden.index)].length + 1 }), where);
          }
          const runs = this.inlines(t.tokens, { ...style, link: href }, where);
          out.push(...runs);
          // A printed letter keeps the address: it is written out where the link's text does not already say it.
          const shown = runs.map((r) => r.text).join("");
          if (!sameAddress(shown, href)) push(out, ` (${href.replace(/^mailto:/i, "")})`, { ...style, link: href });
          break;
        }
        case "br":
          push(out, "\n", style);
          break;
        case "text":
        case "escape":
          if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0) out.push(...this.inlines(token.tokens, style, where));
          else {
            // What marked could not read as a link stays text: "[her](" and the address after it would be printed.
            const broken = token.type === "text" ? BROKEN_LINK.exec(token.raw) : null;
            if (broken)
              throw new MarkdownError(
                say.compose.brokenLink(),
                // At the "[" itself: the text before it may have begun lines earlier.
                this.find(broken[0], where),
              );
            // marked, writing HTML, turns every "&" of a text holding a character reference into "&amp;"; the letter
            // wants the text as written, with only the references made into their characters.
            const text = token.type === "text" && token.raw.includes("&#") ? decodeCharacterReferences(token.raw) : (token as Tokens.Text).text;
            push(out, this.literal(text), style);
          }
          break;
        case "image":
          throw new MarkdownError(say.compose.image(), where);
        case "html":
          throw htmlRefused(token.raw, where);
        case "codespan":
          throw new MarkdownError(say.compose.codeSpan(), where);
        case "del":
          throw new MarkdownError(say.compose.strikethrough(), where);
        default:
          throw new MarkdownError(say.compose.otherMarkdown({ type: token.type, inline: true }), where);
      }
    }
    return trimEnds(mergeRuns(out));
  }

  /** Where `raw` starts, searching from `from` (the position of the enclosing token). */
  private find(raw: string, from: number): number {
    const at = this.markdown.indexOf(raw, from);
    return at >= 0 ? at : from;
  }
}

/** HTML in a body or a block, refused with its first tag. */
function htmlRefused(raw: string, at: number): MarkdownError {
  return new MarkdownError(say.compose.html({ tag: firstTag(raw) }), at);
}

/** The first tag of some HTML (or its first line), short enough for a message. */
function firstTag(html: string): string {
  const shown = (/<[^>\n]*>?/.exec(html)?.[0] ?? html.trim().split("\n")[0] ?? "").trim();
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
}

/** A number as letters write it: digits grouped with spaces, a decimal comma, a minus, perhaps "kroner". */
const NUMBER = /^[-\u2212]?[\d\u00a0 .,]+(?: kroner| kr\.?)?$/;

function sameAddress(text: string, href: string): boolean {
  const bare = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(https?:\/\/|mailto:)/, "")
      .replace(/^www\./, "")
      .replace(/\/$/, "");
  return bare(text) === bare(href);
}

function push(out: Inline[], text: string, style: Style): void {
  out.push({
    text: text === "\n" ? text : normalise(text),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.link ? { link: style.link } : {}),
  });
}

/** Neighbouring runs of the same style become one. */
function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && last.link === run.link) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
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
