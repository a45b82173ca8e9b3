// Watches folders (what a run reads: see api/watch.ts) and calls back once a burst of saves has settled: editors write
// a file in several steps (a temporary file, a rename), and a run per step would read half-written files. Folders are
// watched, not files, so a file an editor replaces is still seen. The project folder is watched too, and every
// watcher is made again after each burst: a folder moved away and back (or made only now) is watched where it is,
// not where it was. A folder that is there but cannot be watched is said (unwatched), never silently left out.
import { type FSWatcher, watch as fsWatch } from "node:fs";
import path from "node:path";

/** How long the files must be quiet before a change is acted on. */
export const SETTLE_MS = 150;

export interface Watching {
  close(): void;
  /** The folders watched. */
  folders: string[];
  /** Folders that are there but could not be watched, and why: a change in them is not seen. */
  unwatched: { folder: string; reason: string }[];
  /** Watches the folders of these files as well (a logo outside assets/), from now on, instead of the last ones given. */
  watchFiles(files: readonly string[]): void;
}

export interface WatchOptions {
  settleMs?: number;
  /** fs.watch, or a stand-in (tests make a folder that cannot be watched). */
  watch?: (folder: string, options: { persistent: boolean }, listener: () => void) => FSWatcher;
}

/**
 * Watches `inputs` and `project` (the folder that holds them: a folder made there later is seen), and the folders of
 * the files given to `watchFiles`.
 */
export function watchFolders(inputs: readonly string[], project: string, onChange: () => void, options: WatchOptions | number = {}): Watching {
  const { settleMs = SETTLE_MS, watch = fsWatch } = typeof options === "number" ? { settleMs: options } : options;
  let files: string[] = [];
  const watchers = new Map<string, FSWatcher>();
  let unwatched: Watching["unwatched"] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const folders = () => [...new Set([...inputs, ...files.map((f) => path.dirname(f)), project])];
  // Every watcher made again: a folder replaced since (moved away and back) is watched as it is now.
  const establish = () => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
    unwatched = [];
    for (const folder of folders()) {
      try {
        const watcher = watch(folder, { persistent: true }, changed);
        // A folder that goes away ends its watcher with an error: the next burst watches it again if it is back.
        watcher.on("error", () => changed());
        watchers.set(folder, watcher);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A folder that is not there (no assets/ yet) has nothing to watch: the project's watcher sees it come.
        if (code !== "ENOENT" && code !== "ENOTDIR") unwatched.push({ folder, reason: code ?? (e as Error).message });
      }
    }
  };
  function changed(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      establish();
      onChange();
    }, settleMs);
  }
  establish();
  return {
    get folders() {
      return [...watchers.keys()];
    },
    get unwatched() {
      return unwatched;
    },
    watchFiles(next) {
      const before = folders().join("\n");
      files = [...next];
      if (folders().join("\n") !== before && !closed) establish();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
