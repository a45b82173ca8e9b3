// Keeps data out of the Markdown: every value the template interpolates becomes an opaque token,
// and tokens are swapped back for the literal text only after Markdown has been parsed.
// So a name with `*`, `_`, `#` or `{{` is never read as Markdown or as template code.

import { LITERAL_CLOSE, LITERAL_OPEN } from "../shared/characters.js";

// The markers are refused in every registry value and template (shared/characters.ts), so only brev makes tokens.
const TOKEN = new RegExp(`${LITERAL_OPEN}(\\d+)${LITERAL_CLOSE}`, "g");

export class LiteralText {
  private readonly values: string[] = [];

  /** Returns a token standing for `value`; the empty string stays empty so `{{#if}}` still works. */
  wrap(value: string): string {
    if (value === "") return "";
    this.values.push(value);
    return `${LITERAL_OPEN}${this.values.length - 1}${LITERAL_CLOSE}`;
  }

  /** Replaces every token in `text` by the literal it stands for. */
  resolve(text: string): string {
    return text.replace(TOKEN, (_, index: string) => this.values[Number(index)] ?? "");
  }

  /** Deep-copies plain data, wrapping every string and number; booleans and null stay as they are. */
  wrapData(data: unknown): unknown {
    if (typeof data === "string") return this.wrap(data);
    if (typeof data === "number") return this.wrap(String(data));
    if (Array.isArray(data)) return data.map((item) => this.wrapData(item));
    if (data !== null && typeof data === "object") {
      const out: Record<string, unknown> = {};
      // defineProperty, so that a key named "__proto__" stays a plain key and never sets a prototype.
      for (const [key, value] of Object.entries(data))
        Object.defineProperty(out, key, { value: this.wrapData(value), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return data;
  }
}
