// Where registries and templates are read from: the working tree, or a git revision (for `brev diff`).
import { execFile } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where a stage reads its input from: the working folder, and a reader (default: the file system). */
export interface SourceContext {
  /** Folder that relative paths are resolved against, and shown relative to. */
  cwd: string;
  /** Where files are read from; default the file system. `brev diff` reads a git revision. */
  reader?: SourceReader;
}

/** Errors carry a Node-style `code` ("ENOENT", "EACCES", …) so callers can say what went wrong. */
export interface SourceReader {
  /** Reads a file; one over `maxBytes` is refused unread with code "EFBIG" and its `size`. */
  readFile(file: string, maxBytes: number): Promise<Uint8Array>;
  listDir(dir: string): Promise<string[]>;
}

export const fileSystemReader: SourceReader = {
  async readFile(file, maxBytes) {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: "EISDIR" });
    if (info.size > maxBytes) throw tooLarge(file, info.size);
    return new Uint8Array(await readFile(file));
  },
  listDir: (dir) => readdir(dir),
};

/** Reads files as they are at `ref` in the git repository at `root`. */
export function gitReader(root: string, ref: string): SourceReader {
  const spec = (file: string) => `${ref}:${path.relative(root, file).split(path.sep).join("/")}`;
  const missing = (file: string, e: unknown) =>
    Object.assign(new Error(`${spec(file)}: ${(e as { stderr?: string }).stderr?.trim() || "not found"}`), { code: "ENOENT" });
  return {
    async readFile(file, maxBytes) {
      try {
        const { stdout } = await run("git", ["cat-file", "-s", spec(file)], { cwd: root });
        if (Number(stdout) > maxBytes) throw tooLarge(file, Number(stdout));
        const shown = await run("git", ["show", spec(file)], { cwd: root, encoding: "buffer", maxBuffer: maxBytes + 1024 });
        return new Uint8Array(shown.stdout);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EFBIG") throw e;
        throw missing(file, e);
      }
    },
    async listDir(dir) {
      try {
        const { stdout } = await run("git", ["ls-tree", "--name-only", `${spec(dir)}/`], { cwd: root });
        return stdout
          .split("\n")
          .filter((l) => l !== "")
          .map((l) => path.posix.basename(l));
      } catch (e) {
        throw missing(dir, e);
      }
    },
  };
}

/** True when `ref` names a commit in the repository at `root`. */
export async function isCommit(root: string, ref: string): Promise<boolean> {
  try {
    await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

export async function gitRoot(cwd: string): Promise<string> {
  const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd });
  return stdout.trim();
}

function tooLarge(file: string, size: number): Error {
  return Object.assign(new Error(`${file} is ${size} bytes`), { code: "EFBIG", size });
}
