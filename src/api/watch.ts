// Watches what a run reads: the registries' folders, the templates, the project's assets, and the folder of any other
// file a run reads, such as a logo outside assets/ (how: shared/watch-folders.ts).
import path from "node:path";
import { projectOf } from "../registry/find-registries.js";
import { DEFAULTS } from "../shared/defaults.js";
import { type Watching, type WatchOptions, watchFolders } from "../shared/watch-folders.js";
import type { BrevContext } from "./context.js";

export { SETTLE_MS, type Watching, type WatchOptions } from "../shared/watch-folders.js";

export async function watchInputs(
  registries: readonly string[],
  ctx: BrevContext,
  onChange: () => void,
  options: WatchOptions | number = {},
): Promise<Watching> {
  const project = (await projectOf(registries, ctx.cwd)) ?? ctx.cwd;
  const inputs = [
    path.join(project, DEFAULTS.registries),
    ctx.templatesDir ?? path.join(project, DEFAULTS.templates),
    path.join(project, "assets"),
    ...registries.map((r) => path.dirname(path.resolve(ctx.cwd, r))),
  ];
  return watchFolders(inputs, project, onChange, options);
}
