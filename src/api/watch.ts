// Watches what a run reads (the registries' folders, the templates, the project's assets) and calls back once a burst
// of saves has settled: editors write a file in several steps (a temporary file, a rename), and a run per step would
// read half-written files. Folders are watched, not files, so a file an editor replaces is still seen.
import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import { projectOf } from "../registry/find-registries.js";
import { DEFAULTS } from "../shared/defaults.js";
import type { BrevContext } from "./context.js";

/** How long the files must be quiet before a change is acted on. */
export const SETTLE_MS = 150;

export interface Watching {
  close(): void;
  /** The folders watched. */
  folders: string[];
}

export async function watchInputs(registries: readonly string[], ctx: BrevContext, onChange: () => void, settleMs = SETTLE_MS): Promise<Watching> {
  const project = (await projectOf(registries, ctx.cwd)) ?? ctx.cwd;
  const folders = new Set([
    path.join(project, DEFAULTS.registries),
    ctx.templatesDir ?? path.join(project, DEFAULTS.templates),
    path.join(project, "assets"),
    ...registries.map((r) => path.dirname(path.resolve(ctx.cwd, r))),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  const watchers: FSWatcher[] = [];
  for (const folder of folders) {
    try {
      const watcher = watch(folder, { persistent: true }, changed);
      watcher.on("error", () => {});
      watchers.push(watcher);
    } catch {
      // A folder that is not there (no assets/ yet) has nothing to watch.
    }
  }
  return {
    folders: [...folders],
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
