// Registries -> composed letter models, as every command that makes letters starts: the registry and the templates
// checked against what the letter's fonts can draw, each dispatch's logo read once, then each selected letter
// composed. The images go on to the renderers.
import path from "node:path";
import { type Selection, selectedBy } from "../compose/letter-selection.js";
import { type LetterSource, type PreparedLetter, prepareLetters } from "../compose/prepare-letters.js";
import { TemplateStore } from "../compose/template-store.js";
import { say } from "../i18n/catalogue.js";
import type { ImageAsset } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { type BrokenRegistry, type LoadedDispatch, loadDispatches } from "../registry/load-dispatches.js";
import { fontCoverage } from "../render/font-coverage.js";
import { loadFonts } from "../render/fonts.js";
import { imageLoader, type LoadedImage } from "../render/images.js";
import { tableMeasure } from "../render/table-measure.js";
import { DEFAULTS } from "../shared/defaults.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { InvalidInputError } from "../shared/errors.js";
import type { BrevContext } from "./context.js";

export interface Letters<T = PreparedLetter> {
  /** The project folder the registries are in (its templates/ and out/ are the defaults). */
  project: string;
  dispatches: LoadedDispatch[];
  letters: T[];
  /** The images the letters draw, by hash (for the renderers). */
  images: Map<string, ImageAsset>;
  warnings: Diagnostic[];
  /**
   * Registry and template problems, each failing only the letters it touches: a registry with errors (or a logo that
   * cannot be used) stops its own dispatch, whose letters are not in `letters` nor its dispatch in `dispatches`.
   */
  errors: Diagnostic[];
  /** The registries that stopped their dispatch (see `errors`): their out/ folders must be left alone. */
  broken: BrokenRegistry[];
}

export async function composeLetters<T = PreparedLetter>(
  registries: readonly string[],
  ctx: BrevContext,
  selection: Selection = {},
  /** What is kept of each letter (default its model). */
  keep?: (letter: LetterSource, model: LetterModel) => T,
  /** One letter composed first and handed over at once, with the images it draws (the preview's letter on screen). */
  first?: { dispatch: string; agency: string; onFirst: (letter: T, images: ReadonlyMap<string, ImageAsset>) => Promise<void> },
): Promise<Letters<T>> {
  const fonts = await loadFonts(ctx.fontFiles);
  const canDraw = fontCoverage(fonts);
  const measureTable = tableMeasure(fonts);
  const loaded = await loadDispatches(registries, ctx, { canDraw, contain: true });
  const { project, warnings, broken } = loaded;
  // Every registry broken: nothing to make at all, said as one failure (nothing was written).
  if (loaded.dispatches.length === 0 && broken.length > 0) throw new InvalidInputError([...broken.flatMap((b) => b.errors), ...warnings]);
  const logos = await loadLogos(loaded.dispatches, broken);
  const dispatches = loaded.dispatches.filter((d) => !broken.some((b) => b.dispatch === d.dispatch.id));
  if (dispatches.length === 0 && broken.length > 0) throw new InvalidInputError([...broken.flatMap((b) => b.errors), ...warnings]);
  const images = new Map([...logos.values()].map((l) => [l.sha256, l.asset]));
  const assetsOf = (d: LoadedDispatch) => {
    const logo = logos.get(d.dispatch.entries[0]?.sender.logo?.path ?? "");
    return logo ? { logo: { image: logo.sha256, width: logo.width, height: logo.height }, measureTable } : { measureTable };
  };
  const select = selectedBy(selection, dispatches, broken);
  const { letters, diagnostics } = await prepareLetters<T>(
    dispatches,
    new TemplateStore({ ...ctx, canDraw, templatesDir: ctx.templatesDir ?? path.join(project, DEFAULTS.templates) }),
    select,
    assetsOf,
    keep,
    first && { ...first, onFirst: (letter) => first.onFirst(letter, images) },
  );
  return { project, dispatches, letters, images, warnings, errors: [...broken.flatMap((b) => b.errors), ...diagnostics], broken };
}

/**
 * Each dispatch's logo (by path), each file read once; a logo that cannot be used is an error at the registry line
 * that names it, and stops that dispatch (added to `broken`), as an error in its registry does.
 */
async function loadLogos(dispatches: readonly LoadedDispatch[], broken: BrokenRegistry[]): Promise<Map<string, LoadedImage>> {
  const logos = new Map<string, LoadedImage>();
  const load = imageLoader();
  for (const { dispatch, sourceMap } of dispatches) {
    const logo = dispatch.entries[0]?.sender.logo;
    const loaded = logo && (await load(logo.path, logo.project));
    if (!logo || !loaded) continue;
    if ("asset" in loaded) logos.set(logo.path, loaded);
    else {
      const said = say.api.logoUnusable({ problem: loaded.problem, hint: loaded.hint });
      broken.push({
        file: dispatch.file,
        dispatch: dispatch.id,
        errors: [{ ...sourceMap.at(logo.sourcePath, "error", said.message, said.hint), code: said.code }],
      });
    }
  }
  return logos;
}
