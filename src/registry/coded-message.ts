// zod keeps only a message string per issue; brev's diagnostics also need the problem's code and hint. The schema's
// error functions (called while validating, so in the run's language) give zod the message of a Said and remember
// the Said by that message; zod-diagnostics finds it again. A message is unique to its problem and its words.
import type { Said } from "../i18n/catalogue.js";

const remembered = new Map<string, Said>();

/** Enough for every problem of a large registry; past it the oldest are forgotten (a long watch run stays small). */
const REMEMBER = 10_000;

/** The message to give zod for `said`. */
export function coded(said: Said): string {
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
  remembered.set(said.message, said);
  return said.message;
}

/** The problem a zod issue's message stands for, when one of brev's schemas made it. */
export function saidOf(message: string): Said | undefined {
  return remembered.get(message);
}
