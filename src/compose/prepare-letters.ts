// The compose stage: finds, reads and compiles each dispatch's template once (TemplateStore), checks that an agency's
// blocks exist in it, and merges every selected letter entry into it: Handlebars with brev's helpers, then Markdown
// read by marked's tokenizer, giving the format-free, JSON-serialisable letter model that every renderer draws.
// A template problem fails only the letters it touches. It knows nothing of YAML files, PDF, DOCX or out/.
import { type Said, say, t } from "../i18n/catalogue.js";
import type { LetterModel } from "../model/letter-model.js";
import type { LetterEntry } from "../registry/letter-entry.js";
import type { LoadedDispatch } from "../registry/load-dispatches.js";
import type { SourceMap } from "../registry/source-map.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { formatPath } from "../shared/diagnostic.js";
import { didYouMean } from "../shared/did-you-mean.js";
import { type ComposeAssets, composeLetter } from "./compose-letter.js";
import { unsupportedMarkdown } from "./markdown-to-blocks.js";
import type { TableMeasure } from "./table-fit.js";
import { TemplateError } from "./template-error.js";
import type { TemplateStore } from "./template-store.js";

/** A letter that composes: its dispatch, agency and entry. */
export interface LetterSource {
  dispatchId: string;
  agencyId: string;
  entry: LetterEntry;
}

export interface PreparedLetter extends LetterSource {
  model: LetterModel;
}

const keepModel = (letter: LetterSource, model: LetterModel): PreparedLetter => ({ ...letter, model });

/**
 * Composes every selected letter once (which finds the template problems) and keeps what `keep` makes of it: by
 * default the model (`generate` keeps a hash of it and the model packed small, model/packed-model.ts).
 */
export async function prepareLetters<T = PreparedLetter>(
  dispatches: readonly LoadedDispatch[],
  templates: TemplateStore,
  select: (entry: LetterEntry) => boolean = () => true,
  assetsOf: (dispatch: LoadedDispatch) => ComposeAssets = () => ({}),
  keep: (letter: LetterSource, model: LetterModel) => T = keepModel as unknown as (letter: LetterSource, model: LetterModel) => T,
  /** One letter composed before all others, and handed to `onFirst` at once (the preview's letter on screen). */
  first?: { dispatch: string; agency: string; onFirst: (letter: T) => Promise<void> },
): Promise<{ letters: T[]; diagnostics: Diagnostic[] }> {
  const letters: T[] = [];
  const diagnostics: Diagnostic[] = [];
  const templateProblems = new TemplateProblems();
  const isFirst = (loaded: LoadedDispatch, entry: LetterEntry) => loaded.dispatch.id === first?.dispatch && entry.agency.id === first.agency;
  const order = dispatches.flatMap((loaded) => loaded.dispatch.entries.filter(select).map((entry) => ({ loaded, entry })));
  const firstAt = order.findIndex(({ loaded, entry }) => isFirst(loaded, entry));
  if (firstAt > 0) order.unshift(...order.splice(firstAt, 1));
  const assetsByDispatch = new Map(dispatches.map((loaded) => [loaded, assetsOf(loaded)]));
  for (const { loaded, entry } of order) {
    const { dispatch, sourceMap } = loaded;
    const assets = assetsByDispatch.get(loaded) ?? {};
    const at = (path: (string | number)[], said: Said, on: "key" | "value" = "value") => atPath(sourceMap, path, said, on);
    const id = entry.agency.id;
    const blockProblems = blockMarkdownProblems(entry, sourceMap, assets.measureTable);
    if (blockProblems.length > 0) {
      diagnostics.push(...blockProblems);
      continue;
    }
    const lookup = await templates.get(entry.template, entry.language);
    if (!lookup.ok) {
      // A missing template is the registry's doing (it names it); a broken one is the template's.
      if (lookup.kind === "missing") {
        // Said at the line that chose the language (the agency's, else the dispatch's), once for all its letters.
        const chosen = [
          [...entry.sourcePath, "language"],
          ["dispatch", "language"],
        ].find((p) => sourceMap.sourceOf(p) !== undefined);
        const where = at(chosen ?? ["dispatch", "template"], {
          code: lookup.code,
          message: lookup.message,
          hint: t.compose.startTemplate({ template: entry.template, language: entry.language }),
        });
        templateProblems.add(entry, where.file, where);
      } else templateProblems.add(entry, lookup.file, lookup);
      continue;
    }
    const { template } = lookup;
    const unknownBlocks = Object.keys(entry.blocks).filter((name) => !template.blockNames.includes(name));
    if (unknownBlocks.length > 0) {
      for (const name of unknownBlocks) {
        const suggestion = didYouMean(name, template.blockNames);
        diagnostics.push(
          at([...entry.sourcePath, "blocks", name], say.compose.noSuchBlock({ id, file: template.file, name, suggestion, blocks: template.blockNames }), "key"),
        );
      }
      continue;
    }
    try {
      const letter = keep({ dispatchId: dispatch.id, agencyId: id, entry }, composeLetter(entry, template, assets));
      letters.push(letter);
      if (first && isFirst(loaded, entry)) await first.onFirst(letter);
    } catch (e) {
      // Nesting is limited before anything recurses on it; a stack overflow that still gets through is said at the
      // template, not raised as a crash.
      if (e instanceof RangeError) templateProblems.add(entry, template.file, tooDeep(template.bodyLine));
      else if (e instanceof TemplateError) for (const problem of [e, ...e.also]) templateProblems.add(entry, template.file, problem);
      else throw e;
    }
  }
  return { letters, diagnostics: [...diagnostics, ...templateProblems.diagnostics()] };
}

