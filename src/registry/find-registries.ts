// Which registry files a run reads, and the project they belong to: the files named, or every data/*.yaml of the
// project the working folder is in. The project is the nearest folder, from the registry (or the working folder) up,
// that holds a data/ folder or a brev.config file; its templates/ and out/ are the defaults, wherever brev is run from.
import { stat } from "node:fs/promises";
import path from "node:path";
import { say, t } from "../i18n/catalogue.js";
import { DEFAULTS } from "../shared/defaults.js";
import { displayPath } from "../shared/display-path.js";
import { FileError } from "../shared/errors.js";
import { fileSystemReader, type SourceContext } from "../shared/source-reader.js";

/** The file that marks a project folder without a data/ folder (its content is not read yet). */
export const PROJECT_MARKER = "brev.config";

export interface FoundRegistries {
  /** The project folder (absolute). */
  project: string;
  files: string[];
}

export async function findRegistries(files: readonly string[], ctx: SourceContext): Promise<FoundRegistries> {
  const project = await projectOf(files, ctx.cwd);
  if (files.length > 0 && project) return { project, files: files.map((f) => path.resolve(ctx.cwd, f)) };
  if (!project) throw new FileError(say.registry.noRegistryHere(), ctx.cwd);
  const dir = path.join(project, DEFAULTS.registries);
  let names: string[];
  try {
    names = await (ctx.reader ?? fileSystemReader).listDir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileError(say.registry.noRegistryHere(), dir, e);
    const reason = t.common.systemReason({ code, detail: code ?? (e as Error).message });
    throw new FileError(say.registry.cannotReadFolder({ folder: displayPath(dir, ctx.cwd), reason }), dir, e);
  }
  const yaml = names.filter((n) => /\.ya?ml$/.test(n)).sort();
  if (yaml.length === 0) throw new FileError(say.registry.noRegistryIn({ folder: displayPath(dir, ctx.cwd) }), dir);
  return { project, files: yaml.map((n) => path.join(dir, n)) };
}

/**
 * The project of a run: found from its first registry's folder (that folder itself when no project holds it), or
 * from the working folder when no registry is named (undefined when no project holds it).
 */
export async function projectOf(files: readonly string[], cwd: string): Promise<string | undefined> {
  if (files[0] === undefined) return findProject(cwd);
  const own = path.dirname(path.resolve(cwd, files[0]));
  return (await findProject(own)) ?? own;
}

/** The nearest folder from `start` up that holds data/ or brev.config; undefined when there is none. */
export async function findProject(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    if ((await kind(path.join(dir, DEFAULTS.registries))) === "dir" || (await kind(path.join(dir, PROJECT_MARKER))) === "file") return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function kind(file: string): Promise<"dir" | "file" | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? "dir" : info.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}
