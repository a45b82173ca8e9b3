// The one way brev opens a file it did not write itself in this run: without blocking (a named pipe or a device at
// the path is refused at once, never waited on), regular files only, the size judged by fstat on the opened
// descriptor before a byte is read, and never more than a limit read (a sparse or growing file cannot make brev read
// gigabytes). Hashing reads in chunks. `insideProject` is the one check that a path, through every link, stays in the
// project folder. Errors carry a Node-style `code` so callers say what went wrong in their own words:
// ENOENT, EACCES, EISDIR, ELOOP (a link where none may be), ESPECIAL (a pipe, socket or device; `kind` says which),
// EFBIG (over the limit; `size` says how large), EOUTSIDE (leads outside the project).

import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { type FileHandle, open, realpath } from "node:fs/promises";
import path from "node:path";
import { t } from "../i18n/catalogue.js";

export type SpecialKind = "folder" | "link" | "pipe" | "socket" | "device";

export interface OpenOptions {
  /** Refuse a link at the last part of the path (ELOOP) instead of following it. */
  noFollow?: boolean;
}

export function fileError(code: string, message: string, extra: Record<string, unknown> = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, ...extra });
}

/** Opens `file` for reading when it is a regular file; the caller closes the handle. */
export async function openRegular(file: string, options: OpenOptions = {}): Promise<{ handle: FileHandle; size: number }> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0);
  let handle: FileHandle;
  try {
    handle = await open(file, flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // O_NONBLOCK on a FIFO without a writer opens fine; a socket gives ENXIO.
    if (code === "ENXIO") throw fileError("ESPECIAL", t.common.fileIsSpecial({ file, kind: "socket" }), { kind: "socket" });
    throw e;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind: SpecialKind = info.isDirectory() ? "folder" : info.isFIFO() ? "pipe" : info.isSocket() ? "socket" : "device";
      throw kind === "folder"
        ? fileError("EISDIR", t.common.fileIsFolder({ file }), { kind })
        : fileError("ESPECIAL", t.common.fileIsSpecial({ file, kind }), { kind });
    }
    return { handle, size: info.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Reads a regular file of at most `maxBytes` (judged before reading, and again while reading). */
export async function readBounded(file: string, maxBytes: number, options: OpenOptions = {}): Promise<Uint8Array> {
  const { handle, size } = await openRegular(file, options);
  try {
    if (size > maxBytes) throw fileError("EFBIG", t.common.fileTooLarge({ file, size }), { size });
    // Read up to one byte past the limit: a file that grew since fstat is refused, never read whole.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw fileError("EFBIG", t.common.fileGrew({ file, limit: maxBytes }), { size: filled });
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } finally {
    await handle.close();
  }
}

const CHUNK = 1024 * 1024;

/**
 * SHA-256 of an open file's bytes, read in chunks: memory stays at one chunk whatever the size. `sizeHint` (the size
 * fstat gave): a smaller file gets a buffer of its size plus one byte, not a whole chunk (a chunk zeroed for each of
 * 3000 small letter files took a second).
 */
export async function hashHandle(handle: FileHandle, sizeHint = CHUNK): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  const length = Math.max(1, Math.min(CHUNK, sizeHint + 1));
  // Every byte hashed is one read into it first: nothing of an earlier use is ever hashed.
  const buffer = Buffer.allocUnsafe(length);
  let size = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, length, size);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    size += bytesRead;
  }
  return { sha256: hash.digest("hex"), size };
}

/**
 * The same, without waiting on the event loop for each step (open, fstat, read, close): for many small files read
 * one after the other (a run checking 3000 letter files), which it makes several times faster. A regular file only.
 */
let scratch: Buffer | undefined;

export function hashFileNow(file: string, options: OpenOptions = {}): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw fileError("ESPECIAL", t.common.fileIsSpecial({ file, kind: "device" }), { kind: "device" });
    const hash = createHash("sha256");
    // One buffer for every call (nothing else runs while one does); every byte hashed was read into it first.
    scratch ??= Buffer.allocUnsafe(CHUNK);
    const buffer = scratch;
    for (let at = 0; ; ) {
      const read = readSync(fd, buffer, 0, CHUNK, at);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      at += read;
    }
    return hash.digest("hex");
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of a regular file, read in chunks. */
export async function hashFile(file: string, options: OpenOptions & { maxBytes?: number } = {}): Promise<{ sha256: string; size: number }> {
  const { handle, size } = await openRegular(file, options);
  try {
    if (options.maxBytes !== undefined && size > options.maxBytes) throw fileError("EFBIG", t.common.fileTooLarge({ file, size }), { size });
    return await hashHandle(handle, size);
  } finally {
    await handle.close();
  }
}

/**
 * The real path of `file` when it, through every link, lies inside `project`; otherwise an EOUTSIDE error.
 * A path that does not exist gives ENOENT.
 */
export async function insideProject(file: string, project: string): Promise<string> {
  const real = await realpath(file);
  const root = await realpath(project);
  const rel = path.relative(root, real);
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw fileError("EOUTSIDE", t.common.fileOutsideProject({ file }));
  }
  return real;
}
