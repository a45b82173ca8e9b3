// Finds, reads and compiles letter templates once per run: <templates>/<name>.<suffix>.md.hbs (the language's suffix).
import path from "node:path";
import { type Said, say, t } from "../i18n/catalogue.js";
import { templateFileName } from "../model/languages.js";
import { findProject } from "../registry/find-registries.js";
import type { Language } from "../registry/letter-entry.js";
import type { CanDraw } from "../shared/characters.js";
import { DEFAULTS } from "../shared/defaults.js";
import { displayPath } from "../shared/display-path.js";
import { fileSystemReader, type SourceContext } from "../shared/source-reader.js";
import { compileTemplate, type LetterTemplate } from "./compile-template.js";
import { TemplateError } from "./template-error.js";

/** Where templates are read from: the working folder, the templates folder (default `<cwd>/templates`), a reader. */
export interface TemplateContext extends SourceContext {
  templatesDir?: string;
  /** Which characters the letter's fonts can draw; when given, template text with any other is an error. */
  canDraw?: CanDraw;
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

export type TemplateLookup =
  | { ok: true; template: LetterTemplate }
  /** `missing`: no such file (the registry names it); `invalid`: the file is there but wrong (the template is at fault). */
  | ({ ok: false; kind: "missing" | "invalid"; file: string; line: number; col: number } & Said);

export class TemplateStore {
  private readonly cache = new Map<string, Promise<TemplateLookup>>();

  constructor(private readonly ctx: TemplateContext) {}

  get(name: string, language: Language): Promise<TemplateLookup> {
    const key = `${name}.${language}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.load(name, language);
      this.cache.set(key, found);
    }
    return found;
  }

  private async load(name: string, language: Language): Promise<TemplateLookup> {
    const dir = this.ctx.templatesDir ?? path.join(this.ctx.cwd, DEFAULTS.templates);
    const file = path.join(dir, templateFileName(name, language));
    const shown = displayPath(file, this.ctx.cwd);
    let source: string;
    try {
      // Templates stay inside the project of their folder (the folder itself when it is in none: named with
      // --templates); a template that is, or goes through, a link leaving it is refused unread.
      const project = (await findProject(dir)) ?? dir;
      const bytes = await (this.ctx.reader ?? fileSystemReader).readFile(file, MAX_TEMPLATE_BYTES, project);
      source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const kind = (e as { kind?: string }).kind;
      const said =
        code === "ENOENT"
          ? say.compose.noTemplate({ name, language, file: shown })
          : code === "EFBIG"
            ? say.compose.templateTooLarge({ kb: MAX_TEMPLATE_BYTES / 1024 })
            : code === "EOUTSIDE"
              ? say.compose.templateOutside({ file: shown })
              : code === "ESPECIAL"
                ? say.compose.templateSpecial({ file: shown, kind: kind ?? "special" })
                : e instanceof TypeError
                  ? say.compose.templateNotUtf8()
                  : say.compose.cannotReadTemplate({ file: shown, reason: t.common.systemReason({ code, detail: code ?? (e as Error).message }) });
      return { ok: false, kind: code === "ENOENT" ? "missing" : "invalid", file: shown, line: 1, col: 1, ...said };
    }
    try {
      return { ok: true, template: compileTemplate(source, shown, this.ctx.canDraw) };
    } catch (e) {
      if (e instanceof TemplateError) return { ok: false, kind: "invalid", file: shown, line: e.line, col: e.col, ...e.said };
      throw e;
    }
  }
}
