// How each letter's text changed between two versions of the inputs (`brev diff`): a unified diff per letter that
// was changed, added or removed, and a count of the letters that read the same.

export interface LetterDiff {
  dispatch: string;
  agency: string;
  status: "changed" | "added" | "removed";
  /** Unified diff of the letter's text. */
  patch: string;
}

/** Each letter's text, by `<dispatch>/<agency>`. */
export type Texts = Map<string, string>;

/** The letters of `before` (at `base`) against those of `now` (named `nowLabel`), in the order of their keys. */
export async function compareLetters(before: Texts, now: Texts, base: string, nowLabel: string): Promise<{ letters: LetterDiff[]; unchanged: number }> {
  const keys = [...new Set([...before.keys(), ...now.keys()])].sort();
  // Loaded here, not at start-up: only this command needs it.
  const { createTwoFilesPatch } = await import("diff");
  const letters: LetterDiff[] = [];
  let unchanged = 0;
  for (const key of keys) {
    const [dispatch = "", agency = ""] = key.split("/");
    const old = before.get(key);
    const text = now.get(key);
    if (old === text) {
      unchanged++;
      continue;
    }
    const name = `${dispatch}/${agency}`;
    const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, old ?? "", text ?? "", base, nowLabel, { context: 3 });
    letters.push({ dispatch, agency, status: old === undefined ? "added" : text === undefined ? "removed" : "changed", patch });
  }
  return { letters, unchanged };
}
