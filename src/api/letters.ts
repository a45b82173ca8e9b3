// Registries -> composed letter models, as every command that makes letters starts: the registry and the templates
// checked against what the letter's fonts can draw, then each selected letter composed.
import { type PreparedLetter, prepareLetters } from "../compose/prepare-letters.js";
import { TemplateStore } from "../compose/template-store.js";
import type { LetterEntry } from "../registry/letter-entry.js";
import { type LoadedDispatch, loadDispatches } from "../registry/load-dispatches.js";
import { letterFontCoverage } from "../render/font-coverage.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import type { BrevContext } from "./context.js";

export interface Letters {
  dispatches: LoadedDispatch[];
  letters: PreparedLetter[];
  warnings: Diagnostic[];
  /** Template problems, each failing only the letters it touches. */
  errors: Diagnostic[];
}

export async function composeLetters(
  registries: readonly string[],
  ctx: BrevContext,
  select: (dispatches: readonly LoadedDispatch[]) => (entry: LetterEntry) => boolean = () => () => true,
): Promise<Letters> {
  const canDraw = await letterFontCoverage(ctx.fontFiles);
  const { dispatches, warnings } = await loadDispatches(registries, ctx, { canDraw });
  const { letters, diagnostics } = await prepareLetters(dispatches, new TemplateStore({ ...ctx, canDraw }), select(dispatches));
  return { dispatches, letters, warnings, errors: diagnostics };
}
