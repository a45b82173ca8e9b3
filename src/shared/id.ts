// The id rule: lower-case a-z, 0-9 and single hyphens. Dispatch and agency ids name folders and files, so the
// registry enforces it on input and the output stage checks it again on every name it builds or reads back.

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isId(text: string): boolean {
  return ID.test(text);
}

/** The longest id: ids name files, and every file system takes this many characters. */
export const MAX_ID_LENGTH = 64;

/** Letters that are not an accent on a Latin letter: written out as the id rule's letters (the rest lose their accents). */
const SPELLED: Record<string, string> = { æ: "ae", ø: "o", å: "a", đ: "d", ŋ: "n", ŧ: "t", ð: "d", þ: "th", ł: "l", œ: "oe", ß: "ss", ı: "i" };

/**
 * The id a clerk most likely meant, for a "did you mean": lower-case, æ -> ae, ø -> o, å -> a, Sami letters and other
 * accented letters without their accents (á -> a, č -> c, đ -> d, ŋ -> n, š -> s, ŧ -> t, ž -> z), every run of other
 * characters one hyphen, none at the ends, at most MAX_ID_LENGTH long. Undefined when nothing of the text is left.
 * "Kartverket Sør" -> "kartverket-sor".
 */
export function fixId(text: string): string | undefined {
  let spelled = "";
  for (const c of text.toLowerCase()) spelled += SPELLED[c] ?? c;
  const fixed = spelled
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, "");
  return fixed === "" ? undefined : fixed;
}
