// Loads registries: finds the files, reads, parses and validates them, and reports every problem in one go.
import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { FileError, InvalidInputError } from "../errors.js";
import { decodeRegistry, tooLarge } from "../registry/decode-registry.js";
import type { Dispatch } from "../registry/letter-entry.js";
import type { SourceMap } from "../registry/source-map.js";
import { validateRegistry } from "../registry/validate-registry.js";
import type { BrevContext } from "./context.js";
import { fileSystemReader } from "./source-reader.js";

export interface LoadedDispatch {
  dispatch: Dispatch;
  sourceMap: SourceMap;
}

export interface Loaded {
  dispatches: LoadedDispatch[];
  warnings: Diagnostic[];
}

/** The registries named, or every `data/*.yaml` when none is. */
export async function findRegistries(files: readonly string[], ctx: BrevContext): Promise<string[]> {
  if (files.length > 0) return files.map((f) => path.resolve(ctx.cwd, f));
  const dir = path.join(ctx.cwd, "data");
  let names: string[];
  try {
    names = await (ctx.reader ?? fileSystemReader).listDir(dir);
  } catch (e) {
    throw new FileError(`cannot read ${displayPath(dir, ctx)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, dir, e);
  }
  const yaml = names.filter((n) => /\.ya?ml$/.test(n)).sort();
  if (yaml.length === 0) throw new FileError(`no registry in ${displayPath(dir, ctx)} (expected *.yaml files)`, dir);
  return yaml.map((n) => path.join(dir, n));
}

export async function loadDispatches(files: readonly string[], ctx: BrevContext): Promise<Loaded> {
  const registries = await findRegistries(files, ctx);
  const dispatches: LoadedDispatch[] = [];
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const file of registries) {
    const bytes = await readSource(file, ctx);
    const read = typeof bytes === "number" ? tooLarge(displayPath(file, ctx), bytes) : decodeRegistry(bytes, displayPath(file, ctx));
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    warnings.push(...read.warnings);
    const valid = validateRegistry(read.value);
    if (!valid.ok) {
      diagnostics.push(...valid.diagnostics);
      continue;
    }
    warnings.push(...valid.warnings);
    dispatches.push({ dispatch: valid.value, sourceMap: read.value.sourceMap });
  }
  const seen = new Map<string, string>();
  for (const { dispatch, sourceMap } of dispatches) {
    const other = seen.get(dispatch.id);
    if (other) {
      diagnostics.push({
        file: dispatch.file,
        ...sourceMap.positionOf(["dispatch", "id"]),
        path: "dispatch.id",
        severity: "error",
        message: `dispatch id "${dispatch.id}" is also used by ${other}; the two would write to the same folder`,
      });
    } else seen.set(dispatch.id, dispatch.file);
  }
  if (diagnostics.length > 0) throw new InvalidInputError([...diagnostics, ...warnings]);
  return { dispatches, warnings };
}

/** The file's bytes, or its size when it is too large to read. */
async function readSource(file: string, ctx: BrevContext): Promise<Uint8Array | number> {
  try {
    return await (ctx.reader ?? fileSystemReader).readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EFBIG") return (e as { size: number }).size;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "not a file" : (e as Error).message;
    throw new FileError(`cannot read ${displayPath(file, ctx)}: ${why}`, file, e);
  }
}

export function displayPath(file: string, ctx: BrevContext): string {
  const relative = path.relative(ctx.cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
