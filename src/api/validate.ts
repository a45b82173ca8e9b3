// `validate`: everything `generate` checks, without rendering or writing: registries, templates, and each letter's composition.
import type { Diagnostic } from "../diagnostic.js";
import { InvalidInputError } from "../errors.js";
import type { BrevContext } from "./context.js";
import { loadDispatches } from "./load-dispatches.js";
import { prepareLetters } from "./prepare-letters.js";
import { TemplateStore } from "./template-store.js";

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
