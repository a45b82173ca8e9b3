// How each letter's text changed between two versions of the inputs (`brev diff`): a unified diff per letter that
// was changed, added or removed, and a count of the letters that read the same; and the warning for a registry that
// could not be read at the base.
import { say } from "../i18n/catalogue.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { displayPath } from "../shared/display-path.js";
import { type BrevError, InvalidInputError } from "../shared/errors.js";

export interface LetterDiff {
  dispatch: string;
  agency: string;
  status: "changed" | "added" | "removed";
  /** Unified diff of the letter's text. */
  patch: string;
}

export interface DiffReport {
  base: string;
  letters: LetterDiff[];
  unchanged: number;
  /** Problems in the working tree; a letter that cannot be composed there shows as removed. */
  errors: Diagnostic[];
  /**
   * What could not be read at the base: one warning per registry that could not be read there (its letters show as
   * added), and each template problem there. Every other registry is compared as usual.
   */
  warnings: Diagnostic[];
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

/** The one warning for a registry that could not be read at the base: where, and why (its first problem). */
export function unreadableAtBase(file: string, base: string, e: BrevError, cwd: string): Diagnostic {
  const problems = e instanceof InvalidInputError ? e.diagnostics.filter((d) => d.severity === "error") : [];
  const first = problems[0];
  const reason = first ? first.message : e.message;
  return {
    file: first?.file ?? displayPath(file, cwd),
    line: first?.line ?? 1,
    col: first?.col ?? 1,
    path: "",
    severity: "warning",
    ...say.api.unreadableAtBase({ base, reason, more: Math.max(0, problems.length - 1) }),
  };
}
