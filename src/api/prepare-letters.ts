// Composes the letter model of every selected agency; a template problem fails only the letters it touches.
import { composeLetter } from "../compose/compose-letter.js";
import type { LetterModel } from "../compose/letter-model.js";
import { TemplateError } from "../compose/template-error.js";
import type { Diagnostic } from "../diagnostic.js";
import { formatPath } from "../diagnostic.js";
import { didYouMean } from "../registry/did-you-mean.js";
import type { LetterEntry } from "../registry/letter-entry.js";
import type { LoadedDispatch } from "./load-dispatches.js";
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
    const at = (path: (string | number)[], message: string, hint?: string, on: "key" | "value" = "value"): Diagnostic => ({
      file: dispatch.file,
      ...sourceMap.positionOf(path, on),
      path: formatPath(path),
      severity: "error",
      message,
      ...(hint ? { hint } : {}),
    });
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
