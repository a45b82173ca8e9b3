// What a piece of registry text may hold: the shared character policy, applied with words a clerk understands.
import { type Said, say } from "../i18n/catalogue.js";
import { badCharacter, codePointName, isVisuallyEmpty } from "../shared/characters.js";

/** A problem with a text: its message and hint in the run's language, and its code. */
export type TextProblem = Said;

export function textProblem(text: string, options: { allowEmpty?: boolean } = {}): TextProblem | undefined {
  const bad = badCharacter(text);
  if (bad) return say.registry.badCharacter({ what: bad.what, name: codePointName(bad.codePoint), at: bad.index + 1 });
  if (text !== "" && isVisuallyEmpty(text) && !(options.allowEmpty && text.trim() === "")) return say.registry.invisibleOnly();
  return undefined;
}
