// Norwegian numbers: groups of three digits separated by a no-break space, a decimal comma, and a real minus sign
// ("12 500 000", "12,50", "−3 000"). Numbers are decimal digit strings from start to end (the registry keeps them as
// written, registry/fields.ts): never a JavaScript number, so never rounded, at any length, with the decimals written.

import { PLAIN_DECIMAL } from "../registry/fields.js";

const NBSP = "\u00a0";
const MINUS = "\u2212";

/** A number as the registry or a template gives it: digits, perhaps a minus and a point with decimals (one rule). */
const DECIMAL = PLAIN_DECIMAL;

/** Whether `text` is a number the helpers take ("12500000", "12.50", "-3000"); not "0x1F", "1e40", "12,5", "0012". */
export function isPlainDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function formatNumber(text: string): string | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const [, minus, whole = "", fraction] = m;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  // Zero has no sign: "-0" and "-0.0" print "0" and "0,0", as a sum that comes to zero does.
  const negative = minus !== undefined && /[1-9]/.test(whole + (fraction ?? ""));
  return `${negative ? MINUS : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/**
 * Adds numbers given as text (as isPlainDecimal takes them), exactly: 0.1 + 0.2 is 0.3, 9007199254740993 + 1 is
 * 9007199254740994. The sum has as many decimals as the number written with most (12.50 + 1.50 is 14.00).
 */
export function addNumbers(texts: readonly string[]): string {
  const parts = texts.map((t) => DECIMAL.exec(t.trim()) ?? ["", "", "0", ""]);
  const decimals = Math.max(0, ...parts.map((m) => m[3]?.length ?? 0));
  let total = 0n;
  for (const [, minus, whole = "0", fraction = ""] of parts) {
    const value = BigInt(whole + fraction.padEnd(decimals, "0"));
    total += minus ? -value : value;
  }
  const sign = total < 0n ? "-" : "";
  const digits = (total < 0n ? -total : total).toString().padStart(decimals + 1, "0");
  const fraction = digits.slice(digits.length - decimals);
  return `${sign}${digits.slice(0, digits.length - decimals)}${fraction ? `.${fraction}` : ""}`;
}
