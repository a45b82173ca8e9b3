// The compose stage: finds, reads and compiles each dispatch's template once (TemplateStore), checks that an agency's
// blocks exist in it, and merges every selected letter entry into it: Handlebars with brev's helpers, then Markdown
// read by marked's tokenizer, giving the format-free, JSON-serialisable letter model that every renderer draws.
// A template problem fails only the letters it touches. It knows nothing of YAML files, PDF, DOCX or out/.
import type { LetterEntry } from "../registry/letter-entry.js";
import type { LoadedDispatch } from "../registry/load-dispatches.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { formatPath } from "../shared/diagnostic.js";
import { didYouMean } from "../shared/did-you-mean.js";
import { composeLetter } from "./compose-letter.js";
import type { LetterModel } from "./letter-model.js";
import { TemplateError } from "./template-error.js";
import type { TemplateStore } from "./template-store.js";

export interface PreparedLetter {
  dispatchId: string;
  agencyId: string;
  entry: LetterEntry;
  model: LetterModel;
}

export async function prepareLetters(
  dispatches: readonly LoadedDispatch[],
  templates: TemplateStore,
  select: (entry: LetterEntry) => boolean = () => true,
): Promise<{ letters: PreparedLetter[]; diagnostics: Diagnostic[] }> {
  const letters: PreparedLetter[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { dispatch, sourceMap } of dispatches) {
    const at = (path: (string | number)[], message: string, hint?: string, on: "key" | "value" = "value") => sourceMap.at(path, "error", message, hint, on);
    for (const entry of dispatch.entries.filter(select)) {
      const id = entry.agency.id;
      const lookup = await templates.get(entry.template, entry.language);
      if (!lookup.ok) {
        diagnostics.push(
          // A missing template is the registry's doing (it names it); a broken one is the template's.
          lookup.kind === "missing"
            ? at(["dispatch", "template"], `${id}: ${lookup.message}`)
            : {
                file: lookup.file,
                line: lookup.line,
                col: lookup.col,
                path: formatPath(entry.sourcePath),
                severity: "error",
                message: `${lookup.message} (rendering ${id})`,
              },
        );
        continue;
      }
      const { template } = lookup;
      const unknownBlocks = Object.keys(entry.blocks).filter((name) => !template.blockNames.includes(name));
      if (unknownBlocks.length > 0) {
        for (const name of unknownBlocks) {
          const suggestion = didYouMean(name, template.blockNames);
          diagnostics.push(
            at(
              [...entry.sourcePath, "blocks", name],
              `${id}: template ${template.file} has no block "${name}"`,
              suggestion ? `did you mean "${suggestion}"?` : `its blocks: ${template.blockNames.join(", ") || "none"}`,
              "key",
            ),
          );
        }
        continue;
      }
      try {
        letters.push({ dispatchId: dispatch.id, agencyId: id, entry, model: composeLetter(entry, template) });
      } catch (e) {
        if (!(e instanceof TemplateError)) throw e;
        diagnostics.push({
          file: template.file,
          line: e.line,
          col: e.col,
          path: formatPath(entry.sourcePath),
          severity: "error",
          message: `${e.message} (rendering ${id})`,
        });
      }
    }
  }
  return { letters, diagnostics };
}
