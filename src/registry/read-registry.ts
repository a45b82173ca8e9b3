// Reads a registry file from disk: size limit, strict UTF-8, then parse. The only file I/O of the registry stage.
import { readFile, stat } from "node:fs/promises";
import type { Result } from "../diagnostic.js";
import { FileError } from "../errors.js";
import { parseRegistry, type RegistrySource } from "./parse-registry.js";

/** A registry of thousands of agencies is well under this; anything larger is a mistake or an attack. */
export const MAX_REGISTRY_BYTES = 10 * 1024 * 1024;

export async function readRegistry(file: string, displayName: string): Promise<Result<RegistrySource>> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new FileError(`${displayName} is not a file`, file);
    if (info.size > MAX_REGISTRY_BYTES) {
      return fail(displayName, `the file is ${(info.size / 1048576).toFixed(1)} MB; a registry may be at most ${MAX_REGISTRY_BYTES / 1048576} MB`);
    }
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new FileError(`cannot read ${displayName}: ${why}`, file, e);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(displayName, "the file is not UTF-8 text", "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)", firstBadLine(bytes));
  }
  return parseRegistry(text, displayName);
}

function fail(file: string, message: string, hint?: string, line = 1): Result<RegistrySource> {
  return { ok: false, diagnostics: [{ file, line, col: 1, path: "", severity: "error", message, ...(hint ? { hint } : {}) }] };
}

/** The first line that does not decode as UTF-8 (lines split on LF, which never occurs inside a UTF-8 sequence). */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
