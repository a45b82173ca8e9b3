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
}

export async function loadDispatches(files: readonly string[], ctx: SourceContext, options: ValidateOptions = {}): Promise<Loaded> {
  const dispatches: LoadedDispatch[] = [];
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const found = await findRegistries(files, ctx);
  for (const file of found.files) {
    const shown = displayPath(file, ctx.cwd);
    const bytes = await readSource(file, shown, found.project, ctx);
    const read = bytes === "outside" ? outsideProject(shown) : typeof bytes === "number" ? tooLarge(shown, bytes) : decodeRegistry(bytes, shown);
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    warnings.push(...read.warnings);
    const valid = validateRegistry(read.value, { ...options, registryPath: file, project: found.project });
    if (!valid.ok) {
      diagnostics.push(...valid.diagnostics);
      continue;
    }
    warnings.push(...valid.warnings);
    dispatches.push({ dispatch: valid.value, sourceMap: read.value.sourceMap });
  }
  diagnostics.push(...duplicateDispatches(dispatches));
  if (diagnostics.length > 0) throw new InvalidInputError([...diagnostics, ...warnings]);
  return { project: found.project, dispatches, warnings };
}

/** Two registries with one dispatch id would write into the same folder. */
function duplicateDispatches(dispatches: readonly LoadedDispatch[]): Diagnostic[] {
  const seen = new Map<string, string>();
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
