// The registry stage: finds the registry files, reads them (size limit, UTF-8), parses the YAML keeping positions,
// validates it with the zod schema, resolves dispatch defaults into one LetterEntry per agency, and checks that no
// two registries share a dispatch id. Every problem of every file is reported in one go, with file:line:col.
// It knows nothing of templates, renderers or the output folder.
import { say } from "../i18n/catalogue.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { displayPath } from "../shared/display-path.js";
import { FileError, InvalidInputError } from "../shared/errors.js";
import { fileSystemReader, type SourceContext } from "../shared/source-reader.js";
import { decodeRegistry, MAX_REGISTRY_BYTES, outsideProject, tooLarge } from "./decode-registry.js";
import { findRegistries } from "./find-registries.js";
import type { Dispatch } from "./letter-entry.js";
import type { SourceMap } from "./source-map.js";
import { type ValidateOptions, validateRegistry } from "./validate-registry.js";

export interface LoadedDispatch {
  dispatch: Dispatch;
  sourceMap: SourceMap;
}

export interface Loaded {
  /** The project folder: its templates/ and out/ are the defaults. */
  project: string;
  dispatches: LoadedDispatch[];
  warnings: Diagnostic[];
  /** Registries with errors (only with `contain`): none of their letters is made, and their folder is left alone. */
  broken: BrokenRegistry[];
}

/** A registry that cannot be used: its errors, and its dispatch id when the file says it (a parsed `dispatch.id`). */
export interface BrokenRegistry {
  /** The registry file, as messages show it. */
  file: string;
  dispatch?: string;
  errors: Diagnostic[];
}

export interface LoadOptions extends ValidateOptions {
  /**
   * A registry with errors stops only itself: it is returned in `broken` and the others load as usual. Without it,
   * any error throws an InvalidInputError with every problem of every file.
   */
  contain?: boolean;
}

export async function loadDispatches(files: readonly string[], ctx: SourceContext, options: LoadOptions = {}): Promise<Loaded> {
  const { contain = false, ...validateOptions } = options;
  const dispatches: LoadedDispatch[] = [];
  const broken: BrokenRegistry[] = [];
  const warnings: Diagnostic[] = [];
  const found = await findRegistries(files, ctx);
  for (const file of found.files) {
    const shown = displayPath(file, ctx.cwd);
    const bytes = await readSource(file, shown, found.project, ctx);
    const read = bytes === "outside" ? outsideProject(shown) : typeof bytes === "number" ? tooLarge(shown, bytes) : decodeRegistry(bytes, shown);
    if (!read.ok) {
      broken.push({ file: shown, errors: read.diagnostics });
      continue;
    }
    warnings.push(...read.warnings);
    const valid = validateRegistry(read.value, { ...validateOptions, registryPath: file, project: found.project });
    if (!valid.ok) {
      const id = dispatchIdOf(read.value.data);
      broken.push({ file: shown, ...(id !== undefined ? { dispatch: id } : {}), errors: valid.diagnostics });
      continue;
    }
    warnings.push(...valid.warnings);
    dispatches.push({ dispatch: valid.value, sourceMap: read.value.sourceMap });
  }
  const usable = withoutSharedIds(dispatches, broken);
  if (!contain && broken.length > 0) throw new InvalidInputError([...broken.flatMap((b) => b.errors), ...warnings]);
  return { project: found.project, dispatches: usable, warnings, broken };
}

/** The dispatch id a registry names, if it names one that could be a folder's name (read before it is validated). */
function dispatchIdOf(data: unknown): string | undefined {
  const dispatch = data !== null && typeof data === "object" ? (data as { dispatch?: unknown }).dispatch : undefined;
  const id = dispatch !== null && typeof dispatch === "object" ? (dispatch as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.trim() !== "" ? id : undefined;
}

/**
 * The dispatches that may be written: not one whose id another registry uses too (the two would write into one
 * folder), nor one whose id a broken registry names (that folder is the broken dispatch's). Each registry whose id
 * an earlier one has is added to `broken` with the error.
 */
function withoutSharedIds(dispatches: readonly LoadedDispatch[], broken: BrokenRegistry[]): LoadedDispatch[] {
  const named = new Map(broken.flatMap((b) => (b.dispatch !== undefined ? [[b.dispatch, b.file] as const] : [])));
  const ids = new Set(named.keys());
  for (const error of duplicateDispatches(dispatches, named)) {
    const loaded = dispatches.find((d) => d.dispatch.file === error.file);
    if (loaded) ids.add(loaded.dispatch.id);
    broken.push({ file: error.file, ...(loaded ? { dispatch: loaded.dispatch.id } : {}), errors: [error] });
  }
  return dispatches.filter((d) => !ids.has(d.dispatch.id));
}

/** Two registries with one dispatch id would write into the same folder (`named`: ids broken registries name). */
function duplicateDispatches(dispatches: readonly LoadedDispatch[], named: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const seen = new Map<string, string>(named);
  const found: Diagnostic[] = [];
  for (const { dispatch, sourceMap } of dispatches) {
    const other = seen.get(dispatch.id);
    if (other) found.push(sourceMap.at(["dispatch", "id"], "error", say.registry.duplicateDispatch({ id: dispatch.id, other })));
    else seen.set(dispatch.id, dispatch.file);
  }
  return found;
}

/**
 * The file's bytes; its size when it is too large to read; "outside" when it is (or goes through) a link that leaves
 * the project, which is refused before a byte of it is read (its keys are never shown).
 */
async function readSource(file: string, shown: string, project: string, ctx: SourceContext): Promise<Uint8Array | number | "outside"> {
  try {
    return await (ctx.reader ?? fileSystemReader).readFile(file, MAX_REGISTRY_BYTES, project);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EFBIG") return (e as { size: number }).size;
    if (code === "EOUTSIDE") return "outside";
    throw new FileError(say.registry.cannotRead({ file: shown, code, kind: (e as { kind?: string }).kind, detail: (e as Error).message }), file, e);
  }
}
