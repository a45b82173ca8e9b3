// Where registries and templates are read from: the working tree, or a git revision (for `brev diff`). Either way a
// file is read only when it lies inside the project folder, through every link (a link that leaves it is refused
// before a byte of the file is read: EOUTSIDE), and never more than a limit of it.
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { t } from "../i18n/catalogue.js";
import { fileError, insideProject, readBounded } from "./bounded-file.js";

const run = promisify(execFile);

/** Where a stage reads its input from: the working folder, and a reader (default: the file system). */
export interface SourceContext {
  /** Folder that relative paths are resolved against, and shown relative to. */
  cwd: string;
  /** Where files are read from; default the file system. `brev diff` reads a git revision. */
  reader?: SourceReader;
}

/**
 * Errors carry a Node-style `code` ("ENOENT", "EACCES", "EISDIR", "ESPECIAL", "EOUTSIDE", …; see bounded-file.ts) so
 * callers can say what went wrong.
 */
export interface SourceReader {
  /**
   * Reads a file that lies inside `project` (through every link; else EOUTSIDE, unread); one over `maxBytes` is
   * refused unread with code "EFBIG" and its `size`.
   */
  readFile(file: string, maxBytes: number, project: string): Promise<Uint8Array>;
  listDir(dir: string): Promise<string[]>;
}

export const fileSystemReader: SourceReader = {
  async readFile(file, maxBytes, project) {
    // The real path, then opened without following a link there: a link put in its place meanwhile is refused.
    return readBounded(await insideProject(file, project), maxBytes, { noFollow: true });
  },
  listDir: (dir) => readdir(dir),
};

/** Links a revision's file may go through before it is taken as a loop. */
const MAX_LINKS = 8;

/** Reads files as they are at `ref` in the git repository at `root`. */
export function gitReader(root: string, ref: string): SourceReader {
  const spec = (file: string) => `${ref}:${path.relative(root, file).split(path.sep).join("/")}`;
  const missing = (file: string, e: unknown) =>
    Object.assign(new Error(t.common.notFoundAtRevision({ file: spec(file), detail: (e as { stderr?: string }).stderr?.trim() ?? "" })), { code: "ENOENT" });
  // git keeps a link as a blob of mode 120000 holding the target's path: followed here as the file system would,
  // never taken as the file's content, and refused when it leaves the project.
  const entry = async (file: string): Promise<{ mode: string; size: number; object: string }> => {
    const rel = path.relative(root, file).split(path.sep).join("/");
    const { stdout } = await run("git", ["ls-tree", "-l", "--full-tree", ref, "--", rel], { cwd: root });
    const match = /^(\d+) blob ([0-9a-f]+) +(\d+|-)\t/.exec(stdout);
    if (!match)
      throw Object.assign(new Error(t.common.notAFileAtRevision({ file: spec(file), ref })), { code: stdout.includes(" tree ") ? "EISDIR" : "ENOENT" });
    return { mode: match[1] ?? "", object: match[2] ?? "", size: Number(match[3]) };
  };
  return {
    async readFile(file, maxBytes, project) {
      try {
        let at = file;
        for (let links = 0; ; links++) {
          if (insideOf(project, at) === undefined) throw fileError("EOUTSIDE", t.common.fileOutsideProject({ file: spec(file) }));
          const found = await entry(at);
          if (found.mode === "120000") {
            if (links === MAX_LINKS) throw fileError("ELOOP", t.common.fileTooManyLinks({ file: spec(file) }));
            const target = await run("git", ["cat-file", "blob", found.object], { cwd: root, maxBuffer: 4096 });
            at = path.resolve(path.dirname(at), target.stdout);
            continue;
          }
          if (found.size > maxBytes) throw tooLarge(file, found.size);
          const shown = await run("git", ["cat-file", "blob", found.object], { cwd: root, encoding: "buffer", maxBuffer: maxBytes + 1024 });
          return new Uint8Array(shown.stdout);
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EFBIG" || code === "EOUTSIDE" || code === "ELOOP" || code === "EISDIR") throw e;
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

/** `file` relative to `folder` when it lies inside it (by its path alone: a revision has no links to resolve). */
function insideOf(folder: string, file: string): string | undefined {
  const rel = path.relative(folder, file);
  return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? undefined : rel;
}

function tooLarge(file: string, size: number): Error {
  return Object.assign(new Error(t.common.fileTooLarge({ file, size })), { code: "EFBIG", size });
}
