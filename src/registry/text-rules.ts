// What a piece of registry text may hold: the shared character policy, applied with words a clerk understands.
import { badCharacter, codePointName, isVisuallyEmpty } from "../shared/characters.js";

export interface TextProblem {
  message: string;
  hint?: string;
}

export function textProblem(text: string, options: { allowEmpty?: boolean } = {}): TextProblem | undefined {
  const bad = badCharacter(text);
  if (bad) {
    return {
      message: `contains ${bad.what} (${codePointName(bad.codePoint)}) at character ${bad.index + 1}, which a letter cannot carry`,
      hint: "delete it (it often comes along when text is pasted from another program)",
    };
  }
  if (text !== "" && isVisuallyEmpty(text) && !(options.allowEmpty && text.trim() === "")) {
    return {
      message: "holds only invisible characters (zero-width or direction marks), so the letter would show nothing",
      hint: "write the text, or leave the field out",
    };
  }
  return undefined;
}
