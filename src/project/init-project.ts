// `brev init [dir]`: a letters folder a ministry can keep in its own repository. Writes nothing over anything.
import path from "node:path";
import { brevSource } from "./brev-source.js";
import { writeNewFiles } from "./new-files.js";
import { starterFiles } from "./starter.js";

export interface InitOptions {
  /** The dependency on brev in the new package.json (default: where the running brev came from, see brev-source). */
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
  const made = await writeNewFiles(folder, await starterFiles(path.basename(folder), options.brev ?? brevSource().spec), cwd);
  const shown = path.relative(cwd, folder);
  return {
    folder: shown || ".",
    made,
    next: [...(shown ? [`cd ${shown}`] : []), "npm install", "npx brev preview"],
  };
}
