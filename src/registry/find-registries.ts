// Which registry files a run reads: the ones named, or every data/*.yaml.
import path from "node:path";
import { DEFAULTS } from "../shared/defaults.js";
import { displayPath } from "../shared/display-path.js";
import { FileError } from "../shared/errors.js";
import { fileSystemReader, type SourceContext } from "../shared/source-reader.js";

export async function findRegistries(files: readonly string[], ctx: SourceContext): Promise<string[]> {
  if (files.length > 0) return files.map((f) => path.resolve(ctx.cwd, f));
  const dir = path.join(ctx.cwd, DEFAULTS.registries);
  let names: string[];
  try {
    names = await (ctx.reader ?? fileSystemReader).listDir(dir);
  } catch (e) {
    throw new FileError(`cannot read ${displayPath(dir, ctx.cwd)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, dir, e);
  }
  const yaml = names.filter((n) => /\.ya?ml$/.test(n)).sort();
  if (yaml.length === 0) throw new FileError(`no registry in ${displayPath(dir, ctx.cwd)} (expected *.yaml files)`, dir);
  return yaml.map((n) => path.join(dir, n));
}
