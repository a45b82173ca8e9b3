// Keeps data out of the Markdown: every value the template interpolates becomes an opaque token,
// and tokens are swapped back for the literal text only after Markdown has been parsed.
// So a name with `*`, `_`, `#` or `{{` is never read as Markdown or as template code.

import { type Said, say } from "../i18n/catalogue.js";
import { ExactNumber } from "../registry/fields.js";
import { LITERAL_CLOSE, LITERAL_OPEN } from "../shared/characters.js";

// The markers are refused in every registry value and template (shared/characters.ts), so only brev makes tokens.
// A "~" token stands for a list or group printed as text.
const TOKEN = new RegExp(`${LITERAL_OPEN}(~?)(\\d+)${LITERAL_CLOSE}`, "g");

export class LiteralText {
  private readonly values: string[] = [];
  /** Where each value came from in the data ("agency.name"), by token; undefined for text a helper made. */
  private readonly paths: (string | undefined)[] = [];
  /** Lists and groups that were printed as text: what they are, by token. */
  private readonly notText: { path: string; list: boolean }[] = [];
  /** Where each list and group of the data is ("fields.rader", "" for the letter itself). */
  private readonly groupPaths = new WeakMap<object, string>();

  /** Returns a token standing for `value`; the empty string stays empty so `{{#if}}` still works. */
  wrap(value: string, path?: string): string {
    if (value === "") return "";
    this.values.push(value);
    this.paths.push(path);
    return `${LITERAL_OPEN}${this.values.length - 1}${LITERAL_CLOSE}`;
  }

  /** Where a value handed to the template came from in the data: a group's or list's path, or a text's. */
  pathOf(value: unknown): string | undefined {
    if (value !== null && typeof value === "object") return this.groupPaths.get(value);
    if (typeof value !== "string") return undefined;
    const m = new RegExp(`^${LITERAL_OPEN}(\\d+)${LITERAL_CLOSE}$`).exec(value);
    return m ? this.paths[Number(m[1])] : undefined;
  }

  /** Replaces every token in `text` by the literal it stands for; a list or group printed as text is an error. */
  resolve(text: string): string {
    return text.replace(TOKEN, (token: string, notText: string, index: string) => {
      if (notText) {
        const { path, list } = this.notText[Number(index)] ?? { path: "", list: false };
        throw new NotTextError(say.compose.notText({ path, list }), path, token);
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
    if (typeof data === "string") return this.wrap(data, path);
    if (typeof data === "number") return this.wrap(String(data), path);
    if (data instanceof ExactNumber) return this.wrap(data.text, path);
    // Lists and groups have no prototype, so only their own entries are there to be printed or looked up: a template
    // asking for "constructor" or "__proto__" meets strict mode's "not a field", not an inherited value.
    if (Array.isArray(data))
      return this.markNotText(
        Object.setPrototypeOf(
          data.map((item, i) => this.wrapData(item, `${path}[${i}]`)),
          null,
        ),
        path,
        true,
      );
    if (data !== null && typeof data === "object") {
      const out: Record<string, unknown> = Object.create(null);
      // defineProperty, so that a key named "__proto__" stays a plain key and never sets a prototype.
      for (const [key, value] of Object.entries(data))
        Object.defineProperty(out, key, { value: this.wrapData(value, path ? `${path}.${key}` : key), enumerable: true, writable: true, configurable: true });
      return this.markNotText(out, path, false);
    }
    return data;
  }

  /**
   * Printed as text, a list or group becomes a token that resolve() reports by name. (Throwing from toString itself
   * would also fire where Handlebars only describes the object in a message of its own.)
   */
  private markNotText<T extends object>(value: T, path: string, list: boolean): T {
    this.groupPaths.set(value, path);
    this.notText.push({ path, list });
    const token = `${LITERAL_OPEN}~${this.notText.length - 1}${LITERAL_CLOSE}`;
    Object.defineProperty(value, "toString", { value: () => token, enumerable: false });
    return value;
  }
}

/** A list or group printed as text: its path in the data, and the token that stood for it in the rendered text. */
export class NotTextError extends Error {
  constructor(
    readonly said: Said,
    readonly path: string,
    readonly token: string,
  ) {
    super(said.message);
  }
}
