// Writes a set of new files into a folder, all or none: if any of them is already there, nothing is written and
// the error names what is in the way. A file made in between is never replaced either (each is created exclusively).
import { lstat, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { FileError } from "../shared/errors.js";

export interface NewFile {
  /** Relative to the folder, with forward slashes. */
  path: string;
  content: string;
}

export async function writeNewFiles(folder: string, files: readonly NewFile[], cwd: string): Promise<string[]> {
  const full = files.map((f) => path.join(folder, ...f.path.split("/")));
  const inTheWay: string[] = [];
  for (const file of full) if (await exists(file)) inTheWay.push(relativePath(file, cwd));
  if (inTheWay.length > 0) {
    throw new FileError(
      `${inTheWay.length === 1 ? `${inTheWay[0]} is` : `${inTheWay.join(", ")} are`} already there; brev writes nothing over existing files (nothing was written)`,
      folder,
    );
  }
  const written: string[] = [];
  for (const [i, file] of full.entries()) {
    await mkdir(path.dirname(file), { recursive: true });
    try {
      await writeFile(file, files[i]?.content ?? "", { flag: "wx" });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new FileError(`cannot write ${relativePath(file, cwd)}${code ? ` (${code})` : ""}`, file, e);
    }
    written.push(relativePath(file, cwd));
  }
  return written;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** A path as typed from the working folder ("data/x.yaml", "../data/x.yaml"): what the clerk copies into a command. */
export function relativePath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/") || ".";
}
