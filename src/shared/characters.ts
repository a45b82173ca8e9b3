// Which characters a letter can carry. One policy for every value that reaches a letter (registry text, templates):
// XML 1.0 forbids some (C0 controls, lone surrogates, U+FFFE/U+FFFF), Unicode calls others non-characters, and three
// are brev's own: two markers that keep data literal while a template runs (a value holding one could splice in
// another), and the mask that stands for template code while a template's Markdown is checked. The policy is on the
// characters a text stands for: Markdown turns a numeric character reference (&#xFFFE;, &#65534;) into its character,
// so a reference counts as the character it makes, and nothing can be written as a reference that cannot be typed.

import { t } from "../i18n/catalogue.js";

/** Opens and closes a literal-text token (see compose/literal-text.ts). Private-use code points, refused in input. */
export const LITERAL_OPEN = "\uE000";
export const LITERAL_CLOSE = "\uE001";

export interface BadCharacter {
  /** Index (in UTF-16 code units) of the character in the text. */
  index: number;
  codePoint: number;
  /** What it is, in words: "a control character". */
  what: string;
}

// C0 and C1 controls other than tab and line feed (CR is refused too: line ends are LF once read).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// U+FDD0..U+FDEF and the last two code points of every plane.
const NON_CHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
const MARKER = /[\uE000-\uE002]/;
/** Characters that take no room on the page: zero-width spaces and joiners, word joiner, BOM, and bidi controls. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\s]/gu;

const RULES: readonly [RegExp, () => string][] = [
  [CONTROL, () => t.common.controlCharacter()],
  [LONE_SURROGATE, () => t.common.loneSurrogate()],
  [NON_CHARACTER, () => t.common.nonCharacter()],
  [MARKER, () => t.common.reservedCharacter()],
];

/** The first character of `text` that no letter may carry, typed or written as a reference, or undefined. */
export function badCharacter(text: string): BadCharacter | undefined {
  let first: BadCharacter | undefined;
  for (const [rule, what] of RULES) {
    const m = rule.exec(text);
    if (m && (!first || m.index < first.index)) first = { index: m.index, codePoint: m[0].codePointAt(0) ?? 0, what: what() };
  }
  for (const ref of characterReferences(text)) {
    if (first && first.index < ref.index) break;
    // The number as written, not the U+FFFD Markdown makes of zero, a surrogate or a number beyond the last Unicode character:
    // the letter would show a replacement character the writer never meant.
    const written = ref.written;
    const what = written > 0x10ffff ? t.common.beyondUnicode() : RULES.find(([r]) => r.test(String.fromCodePoint(written)))?.[1]();
    if (what) return { index: ref.index, codePoint: written, what: t.common.writtenAsReference({ what, reference: ref.text }) };
  }
  return first;
}

// As marked reads them (numericCharacterReference in its source): up to seven decimal or six hex digits.
const REFERENCE = /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/g;

export interface CharacterReference {
  /** Where the reference (its "&") starts in the text. */
  index: number;
  /** The reference as written: "&#xFFFE;". */
  text: string;
  /** The character Markdown makes of it. */
  codePoint: number;
  /** The number the reference gives (&#0; is 0, where Markdown makes U+FFFD of it). */
  written: number;
}

/**
 * Every numeric character reference in `text`, with the character Markdown makes of it (as marked does: zero, a
 * surrogate or anything past U+10FFFF becomes U+FFFD, the replacement character).
 */
export function* characterReferences(text: string): Generator<CharacterReference> {
  if (!text.includes("&#")) return;
  for (const m of text.matchAll(REFERENCE)) {
    const n = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] ?? "", 16);
    const codePoint = n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? 0xfffd : n;
    yield { index: m.index, text: m[0], codePoint, written: n };
  }
}

/** True when the text has characters but none that shows (only spaces, zero-width characters or bidi controls). */
export function isVisuallyEmpty(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

/** Whether the letter's fonts can draw a character (render decides; registry and compose ask, with positions). */
export type CanDraw = (codePoint: number) => boolean;

/** `text` with every numeric character reference replaced by the character Markdown makes of it; nothing else changes. */
export function decodeCharacterReferences(text: string): string {
  let out = "";
  let from = 0;
  for (const ref of characterReferences(text)) {
    out += text.slice(from, ref.index) + String.fromCodePoint(ref.codePoint);
    from = ref.index + ref.text.length;
  }
  return out + text.slice(from);
}

/**
 * The first character of `text` that is visible yet cannot be drawn, typed or written as a reference, with its index
 * (a reference's "&"); whitespace is always fine.
 */
export function undrawable(text: string, canDraw: CanDraw): { index: number; codePoint: number } | undefined {
  const drawable = (char: string) => /\s/.test(char) || canDraw(char.codePointAt(0) ?? 0);
  let typed: { index: number; codePoint: number } | undefined;
  let index = 0;
  for (const char of text) {
    if (!drawable(char)) {
      typed = { index, codePoint: char.codePointAt(0) ?? 0 };
      break;
    }
    index += char.length;
  }
  for (const ref of characterReferences(text)) {
    if (typed && typed.index < ref.index) break;
    if (!drawable(String.fromCodePoint(ref.codePoint))) return { index: ref.index, codePoint: ref.codePoint };
  }
  return typed;
}

/** Characters that break a web or mail address or do not show in it (so it can read as another address). */
const HIDDEN_IN_ADDRESS = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/u;

/** The first space or invisible character (zero-width, direction control) in an address, or undefined. */
export function hiddenInAddress(address: string): { index: number; codePoint: number } | undefined {
  const m = HIDDEN_IN_ADDRESS.exec(address);
  return m ? { index: m.index, codePoint: m[0].codePointAt(0) ?? 0 } : undefined;
}

/** "U+FFFE", the way Unicode names a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
