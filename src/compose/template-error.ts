// A template problem, located in the template file (line and column), for the agency being rendered.
import type { Said } from "../i18n/catalogue.js";

export class TemplateError extends Error {
  readonly code: string;
  /** What to write instead, in words. */
  readonly hint: string | undefined;

  constructor(
    said: Said,
    readonly line: number,
    readonly col: number,
    /** More problems the same letter has (every missing field of it, each at its own place). */
    readonly also: readonly TemplateError[] = [],
  ) {
    super(said.message);
    this.name = "TemplateError";
    this.code = said.code;
    this.hint = said.hint;
  }

  /** The problem as words with its code, as a diagnostic carries them. */
  get said(): Said {
    return this.hint === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, hint: this.hint };
  }
}
