// `validate`: everything `generate` checks, without rendering or writing: registries, templates, and each letter's composition.
import type { ValidateReport } from "../model/commands.js";
import { InvalidInputError } from "../shared/errors.js";
import type { BrevContext } from "./context.js";
import { composeLetters } from "./letters.js";

export async function validate(registries: readonly string[], ctx: BrevContext): Promise<ValidateReport> {
  const { letters, warnings, errors } = await composeLetters(registries, ctx);
  if (errors.length > 0) throw new InvalidInputError([...errors, ...warnings]);
  return { letters: letters.length, warnings };
}
