// What the preview shows, rebuilt on each save: every letter of the registries as HTML, and the problems found.
// A save that breaks something shows the problem, and each letter it stops stays as it last was (marked stale),
// so the clerk keeps reading while fixing. Whatever goes wrong while the preview works (brev's own faults included)
// becomes a problem on the page: the preview itself never stops for it.

import type { BrevContext } from "../api/context.js";
import { composeLetters } from "../api/letters.js";
import type { PreparedLetter } from "../compose/prepare-letters.js";
import { type Said, say } from "../i18n/catalogue.js";
import type { ImageAsset } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { letterHtml } from "../render/html.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { displayPath } from "../shared/display-path.js";
import { BrevError, InvalidInputError } from "../shared/errors.js";

export interface PreviewLetter {
  key: string;
  /** The registry it comes from, as diagnostics name it. */
  registry: string;
  dispatch: string;
  agency: string;
  name: string;
  model: LetterModel;
  /** The letter as HTML, made when first asked for (a rebuild of 300 letters shows one). */
  html?: string;
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
  /** Files read besides the registries and templates (each dispatch's logo): their folders are watched too. */
  inputs: string[] = [];

  constructor(
    private readonly registries: readonly string[],
    private readonly ctx: BrevContext,
  ) {}

  /**
   * Reads and composes everything again; never throws for the clerk's mistakes (they become problems). With `showing`
   * (the key of the letter on screen), that letter is composed first and, if it composes, shown at once (`onFirst`,
   * after the version is raised): the clerk sees the edit before the rest of a large registry is composed.
   */
  async rebuild(showing?: string, onFirst?: () => void): Promise<void> {
    try {
      const [dispatch = "", agency = ""] = showing?.split("/") ?? [];
      const first = showing && onFirst && this.letters.has(showing) ? { dispatch, agency, onFirst: this.showFirst(showing, onFirst) } : undefined;
      const composed = await composeLetters(this.registries, this.ctx, {}, undefined, first);
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
              images: composed.images,
              stale: false,
            });
          } else if (before) next.set(key, { ...before, name: entry.agency.name, stale: true });
        }
      }
      // A registry with errors stops only its own letters: they stay as they last were, marked.
      const brokenFiles = new Set(composed.broken.map((b) => b.file));
      const brokenIds = new Set(composed.broken.flatMap((b) => (b.dispatch !== undefined ? [b.dispatch] : [])));
      for (const [key, before] of this.letters) {
        if (!next.has(key) && (brokenFiles.has(before.registry) || brokenIds.has(before.dispatch))) next.set(key, { ...before, stale: true });
      }
      this.letters = next;
      this.problems = [...composed.errors, ...composed.warnings].map((d) => this.problem(d));
      this.inputs = [...new Set(composed.dispatches.flatMap(({ dispatch }) => dispatch.entries.flatMap((e) => (e.sender.logo ? [e.sender.logo.path] : []))))];
    } catch (e) {
      if (!(e instanceof BrevError)) {
        // Not the clerk's mistake as brev knows it (a fault in brev, or input it did not foresee): every letter stays
        // as it was, marked, and the page says what happened.
        for (const letter of this.letters.values()) letter.stale = true;
        this.problems = [fault((why) => say.preview.lettersFailed({ why }), e)];
        this.version++;
        return;
      }
      // The letters of the registry that failed stay as they were, marked; the others are as good as before.
      const failed = new Set(e instanceof InvalidInputError ? e.diagnostics.map((d) => d.file) : []);
      const letters = [...this.letters.values()];
      const hit = letters.filter((l) => failed.has(l.registry));
      for (const letter of hit.length > 0 ? hit : letters) letter.stale = true;
      this.problems = e instanceof InvalidInputError ? e.diagnostics.map((d) => this.problem(d)) : [{ severity: "error", where: "", message: e.message }];
    }
    this.version++;
  }

  /** The letter as HTML (made once, when first asked for). */
  html(letter: PreviewLetter): string {
    letter.html ??= letterHtml(letter.model, letter.images);
    return letter.html;
  }

  /** Puts the letter on screen, newly composed, in place of its last version, before the rest are composed. */
  private showFirst(key: string, shown: () => void) {
    return async (letter: PreparedLetter, images: ReadonlyMap<string, ImageAsset>) => {
      const before = this.letters.get(key);
      if (!before) return;
      const { html: _, ...rest } = before;
      this.letters = new Map(this.letters).set(key, { ...rest, name: letter.entry.agency.name, model: letter.model, images, stale: false });
      this.version++;
      shown();
    };
  }

  /** A letter's file that could not be made when asked for: said on the page until the next rebuild. */
  fileFailed(letter: PreviewLetter, format: string, e: unknown): string {
    const problem = fault((why) => say.preview.fileFailed({ format: format.toUpperCase(), dispatch: letter.dispatch, agency: letter.agency, why }), e);
    this.problems = [...this.problems.filter((p) => p.message !== problem.message), problem];
    this.version++;
    return `${problem.message}\n${problem.hint ?? ""}`;
  }

  /** Folders brev could not watch: the letters are marked, since a change there would not show. */
  unwatched(folders: readonly { folder: string; reason: string }[]): void {
    if (folders.length === 0) return;
    for (const letter of this.letters.values()) letter.stale = true;
    for (const { folder, reason } of folders)
      this.problems.push({
        severity: "error",
        where: displayPath(folder, this.ctx.cwd),
        ...words(say.preview.cannotWatch({ reason })),
      });
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

/** A fault as a problem on the page: what could not be done, and why, in one line. */
function fault(said: (why: string) => Said, e: unknown): PreviewProblem {
  const why = e instanceof Error ? e.message : String(e);
  return { severity: "error", where: "", ...words(said(why.split("\n")[0]?.slice(0, 300) ?? "")) };
}

/** A problem's words for the page (its code stays out: the page is read, not parsed). */
function words(said: Said): { message: string; hint?: string } {
  return said.hint === undefined ? { message: said.message } : { message: said.message, hint: said.hint };
}