/** Letters named in a template problem's message, at most; the rest are counted. */
const NAMED_LETTERS = 5;

/**
 * Problems in template files, each said once, at its line and column, with the letters it stopped: a mistake in a
 * template shared by 300 agencies is one message ("… (in 300 letters: dss, digdir, htu, … and 295 more)"), not 300.
 */
class TemplateProblems {
  private readonly found = new Map<string, { diagnostic: Diagnostic; agencies: string[] }>();

  // Keyed without the hint: a hint may name the letter's own data ("this letter's fields: n, hemmelig"), and one
  // mistake is still one message; the hint given is the first letter's.
  add(entry: LetterEntry, file: string, p: { line: number; col: number; code?: string; message: string; hint?: string | undefined }): void {
    const key = JSON.stringify([file, p.line, p.col, p.message]);
    const known = this.found.get(key);
    if (known) {
      known.agencies.push(entry.agency.id);
      return;
    }
    const diagnostic: Diagnostic = {
      file,
      line: p.line,
      col: p.col,
      path: formatPath(entry.sourcePath),
      severity: "error",
      ...(p.code ? { code: p.code } : {}),
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    };
    this.found.set(key, { diagnostic, agencies: [entry.agency.id] });
  }

  diagnostics(): Diagnostic[] {
    return [...this.found.values()].map(({ diagnostic, agencies }) => {
      const message = t.compose.inLetters({
        message: diagnostic.message,
        count: agencies.length,
        named: agencies.slice(0, NAMED_LETTERS),
        more: Math.max(0, agencies.length - NAMED_LETTERS),
      });
      return { ...diagnostic, message };
    });
  }
}

/** An agency's blocks are Markdown the registry's author wrote: whatever letters do not use is an error there. */
function blockMarkdownProblems(entry: LetterEntry, sourceMap: SourceMap, measureTable?: TableMeasure): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [name, text] of Object.entries(entry.blocks)) {
    const problem = unsupportedMarkdown(text, measureTable);
    if (!problem) continue;
    const path = [...entry.sourcePath, "blocks", name];
    const line = text.slice(0, problem.offset).split("\n").length - 1;
    const said = { ...problem.said, message: t.compose.inBlock({ path: formatPath(path), message: problem.message }) };
    found.push({ ...atPath(sourceMap, path, said), ...sourceMap.positionInValue(path, line) });
  }
  return found;
}

function tooDeep(line: number): TemplateError {
  return new TemplateError(say.compose.letterTooDeep(), line, 1);
}

/** An error at a registry path, with its words and code. */
function atPath(sourceMap: SourceMap, path: (string | number)[], said: Said, on: "key" | "value" = "value"): Diagnostic {
  return { file: sourceMap.file, ...sourceMap.positionOf(path, on), path: formatPath(path), severity: "error", ...said };
}
