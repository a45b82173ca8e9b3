// What the preview shows, rebuilt on each save: every letter of the registries as HTML, and the problems found.
// A save that breaks something shows the problem, and each letter it stops stays as it last was (marked stale),
// so the clerk keeps reading while fixing.
import { composeLetters } from "../api/letters.js";
import type { BrevContext } from "../api/context.js";
import type { LetterModel } from "../compose/letter-model.js";
import type { ImageAsset } from "../render/format.js";
import { letterHtml } from "../render/html.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { BrevError, InvalidInputError } from "../shared/errors.js";

export interface PreviewLetter {
  key: string;
  /** The registry it comes from, as diagnostics name it. */
  registry: string;
  dispatch: string;
  agency: string;
  name: string;
  model: LetterModel;
  html: string;
  images: ReadonlyMap<string, ImageAsset>;
  /** The letter as it was before the last save broke it. */
  stale: boolean;
}

export interface PreviewProblem {
  severity: "error" | "warning";
  /** file:line:col, relative to the working folder. */
  where: string;
  message: string;
  hint?: string;
}

export class PreviewState {
  version = 0;
  letters = new Map<string, PreviewLetter>();
  problems: PreviewProblem[] = [];

  constructor(
    private readonly registries: readonly string[],
    private readonly ctx: BrevContext,
  ) {}

  /** Reads and composes everything again; never throws for the clerk's mistakes (they become problems). */
  async rebuild(): Promise<void> {
    try {
      const composed = await composeLetters(this.registries, this.ctx);
      const next = new Map<string, PreviewLetter>();
      const byKey = new Map(composed.letters.map((l) => [`${l.dispatchId}/${l.agencyId}`, l]));
      for (const { dispatch } of composed.dispatches) {
        for (const entry of dispatch.entries) {
          const key = `${dispatch.id}/${entry.agency.id}`;
          const letter = byKey.get(key);
          const before = this.letters.get(key);
          if (letter) {
            next.set(key, {
              key,
              registry: dispatch.file,
              dispatch: dispatch.id,
              agency: entry.agency.id,
              name: entry.agency.name,
              model: letter.model,
              html: letterHtml(letter.model, composed.images),
              images: composed.images,
              stale: false,
            });
          } else if (before) next.set(key, { ...before, name: entry.agency.name, stale: true });
        }
      }
      this.letters = next;
      this.problems = [...composed.errors, ...composed.warnings].map((d) => this.problem(d));
    } catch (e) {
      if (!(e instanceof BrevError)) throw e;
      // The letters of the registry that failed stay as they were, marked; the others are as good as before.
      const failed = new Set(e instanceof InvalidInputError ? e.diagnostics.map((d) => d.file) : []);
      const letters = [...this.letters.values()];
      const hit = letters.filter((l) => failed.has(l.registry));
      for (const letter of hit.length > 0 ? hit : letters) letter.stale = true;
      this.problems = e instanceof InvalidInputError ? e.diagnostics.map((d) => this.problem(d)) : [{ severity: "error", where: "", message: e.message }];
    }
    this.version++;
  }

  private problem(d: Diagnostic): PreviewProblem {
    return {
      severity: d.severity,
      where: `${d.file}:${d.line}:${d.col}`,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
    };
  }
}
