// `brev diff`: how each letter's text changes between a git revision and the working tree.
import { say, t } from "../i18n/catalogue.js";
import { compareLetters, type DiffReport, type Texts, unreadableAtBase } from "../output/letter-diff.js";
import { findRegistries } from "../registry/find-registries.js";
import { letterText } from "../render/text.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { BrevError, FileError, InvalidInputError, UsageError } from "../shared/errors.js";
import { gitReader, gitRoot, isCommit } from "../shared/source-reader.js";
import type { BrevContext } from "./context.js";
import { composeLetters, type Letters } from "./letters.js";

export async function diffLetters(registries: readonly string[], base: string, ctx: BrevContext): Promise<DiffReport> {
  let root: string;
  try {
    root = await gitRoot(ctx.cwd);
  } catch (e) {
    throw new FileError(say.api.notGitRepository(), ctx.cwd, e);
  }
  if (base.startsWith("-") || !(await isCommit(root, base))) throw new UsageError(say.api.notCommit({ base }));
  const head = await lettersAt(registries, ctx);
  const before = await lettersAtBase(registries, { ...ctx, reader: gitReader(root, base) }, base);
  const { letters, unchanged } = await compareLetters(before.texts, head.texts, base, t.api.workingTree());
  return { base, letters, unchanged, errors: head.errors, warnings: before.warnings };
}

async function lettersAt(registries: readonly string[], ctx: BrevContext): Promise<{ texts: Texts; errors: Diagnostic[] }> {
  const composed = await composeLetters(registries, ctx);
  return { texts: textsOf(composed), errors: composed.errors };
}

/**
 * The letters at the base revision, registry by registry when they cannot all be read together: a registry that
 * cannot be read there is one warning with the reason (its letters then show as added), and the others are compared
 * as usual. A registry that did not exist yet has no letters there, and no warning.
 */
async function lettersAtBase(registries: readonly string[], ctx: BrevContext, base: string): Promise<{ texts: Texts; warnings: Diagnostic[] }> {
  const atBase = (d: Diagnostic): Diagnostic => ({ ...d, severity: "warning", message: t.api.atBase({ base, message: d.message }) });
  try {
    const composed = await composeLetters(registries, ctx);
    const brokenErrors = new Set(composed.broken.flatMap((b) => b.errors));
    const unreadable = composed.broken.map((b) => unreadableAtBase(b.file, base, new InvalidInputError(b.errors), ctx.cwd));
    return { texts: textsOf(composed), warnings: [...unreadable, ...composed.errors.filter((d) => !brokenErrors.has(d)).map(atBase)] };
  } catch (e) {
    if (!(e instanceof BrevError)) throw e;
  }
  let files: string[];
  try {
    files = (await findRegistries(registries, ctx)).files;
  } catch (e) {
    // No registry at all there yet (no data/ folder): nothing to compare with.
    if (e instanceof BrevError) return { texts: new Map(), warnings: [] };
    throw e;
  }
  const texts: Texts = new Map();
  const warnings: Diagnostic[] = [];
  for (const file of files) {
    try {
      const composed = await composeLetters([file], ctx);
      for (const [key, text] of textsOf(composed)) texts.set(key, text);
      warnings.push(...composed.errors.map(atBase));
    } catch (e) {
      if (!(e instanceof BrevError)) throw e;
      if (e instanceof FileError && (e.cause as NodeJS.ErrnoException | undefined)?.code === "ENOENT") continue;
      warnings.push(unreadableAtBase(file, base, e, ctx.cwd));
    }
  }
  return { texts, warnings };
}

function textsOf(composed: Letters): Texts {
  return new Map(composed.letters.map((l) => [`${l.dispatchId}/${l.agencyId}`, letterText(l.model)]));
}
