// `validate`: everything `generate` checks, without rendering or writing: registries, templates, and each letter's composition.
import { prepareLetters } from "../compose/prepare-letters.js";
import { TemplateStore } from "../compose/template-store.js";
import { loadDispatches } from "../registry/load-dispatches.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { InvalidInputError } from "../shared/errors.js";
import type { BrevContext } from "./context.js";

export interface ValidateReport {
  letters: number;
  warnings: Diagnostic[];
}

export async function validate(registries: readonly string[], ctx: BrevContext): Promise<ValidateReport> {
  const { dispatches, warnings } = await loadDispatches(registries, ctx);
  const { letters, diagnostics } = await prepareLetters(dispatches, new TemplateStore(ctx));
  if (diagnostics.length > 0) throw new InvalidInputError([...diagnostics, ...warnings]);
  return { letters: letters.length, warnings };
}
