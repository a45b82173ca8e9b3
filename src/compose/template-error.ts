// A template problem, located in the template file (line and column), for the agency being rendered.

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
    /** What to write instead, in words. */
    readonly hint?: string,
    /** A field the template asked for that this letter does not have (for "did you mean"). */
    readonly field?: string,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}
