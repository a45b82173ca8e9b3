// `brev diff`: how each letter's text changes between a git revision and the working tree.
import { letterText } from "../render/text.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { BrevError, FileError, UsageError } from "../shared/errors.js";
import { gitReader, gitRoot, isCommit } from "../shared/source-reader.js";
import type { BrevContext } from "./context.js";
import { composeLetters, type Letters } from "./letters.js";

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
  /** Problems on either side; a letter that cannot be composed on one side shows as added or removed. */
  errors: Diagnostic[];
}

export async function diffLetters(registries: readonly string[], base: string, ctx: BrevContext): Promise<DiffReport> {
  let root: string;
  try {
    root = await gitRoot(ctx.cwd);
  } catch (e) {
    throw new FileError("brev diff needs a git repository (none found here)", ctx.cwd, e);
  }
  if (base.startsWith("-") || !(await isCommit(root, base))) throw new UsageError(`--base: "${base}" is not a commit in this repository`);
  const head = await lettersAt(registries, ctx, false);
  const before = await lettersAt(registries, { ...ctx, reader: gitReader(root, base) }, true);
  const keys = [...new Set([...before.texts.keys(), ...head.texts.keys()])].sort();
  // Loaded here, not at start-up: only this command needs it.
  const { createTwoFilesPatch } = await import("diff");
  const letters: LetterDiff[] = [];
  let unchanged = 0;
  for (const key of keys) {
    const [dispatch = "", agency = ""] = key.split("/");
    const old = before.texts.get(key);
    const now = head.texts.get(key);
    if (old === now) {
      unchanged++;
      continue;
    }
    const name = `${dispatch}/${agency}`;
    const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, old ?? "", now ?? "", base, "working tree", { context: 3 });
    letters.push({ dispatch, agency, status: old === undefined ? "added" : now === undefined ? "removed" : "changed", patch });
  }
  return { base, letters, unchanged, errors: [...before.errors, ...head.errors] };
}

async function lettersAt(registries: readonly string[], ctx: BrevContext, tolerant: boolean): Promise<{ texts: Map<string, string>; errors: Diagnostic[] }> {
  let composed: Letters;
  try {
    composed = await composeLetters(registries, ctx);
  } catch (e) {
    // At the base revision a registry may not exist yet, or may not be valid: then it has no letters to compare.
    if (tolerant && e instanceof BrevError) return { texts: new Map(), errors: [] };
    throw e;
  }
  const texts = new Map<string, string>(composed.letters.map((l) => [`${l.dispatchId}/${l.agencyId}`, letterText(l.model)]));
  return { texts, errors: tolerant ? [] : composed.errors };
}
