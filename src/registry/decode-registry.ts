// Turns a registry file's bytes into parsed YAML: size limit, strict UTF-8 (a BOM is fine), then parse.
import { type Said, say } from "../i18n/catalogue.js";
import type { Result } from "../shared/diagnostic.js";
import { parseRegistry, type RegistrySource } from "./parse-registry.js";

/** A registry of thousands of agencies is well under this; anything larger is a mistake or an attack. */
export const MAX_REGISTRY_BYTES = 10 * 1024 * 1024;

export function decodeRegistry(bytes: Uint8Array, file: string): Result<RegistrySource> {
  if (bytes.length > MAX_REGISTRY_BYTES) return tooLarge(file, bytes.length);
  if (binary(bytes)) return fail(file, say.registry.notText());
  if (utf16(bytes)) return fail(file, say.registry.utf16());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(file, say.registry.notUtf8(), firstBadLine(bytes));
  }
  return parseRegistry(text, file);
}

/** Refused before parsing, so a huge file costs no time or memory. */
export function tooLarge(file: string, size: number): Result<RegistrySource> {
  return fail(file, say.registry.tooLarge({ bytes: size, maxBytes: MAX_REGISTRY_BYTES }));
}

/** A registry that is, or goes through, a link leaving the project folder: refused unread. */
export function outsideProject(file: string): Result<RegistrySource> {
  return fail(file, say.registry.outsideProject());
}

function fail(file: string, said: Said, line = 1): Result<RegistrySource> {
  return { ok: false, diagnostics: [{ file, line, col: 1, path: "", severity: "error", ...said }] };
}

/** Two zero bytes side by side at the start: no text has them (UTF-16 puts a zero beside a letter, not beside another zero). */
function binary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64);
  for (let i = 0; i + 1 < head.length; i += 2) if (head[i] === 0 && head[i + 1] === 0) return true;
  return false;
}

/** Whether the bytes look like UTF-16 (a byte-order mark, or a zero byte beside every ASCII letter). */
function utf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 64);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  return head.length >= 4 && zeros >= head.length / 4;
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
