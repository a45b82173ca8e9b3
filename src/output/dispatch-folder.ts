// The one door to out/<dispatch>/: every read, write and delete brev makes there goes through a DispatchFolder,
// by file name (never by path), so nothing outside the folder can be reached. Whatever the folder holds is untrusted:
// links are never followed, special files (pipes, sockets, devices, folders) are never opened for reading in a way
// that blocks, and a special file where brev expects one of its own files stops the run (exit 3) with its path.
import { type FileHandle, lstat, readdir, realpath, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { say } from "../i18n/catalogue.js";
import { hashFileNow, openRegular } from "../shared/bounded-file.js";
import { cannotWrite, FileError } from "../shared/errors.js";
import { inspectLetterFile, type LetterFileInfo } from "./letter-file.js";
import { type Format, isManifestPart, MANIFEST, parseLetterFileName } from "./letter-path.js";
import { isTempFile, tempOwner } from "./temp-file.js";
import { makeFolder, writeAtomic } from "./write-atomic.js";

export type Writer = (file: string, bytes: Uint8Array) => Promise<void>;

/** A file brev reads whole (the manifest, the lock note) that is larger than it could ever have written. */
export class TooLarge extends Error {
  constructor(
    readonly file: string,
    readonly size: number,
  ) {
    super(`${file} is ${size} bytes`);
  }
}

export type EntryKind = "absent" | "file" | "link" | "pipe" | "socket" | "folder" | "device";

/** Names brev itself may create in the folder: letters, the manifest and its shard parts, the lock note, and temp files of those. */
const isOwnName = (name: string) => name === MANIFEST || isManifestPart(name) || name === ".brev-lock" || parseLetterFileName(name) !== undefined;

export interface FolderOptions {
  /** The user named the output folder (--out): then it may be a link to a real folder. */
  outNamed: boolean;
  /** How finished bytes are put on disk; default an atomic write. Tests inject failures here. */
  write?: Writer;
  /** Turns a path into what messages show. */
  shown: (file: string) => string;
}

export class DispatchFolder {
  private constructor(
    /** The folder's real path. */
    readonly dir: string,
    /** Whether the folder exists now. */
    private exists: boolean,
    private readonly options: FolderOptions,
  ) {}

  /**
   * Checks out/ and out/<dispatch>/ before anything is read or written: `out` may be a link only when the user named it
   * and it leads to a real folder; the dispatch folder must be a real folder (or missing).
   */
  static async open(outDir: string, dispatchId: string, options: FolderOptions): Promise<DispatchFolder> {
    const { shown } = options;
    let out = outDir;
    const outKind = await kindOf(outDir);
    if (outKind === "link") {
      if (!options.outNamed) {
        throw new FileError(say.output.outIsLink({ folder: shown(outDir) }), outDir);
      }
      out = await realpath(outDir).catch(() => outDir);
      if ((await kindOf(out)) !== "folder") throw new FileError(say.output.outLinkNotFolder({ folder: shown(outDir) }), outDir);
    } else if (outKind !== "absent" && outKind !== "folder") {
      throw new FileError(say.output.outNotFolder({ folder: shown(outDir), kind: outKind }), outDir);
    }
    const dir = path.join(out, dispatchId);
    const kind = await kindOf(dir);
    if (kind !== "absent" && kind !== "folder") {
      throw new FileError(say.output.dispatchNotFolder({ folder: shown(dir), kind }), dir);
    }
    // Created on the first write, so a run that writes nothing (--check, or every letter failed) leaves no folder.
    return new DispatchFolder(dir, kind === "folder", options);
  }

  /** The folder as messages show it. */
  shownDir(): string {
    return this.options.shown(this.dir);
  }

  /** What a path shown to the user looks like, for a name in this folder. */
  shown(name: string): string {
    return this.options.shown(this.pathOf(name));
  }

  pathOf(name: string): string {
    // Only brev's own names: no separators, no "..", so no path can leave the folder.
    if (!isOwnName(name) && !isTempFile(name)) throw new Error(`not a name brev writes: ${JSON.stringify(name)}`);
    return path.join(this.dir, name);
  }

  async kind(name: string): Promise<EntryKind> {
    return this.exists ? kindOf(this.pathOf(name)) : "absent";
  }

  /** Stops the run when `name` is there but is not a regular file. */
  async expectFileOrNothing(name: string): Promise<"absent" | "file"> {
    const kind = await this.kind(name);
    if (kind === "absent" || kind === "file") return kind;
    throw this.specialFile(name, kind);
  }

  /**
   * The file's bytes, or undefined when it is not there; a file over `maxBytes` is never read (TooLarge). Never
   * follows a link, never blocks on a pipe.
   */
  async read(name: string, maxBytes: number): Promise<Uint8Array | undefined> {
    return this.withFile(name, async (handle, size) => {
      if (size > maxBytes) throw new TooLarge(this.shown(name), size);
      // Up to one byte past the limit: a file that grew since fstat is refused, never read whole.
      const buffer = Buffer.alloc(size + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > maxBytes) throw new TooLarge(this.shown(name), filled);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    });
  }

  /** A letter file's hash and the fingerprint it carries (read in chunks, whatever its size), or undefined when it is not there. */
  async inspect(name: string, format: Format): Promise<LetterFileInfo | undefined> {
    return this.withFile(name, (handle) => inspectLetterFile(handle, format));
  }

  /**
   * A regular file's SHA-256, read at once (see hashFileNow), or undefined when it is not there; a link or anything
   * but a regular file throws, as does a file that cannot be read.
   */
  hashNow(name: string): string | undefined {
    if (!this.exists) return undefined;
    try {
      return hashFileNow(this.pathOf(name), { noFollow: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  /** Opens a regular file for reading (no link, no blocking, no special file) and gives it to `use`. */
  private async withFile<T>(name: string, use: (handle: FileHandle, size: number) => Promise<T>): Promise<T | undefined> {
    if (!this.exists) return undefined;
    const file = this.pathOf(name);
    let opened: { handle: FileHandle; size: number };
    try {
      opened = await openRegular(file, { noFollow: true });
    } catch (e) {
      const error = e as NodeJS.ErrnoException & { kind?: EntryKind };
      if (error.code === "ENOENT") return undefined;
      if (error.code === "ELOOP") throw this.specialFile(name, "link");
      if (error.code === "ESPECIAL" || error.code === "EISDIR") throw this.specialFile(name, error.kind ?? "device");
      throw new FileError(say.output.cannotRead({ file: this.shown(name), code: error.code, detail: error.message }), file, e);
    }
    try {
      return await use(opened.handle, opened.size);
    } catch (e) {
      if (e instanceof TooLarge || e instanceof FileError) throw e;
      throw new FileError(say.output.cannotRead({ file: this.shown(name), code: (e as NodeJS.ErrnoException).code, detail: (e as Error).message }), file, e);
    } finally {
      await opened.handle.close();
    }
  }

  /** Puts `bytes` at `name` atomically (temp file + rename), never through a link or over a special file. */
  async write(name: string, bytes: Uint8Array): Promise<void> {
    await this.ensure();
    await this.expectFileOrNothing(name);
    await (this.options.write ?? writeAtomic)(this.pathOf(name), bytes);
  }

  /** Deletes a regular file of brev's; anything else at that name is left alone. */
  async remove(name: string): Promise<void> {
    if ((await this.kind(name)) !== "file") return;
    await rm(this.pathOf(name), { force: true });
  }

  async list(): Promise<string[]> {
    if (!this.exists) return [];
    return (await readdir(this.dir)).sort();
  }

  /**
   * Removes temp files of killed runs: only those this machine's runs made whose process is gone (a live run on this
   * machine, or any run on another machine, may still be writing). Returns the temp files it kept.
   */
  async removeLeftovers(alive: (pid: number) => boolean, host: string): Promise<string[]> {
    const kept: string[] = [];
    for (const name of await this.list()) {
      if (!isTempFile(name)) continue;
      const kind = await this.kind(name);
      if (kind !== "file") throw this.specialFile(name, kind === "absent" ? "file" : kind);
      const owner = tempOwner(name);
      if (owner && owner.host === host && !alive(owner.pid)) await rm(this.pathOf(name), { force: true });
      else kept.push(name);
    }
    return kept;
  }

  /** Makes the folder if it is missing; true when this call made it. */
  async ensure(): Promise<boolean> {
    if (this.exists) return false;
    try {
      await makeFolder(this.dir);
    } catch (e) {
      throw cannotWrite(this.dir, this.options.shown(this.dir), e);
    }
    // Made by us a moment ago; still check, as someone may have put a link there in between.
    if ((await kindOf(this.dir)) !== "folder") throw new FileError(say.output.notAFolder({ folder: this.options.shown(this.dir) }), this.dir);
    this.exists = true;
    return true;
  }

  /** Removes the folder if it is empty (a run that made it and then wrote nothing leaves nothing behind). */
  async removeIfEmpty(): Promise<void> {
    if (this.exists && (await this.list()).length === 0) {
      await rmdir(this.dir).catch(() => undefined);
      this.exists = (await kindOf(this.dir)) === "folder";
    }
  }

  private specialFile(name: string, kind: EntryKind): FileError {
    return new FileError(
      say.output.notOwnFile({ file: this.shown(name), kind: kind === "absent" || kind === "file" ? "notRegular" : kind }),
      this.pathOf(name),
    );
  }
}

export async function kindOf(file: string): Promise<EntryKind> {
  try {
    return kindFromStats(await lstat(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return "absent";
    throw new FileError(say.output.cannotRead({ file, code, detail: (e as Error).message }), file, e);
  }
}

function kindFromStats(info: import("node:fs").Stats): EntryKind {
  if (info.isFile()) return "file";
  if (info.isSymbolicLink()) return "link";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isSocket()) return "socket";
  return "device";
}
