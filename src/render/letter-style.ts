// The letter's look that both renderers share: where things sit on an A4 page (in points, 1 mm = 2.835 pt) and the
// type sizes. The PDF and the DOCX read these, so a change here changes both alike.

export const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginLeft: 22 * MM,
  marginRight: 20 * MM,
  marginTop: 17 * MM,
  /** Room for the page-1 footer block. */
  marginBottom: 36 * MM,
  /** The recipient block, where a C5 window envelope shows it. */
  recipientTop: 45 * MM,
  /** The reference line starts no higher than this. */
  referenceTop: 85 * MM,
  lineHeight: 1.15,
} as const;

/** Type sizes in points. */
export const TYPE = {
  body: 11,
  letterhead: 11,
  referenceLabel: 8,
  referenceValue: 10,
  title: 13,
  heading: 11,
  /** E-signature line, Kopi, Vedlegg. */
  small: 10,
  /** "Side 2" on later pages. */
  pageNumber: 10,
  footer: 7.5,
} as const;

/**
 * A data table's type: its size (one size for every table, so also the smallest a table is set in) and the room
 * left and right of a cell's text, in points. A table whose columns do not fit the text width at this size is
 * refused before any format is drawn (render/table-measure.ts).
 */
export const TABLE = { size: TYPE.body, cellPadding: 4 } as const;

/** The sender's logo at the top left of page 1, in points: its height, its widest, and the gap to the letterhead. */
export const LOGO = { height: 16 * MM, maxWidth: 40 * MM, gap: 4 * MM } as const;

/** A link's text: underlined (so it shows without colour too) and dark blue, as in a word processor's Hyperlink style. */
export const LINK = { color: "#1F4E79", underline: true } as const;

/** The text column's width. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

/** A list item's label: "•" and "–" for bullets, "1." and "a." for numbers, by depth (0 or 1). */
export function listLabel(ordered: boolean, index: number, depth: number): string {
  if (!ordered) return depth === 0 ? "\u2022" : "\u2013";
  return depth === 0 ? `${index + 1}.` : `${String.fromCharCode(97 + (index % 26))}.`;
}

/**
 * A data table's column widths from each column's natural width (its widest cell) and, when given, its minimum (its
 * widest word or number, which never breaks): too wide, every column gives up the same share of what it has above its
 * minimum (without minimums, every column shrinks alike); narrower than `total`, the widest column that is not
 * right-aligned (the text) takes what is left, so the numbers stay next to each other and identifiers are not spread
 * out. A table whose minimums exceed `total` is refused before it is drawn (render/table-measure.ts).
 */
export function fitColumns(natural: readonly number[], align: readonly string[], total: number, minimum?: readonly number[]): number[] {
  const sum = natural.reduce((a, w) => a + w, 0);
  if (sum >= total) {
    if (!minimum) return natural.map((w) => (w * total) / sum);
    const wide = natural.map((w, c) => Math.max(w, minimum[c] ?? 0));
    const least = minimum.reduce((a, w) => a + w, 0);
    // Only where no check ran first (a format's own estimate of widths): the minimums shrink alike.
    if (least >= total) return natural.map((_, c) => ((minimum[c] ?? 0) * total) / least);
    const above = wide.reduce((a, w) => a + w, 0) - least;
    const share = above > 0 ? Math.max(0, total - least) / above : 0;
    return wide.map((w, c) => (minimum[c] ?? 0) + (w - (minimum[c] ?? 0)) * share);
  }
  let grow = -1;
  natural.forEach((w, c) => {
    if (align[c] !== "right" && (grow < 0 || w > (natural[grow] ?? 0))) grow = c;
  });
  if (grow < 0) grow = natural.length - 1;
  return natural.map((w, c) => (c === grow ? w + total - sum : w));
}
