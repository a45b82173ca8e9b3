// Writes a set of new files into a folder, all or none. Every target and every folder on the way to it is checked
// before the first byte is written: a file already there, a link (a folder or file that leads elsewhere: brev never
// writes through one), or a file where a folder must be is refused, the error naming each, and nothing is written.
// Folders are made one at a time and each file is created exclusively without following a link, so one made in
// between is never written through or over either; a write that fails half-way takes back what this run made.
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { say, t } from "../i18n/catalogue.js";
import type { FoundKind } from "../i18n/en/project.js";
import { FileError } from "../shared/errors.js";

export interface NewFile {
  /** Relative to the folder, with forward slashes. */
  path: string;
  content: string;
}

/** What is at a path; a special file by its kind, so the message can say what it is. */
type Kind = "missing" | "folder" | "file" | "link" | Special;
type Special = Exclude<FoundKind, "file">;

const isSpecial = (kind: Kind | undefined): kind is Special => kind === "named pipe" || kind === "socket" || kind === "device" || kind === "special file";

async function kindOf(file: string): Promise<Kind> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) return "link";
    if (info.isDirectory()) return "folder";
    if (info.isFile()) return "file";
    return info.isFIFO() ? "named pipe" : info.isSocket() ? "socket" : info.isBlockDevice() || info.isCharacterDevice() ? "device" : "special file";
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw new FileError(say.project.cannotLookAt({ file, reason: reasonOf(e) }), file, e);
  }
}

export async function writeNewFiles(folder: string, files: readonly NewFile[], cwd: string): Promise<string[]> {
  // The folders above the nearest one that exists are the clerk's own: taken as they really are. Below it, every
  // folder on the way to a target (once each, parents first) and every target is looked at before anything is made.
  // The folder named itself is no link either (to anywhere): brev would write into the link's target.
  if ((await kindOf(path.resolve(cwd, folder))) === "link")
    throw new FileError(say.project.folderIsLink({ path: relativePath(path.resolve(cwd, folder), cwd) }), folder);
  const { base, root } = await realFolder(folder, cwd);
  const shown = (file: string) => relativePath(path.join(path.resolve(cwd, folder), path.relative(root, file)), cwd);
  const full = files.map((f) => path.join(root, ...f.path.split("/")));
  const folders = [...new Set(full.flatMap((file) => foldersBetween(base, path.dirname(file))))];
  const kinds = new Map<string, Kind>();
  const blocked: string[] = [];
  const isBlocked = (file: string) => blocked.some((b) => file.startsWith(`${b}${path.sep}`));
  for (const dir of [...folders, ...full]) {
    if (isBlocked(dir)) continue;
    const kind = await kindOf(dir);
    kinds.set(dir, kind);
    if (kind === "link" || (folders.includes(dir) && kind !== "folder" && kind !== "missing")) blocked.push(dir);
  }
  const links = [...kinds].filter(([, k]) => k === "link").map(([f]) => shown(f));
  const notFolders = folders.filter((d) => kinds.get(d) === "file" || isSpecial(kinds.get(d)));
  const special = full.filter((f) => isSpecial(kinds.get(f)));
  const inTheWay = full.filter((f) => kinds.get(f) === "file" || kinds.get(f) === "folder").map(shown);
  const problems = [
    ...links.map((l) => t.project.problemLink({ path: l })),
    ...notFolders.map((d) => t.project.problemNotFolder({ path: shown(d), kind: kinds.get(d) as FoundKind })),
    ...special.map((f) => t.project.problemNotFile({ path: shown(f), kind: kinds.get(f) as FoundKind })),
    ...(inTheWay.length > 0 ? [t.project.problemThere({ paths: inTheWay })] : []),
  ];
  if (problems.length > 0) throw new FileError(say.project.refused({ problems }), folder);

  const madeFolders: string[] = [];
  const written: string[] = [];
  try {
    for (const dir of folders) {
      if (kinds.get(dir) === "folder") continue;
      await mkdir(dir); // not recursive: its parent was made or looked at just before
      madeFolders.push(dir);
    }
    for (const [i, file] of full.entries()) {
      const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
      written.push(file);
      try {
        await handle.writeFile(files[i]?.content ?? "");
      } finally {
        await handle.close();
      }
    }
  } catch (e) {
    // All or none: what this run made goes again, files first, then folders, deepest first.
    for (const file of written.reverse()) await rm(file, { force: true }).catch(() => {});
    for (const dir of madeFolders.reverse()) await rmdir(dir).catch(() => {});
    const code = (e as NodeJS.ErrnoException).code;
    const at = (e as { path?: string }).path;
    throw new FileError(say.project.cannotWriteNew({ file: shown(at ?? root), code }), at ?? folder, e);
  }
  return written.map(shown);
}

/**
 * `base`: the real path of the nearest folder from `folder` up that exists (it must be a folder); `root`: `folder`
 * as it will be, that real path joined with the parts still to be made.
 */
async function realFolder(folder: string, cwd: string): Promise<{ base: string; root: string }> {
  const rest: string[] = [];
  let at = path.resolve(cwd, folder);
  for (;;) {
    let real: string | undefined;
    try {
      real = await realpath(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" || path.dirname(at) === at)
        throw new FileError(say.project.cannotLookAt({ file: relativePath(at, cwd), reason: reasonOf(e) }), at, e);
    }
    if (real !== undefined) {
      if (!(await lstat(real)).isDirectory()) throw new FileError(say.project.fileWhereFolder({ path: relativePath(at, cwd) }), at);
      return { base: real, root: path.join(real, ...rest.reverse()) };
    }
    rest.push(path.basename(at));
    at = path.dirname(at);
  }
}

/** Every folder below `base` down to `dir`, parents first. */
function foldersBetween(base: string, dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; at !== base && at.startsWith(`${base}${path.sep}`); at = path.dirname(at)) found.unshift(at);
  return found;
}

/** A path as typed from the working folder ("data/x.yaml", "../data/x.yaml"): what the clerk copies into a command. */
export function relativePath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/") || ".";
}

/** Why the system refused to show a path: in words where brev has them, else the system's code. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return t.common.systemReason({ code, detail: code ?? (e as Error).message });
}
