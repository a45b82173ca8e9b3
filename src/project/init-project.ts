// `brev init [dir]`: a letters folder a ministry can keep in its own repository. Writes nothing over anything.
import path from "node:path";
import { writeNewFiles } from "./new-files.js";
import { starterFiles } from "./starter.js";

export interface InitOptions {
  /** The dependency on brev in the new package.json (default: this version's range, e.g. ^0.1.0). */
  brev?: string;
}

export interface InitReport {
  /** The folder, as shown (relative to the working folder). */
  folder: string;
  made: string[];
  /** What to type next, in order. */
  next: string[];
}

export async function initProject(dir: string, cwd: string, options: InitOptions = {}): Promise<InitReport> {
  const folder = path.resolve(cwd, dir);
  const made = await writeNewFiles(folder, await starterFiles(path.basename(folder), options.brev), cwd);
  const shown = path.relative(cwd, folder);
  return {
    folder: shown || ".",
    made,
    next: [...(shown ? [`cd ${shown}`] : []), "npm install", "npx brev preview"],
  };
}
