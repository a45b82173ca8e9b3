// Breaks styled text into lines of a given width, for the PDF layout. Lines break at spaces; a word wider than the
// line is broken between two characters (never drawn over its neighbours); "\n" is a hard break. The space a line
// breaks at stays at the end of that line's text (it takes no room), and a line ended by "\n" ends in a space too, so
// text read back (by a screen reader, or copied) keeps its words apart.
import type { Inline } from "../model/letter-model.js";

/** The four faces of the letter's font family. */
export type Face = "regular" | "bold" | "italic" | "boldItalic";

export interface Measure {
  /** Advance width of `text` in `face` at `size` points. */
  width(text: string, face: Face, size: number): number;
  /** Height of one line (ascender, descender and line gap) in `face` at `size`. */
  lineHeight(face: Face, size: number): number;
}

export interface Run {
  text: string;
  face: Face;
  /** Where a link points (drawn as a link annotation over the run). */
  link?: string;
}

export interface LineFragment {
  text: string;
  face: Face;
  /** Offset from the line's start. */
  x: number;
  width: number;
  link?: string;
}

export interface Line {
  fragments: LineFragment[];
  width: number;
}

interface Piece {
  text: string;
  face: Face;
  link?: string;
}

/** A word: pieces with no space between them (a face may change inside a word: "**1.12.2020**."). */
type Word = Piece[];

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The lines of text already broken with a measure, kept while it lives: most paragraphs of a dispatch are the same in
 * every letter. The lines are shared: callers read them and never change them.
 */
const broken = new WeakMap<Measure, Map<string, readonly Line[]>>();
const BROKEN_MAX = 4_000;

export function breakLines(runs: readonly Run[], maxWidth: number, size: number, measure: Measure, characterSpacing = 0): readonly Line[] {
  let known = broken.get(measure);
  if (!known) {
    known = new Map();
    broken.set(measure, known);
  }
  const key = JSON.stringify([maxWidth, size, characterSpacing, runs]);
  let lines = known.get(key);
  if (!lines) {
    if (known.size > BROKEN_MAX) known.clear();
    lines = breakAll(runs, maxWidth, size, measure, characterSpacing);
    known.set(key, lines);
  }
  return lines;
}

function breakAll(runs: readonly Run[], maxWidth: number, size: number, measure: Measure, characterSpacing: number): Line[] {
  const widthOf = (text: string, face: Face) => measure.width(text, face, size) + characterSpacing * [...text].length;
  const paragraphs = splitHard(runs);
  const lines: Line[] = [];
  for (const [p, words] of paragraphs.entries()) {
    let current: { pieces: Piece[]; width: number } = { pieces: [], width: 0 };
    const flush = () => {
      lines.push(toLine(current.pieces, widthOf));
      current = { pieces: [], width: 0 };
    };
    for (const { word, space } of words) {
      const wordWidth = word.reduce((w, p) => w + widthOf(p.text, p.face), 0);
      const spaceWidth = current.pieces.length > 0 && space ? widthOf(space.text, space.face) : 0;
      if (current.pieces.length > 0 && current.width + spaceWidth + wordWidth > maxWidth) {
        // The space stays with the line it ends.
        if (space) current.pieces.push(space);
        flush();
      } else if (space && current.pieces.length > 0) {
        current.pieces.push(space);
        current.width += spaceWidth;
      }
      if (wordWidth <= maxWidth - current.width) {
        current.pieces.push(...word);
        current.width += wordWidth;
        continue;
      }
      // Wider than a whole line: break it between characters.
      for (const piece of word) {
        for (const { segment } of segmenter.segment(piece.text)) {
          const w = widthOf(segment, piece.face);
          if (current.pieces.length > 0 && current.width + w > maxWidth) flush();
          current.pieces.push({ ...piece, text: segment });
          current.width += w;
        }
      }
    }
    // The hard break's space: in the text, not on the page.
    const last = current.pieces[current.pieces.length - 1];
    if (p < paragraphs.length - 1 && last) current.pieces.push({ ...last, text: " " });
    flush();
  }
  return lines;
}

/** Runs into paragraphs (at "\n") of words, each with the space before it. */
function splitHard(runs: readonly Run[]): { word: Word; space?: Piece }[][] {
  const paragraphs: { word: Word; space?: Piece }[][] = [[]];
  let word: Word = [];
  let space: Piece | undefined;
  const endWord = () => {
    if (word.length > 0) paragraphs[paragraphs.length - 1]?.push({ word, ...(space ? { space } : {}) });
    word = [];
    space = undefined;
  };
  for (const run of runs) {
    const base = { face: run.face, ...(run.link ? { link: run.link } : {}) };
    for (const part of run.text.split(/(\n| +)/)) {
      if (part === "") continue;
      if (part === "\n") {
        endWord();
        paragraphs.push([]);
      } else if (part.startsWith(" ")) {
        if (word.length > 0) endWord();
        space = { ...base, text: space ? space.text + part : part };
      } else word.push({ ...base, text: part });
    }
  }
  endWord();
  return paragraphs;
}

/** Merges pieces of one face and link into fragments, each with its offset and width. */
function toLine(pieces: readonly Piece[], widthOf: (text: string, face: Face) => number): Line {
  const fragments: LineFragment[] = [];
  for (const piece of pieces) {
    const last = fragments[fragments.length - 1];
    if (last && last.face === piece.face && last.link === piece.link) last.text += piece.text;
    else fragments.push({ text: piece.text, face: piece.face, x: 0, width: 0, ...(piece.link ? { link: piece.link } : {}) });
  }
  let x = 0;
  for (const [i, f] of fragments.entries()) {
    f.x = x;
    // Widths are of what is drawn: a space the line ends with takes no room.
    f.width = widthOf(i === fragments.length - 1 ? f.text.trimEnd() : f.text, f.face);
    x += f.width;
  }
  return { fragments, width: x };
}

/** A letter's inline text as runs in the faces of the font (`base` bold: a heading's or a header cell's). */
export function runsOf(content: readonly Inline[], base: "regular" | "bold" = "regular"): Run[] {
  return content.map((r) => {
    const bold = base === "bold" || Boolean(r.bold);
    const face: Face = bold && r.italic ? "boldItalic" : bold ? "bold" : r.italic ? "italic" : "regular";
    return { text: r.text, face, ...(r.link ? { link: r.link } : {}) };
  });
}
