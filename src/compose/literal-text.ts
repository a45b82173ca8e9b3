// Keeps data out of the Markdown: every value the template interpolates becomes an opaque token,
// and tokens are swapped back for the literal text only after Markdown has been parsed.
// So a name with `*`, `_`, `#` or `{{` is never read as Markdown or as template code.

import { ExactNumber } from "../registry/fields.js";
import { LITERAL_CLOSE, LITERAL_OPEN } from "../shared/characters.js";

// The markers are refused in every registry value and template (shared/characters.ts), so only brev makes tokens.
// A "~" token stands for a list or group printed as text.
const TOKEN = new RegExp(`${LITERAL_OPEN}(~?)(\\d+)${LITERAL_CLOSE}`, "g");

export class LiteralText {
  private readonly values: string[] = [];
  /** Lists and groups that were printed as text: what they are, by token. */
  private readonly notText: { message: string; path: string }[] = [];

  /** Returns a token standing for `value`; the empty string stays empty so `{{#if}}` still works. */
  wrap(value: string): string {
    if (value === "") return "";
    this.values.push(value);
    return `${LITERAL_OPEN}${this.values.length - 1}${LITERAL_CLOSE}`;
  }

  /** Replaces every token in `text` by the literal it stands for; a list or group printed as text is an error. */
  resolve(text: string): string {
    return text.replace(TOKEN, (token: string, notText: string, index: string) => {
      if (notText) {
        const { message, path } = this.notText[Number(index)] ?? { message: "", path: "" };
        throw new NotTextError(message, path, token);
      }
      return this.values[Number(index)] ?? "";
    });
  }

  /** How long `text` will be once resolved, without building it (a list printed as text counts as its token). */
  resolvedLength(text: string): number {
    let length = text.length;
    for (const m of text.matchAll(TOKEN)) if (!m[1]) length += (this.values[Number(m[2])]?.length ?? 0) - m[0].length;
    return length;
  }

  /**
   * Deep-copies plain data, wrapping every string and number; booleans and null stay as they are. A list or group
   * printed as text ({{fields.rader}}) is an error that names it, rather than "[object Object]" in a letter.
   */
  wrapData(data: unknown, path = ""): unknown {
    if (typeof data === "string") return this.wrap(data);
    if (typeof data === "number") return this.wrap(String(data));
    if (data instanceof ExactNumber) return this.wrap(data.text);
    // Lists and groups have no prototype, so only their own entries are there to be printed or looked up: a template
    // asking for "constructor" or "__proto__" meets strict mode's "not a field", not an inherited value.
    if (Array.isArray(data))
      return this.markNotText(
        Object.setPrototypeOf(
          data.map((item, i) => this.wrapData(item, `${path}[${i}]`)),
          null,
        ),
        path,
        "a list",
      );
    if (data !== null && typeof data === "object") {
      const out: Record<string, unknown> = Object.create(null);
      // defineProperty, so that a key named "__proto__" stays a plain key and never sets a prototype.
      for (const [key, value] of Object.entries(data))
        Object.defineProperty(out, key, { value: this.wrapData(value, path ? `${path}.${key}` : key), enumerable: true, writable: true, configurable: true });
      return this.markNotText(out, path, "a group of fields");
    }
    return data;
  }

  /**
   * Printed as text, a list or group becomes a token that resolve() reports by name. (Throwing from toString itself
   * would also fire where Handlebars only describes the object in a message of its own.)
   */
  private markNotText<T extends object>(value: T, path: string, what: string): T {
    this.notText.push({
      message: `${path || "this"} is ${what}, which cannot be printed as text; use {{#each ${path}}}…{{/each}}, or one of its fields`,
      path,
    });
    const token = `${LITERAL_OPEN}~${this.notText.length - 1}${LITERAL_CLOSE}`;
    Object.defineProperty(value, "toString", { value: () => token, enumerable: false });
    return value;
  }
}

/** A list or group printed as text: its path in the data, and the token that stood for it in the rendered text. */
export class NotTextError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly token: string,
  ) {
    super(message);
  }
}
