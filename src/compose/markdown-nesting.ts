// How deeply a piece of Markdown nests, measured in one linear pass over its text before marked reads it: marked's
// lexer recurses once per level of quotes, lists, emphasis and links, and a few thousand levels (a line of 3000 `*`,
// `x`, 3000 `*`) overflow the stack. Letters need a handful of levels, so deep nesting is refused here, with where.

import { type Said, say } from "../i18n/catalogue.js";

/** Lists inside lists inside quotes: letters use two levels; this leaves room and stays far from the stack limit. */
export const MAX_MARKDOWN_DEPTH = 8;
/** Bold inside italic inside a link: letters use three levels at most; marked overflows only past a thousand. */
export const MAX_INLINE_DEPTH = 16;

/** One container a line opens at its start: a quote marker, or a list marker (`*`, `-`, `+`, `1.`, `1)`) and a space. */
const CONTAINER = /[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * Block nesting of one line: quote markers (`>`), indentation (two columns a level), and list markers one after
 * another on the line ("* * * x" is a list in a list in a list, and marked recurses once for each).
 */
export function lineDepth(line: string): number {
  const quotes = /^(?:[ \t]*>)*/.exec(line)?.[0] ?? "";
  const rest = line.slice(quotes.length);
  const indent = (/^[ \t]*/.exec(rest)?.[0] ?? "").replace(/\t/g, "    ").length;
  let lists = 0;
  CONTAINER.lastIndex = 0;
  for (let m = CONTAINER.exec(line); m; m = CONTAINER.exec(line)) if (!m[0].endsWith(">")) lists++;
  return (quotes.match(/>/g) ?? []).length + Math.floor(indent / 2) + lists;
}

export interface NestingProblem {
  /** Where in the text the nesting passes the limit. */
  offset: number;
  said: Said;
}

const DELIMITER = new Set(["*", "_", "~"]);
const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * The first place where `markdown` nests deeper than a letter allows, or undefined. Inline nesting is counted as
 * delimiters opened and not yet closed within a paragraph: a run of `*`, `_` or `~` that can open (left-flanking, in
 * CommonMark's words) adds its length, one that can only close takes it away, and `[` and `]` count one each. Every
 * level marked nests at a point needs an opener before it that is still open there, so this count is never below
 * marked's depth (a run that could both open and close counts as opening, to stay on the safe side).
 */
export function markdownNesting(markdown: string): NestingProblem | undefined {
  let lineStart = 0;
  let emphasis = 0;
  let brackets = 0;
  for (let i = 0; i <= markdown.length; i++) {
    if (i === lineStart) {
      const end = markdown.indexOf("\n", i);
      const line = markdown.slice(i, end < 0 ? markdown.length : end);
      const depth = lineDepth(line);
      if (depth > MAX_MARKDOWN_DEPTH) return { offset: i, said: say.compose.markdownTooDeep({ depth, max: MAX_MARKDOWN_DEPTH }) };
      // A blank line ends a paragraph, and with it everything opened in it.
      if (line.trim() === "") emphasis = brackets = 0;
    }
    if (i === markdown.length) break;
    const c = markdown[i] as string;
    if (c === "\n") {
      lineStart = i + 1;
      continue;
    }
    if (c === "\\") {
      // An escaped character is text; an escaped line end is a line end all the same.
      if (markdown[i + 1] !== "\n") i++;
      continue;
    }
    const at = i;
    if (c === "[") brackets++;
    else if (c === "]") brackets = Math.max(0, brackets - 1);
    else if (DELIMITER.has(c)) {
      let end = i;
      while (markdown[end + 1] === c) end++;
      const run = end - i + 1;
      const before = i > 0 ? (markdown[i - 1] as string) : "\n";
      const after = end + 1 < markdown.length ? (markdown[end + 1] as string) : "\n";
      const opens = !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before));
      const closes = !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after));
      // Inside a word, `_` neither opens nor closes; `*` and `~` may do either.
      if (opens && !(closes && c === "_")) emphasis += run;
      else if (closes && !opens) emphasis = Math.max(0, emphasis - run);
      i = end;
    }
    if (emphasis + brackets > MAX_INLINE_DEPTH) return { offset: at, said: say.compose.inlineTooDeep({ max: MAX_INLINE_DEPTH }) };
  }
  return undefined;
}
