// Norwegian numbers: groups of three digits separated by a no-break space, a decimal comma, and a real minus sign
// ("12 500 000", "12,5", "−3 000"). The number is written as the registry holds it: never rounded.

const NBSP = "\u00a0";
const MINUS = "\u2212";

/** A number as the registry or a template gives it (12500000, "12.5", "-3000"), or undefined if it is none. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function formatNumber(text: string): string | undefined {
  const trimmed = text.trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!m) return undefined;
  const [, minus, whole = "", fraction] = m;
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${minus ? MINUS : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** Adds numbers given as text (as parseNumber accepts them) without floating-point noise: 0.1 + 0.2 is 0.3. */
export function addNumbers(texts: readonly string[]): string {
  const parts = texts.map((t) => /^(-?)(\d+)(?:\.(\d+))?$/.exec(t.trim()) ?? ["", "", "0", ""]);
  const decimals = Math.max(0, ...parts.map((m) => m[3]?.length ?? 0));
  let total = 0n;
  for (const [, minus, whole = "0", fraction = ""] of parts) {
    const value = BigInt(whole + fraction.padEnd(decimals, "0"));
    total += minus ? -value : value;
  }
  const sign = total < 0n ? "-" : "";
  const digits = (total < 0n ? -total : total).toString().padStart(decimals + 1, "0");
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, "");
  return `${sign}${digits.slice(0, digits.length - decimals)}${fraction ? `.${fraction}` : ""}`;
}
