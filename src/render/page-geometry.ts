// Where things sit on an A4 letter page, in points (1 mm = 2.835 pt). Shared by both renderers.

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
  bodySize: 11,
  lineHeight: 1.15,
} as const;
