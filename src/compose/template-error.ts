// A template problem, located in the template file (line and column), for the agency being rendered.

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}
