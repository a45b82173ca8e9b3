// out/<dispatch>/manifest.json: per letter and format, the hash of what shaped the file and the hash of the file.
// It holds no times, so two runs over the same inputs write the same manifest. It is read as untrusted input: it may
// have been edited or come from another machine, so every record is checked and a bad one is ignored with a warning.
// A shard's run (--shard i/n) writes its letters' records to manifest.<i>-of-<n>.json instead, so the folders of a
// CI matrix can be copied together: the parts are read with the manifest, and where two records speak of one file
// the one that vouches for the file on disk counts. A run of the whole dispatch folds them back into manifest.json,
// which is then what a single run would have written.

import path from "node:path";
import { type Said, say } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { sha256 } from "../shared/hash.js";
import { isId } from "../shared/id.js";
import { type DispatchFolder, TooLarge } from "./dispatch-folder.js";
import { dispatchFormat, FORMATS, type Format, isManifestPart, MANIFEST, manifestPart } from "./letter-path.js";

export interface FileRecord {
  /** Hash of everything that shapes the file: the letter model, format, fonts, brev's version, file date. */
  input: string;
  /** Hash of the file's bytes. */
  sha256: string;
  /**
   * Hash of the letter model the file was made from: the same in every format of one letter, so a letter's PDF and
   * DOCX made from different inputs can be told apart (absent in manifests of older brev versions).
   */
  letter?: string;
  /** The clerk kept a hand-edited file (`brev adopt`): it is left alone, and refused again once its inputs change. */
  adopted?: true;
  /**
   * An adopted file whose text brev read and found to be the letter's (only its bytes differ: saved again). Absent, an
   * adopted file's text is the clerk's (or unknown: a PDF), which the letter's other formats do not carry.
   */
  sameText?: true;
  /**
   * While a file is being replaced: the hash of the file it replaces. Written before the new file is renamed into
   * place, so a run killed in between leaves a file the manifest still vouches for, whichever of the two it is.
   */
  replacing?: string;
}

/** What a clean whole run was made from (output/run-record.ts): the key of its inputs, and the files it read besides. */
export interface RunRecord {
  key: string;
  /** The files the run read besides the registries and templates (the logos), relative to the project, sorted. */
  files: string[];
}

/** At most this many files are hashed for a run's key (templates, logos); a project with more takes the whole way. */
export const MAX_RUN_FILES = 200;

export interface Manifest {
  brev: string;
  dispatch: string;
  /** The run that wrote it, when it was a clean whole run (see output/run-record.ts). */
  run?: RunRecord;
  letters: Record<string, Partial<Record<Format, FileRecord>>>;
  /** Where two files (the manifest, its parts) hold records for one letter file: all of them, in reading order. */
  candidates?: Map<string, FileRecord[]>;
  /** The shard parts read with it (a write of the whole manifest folds them in and removes them). */
  parts?: string[];
  /** Set for a shard's run: its records go to this part, for these agencies only. */
  target?: { part: string; agencies: ReadonlySet<string> };
}

export { isManifestPart, MANIFEST, manifestPart };

const HASH = /^[0-9a-f]{64}$/;

/**
 * The largest manifest (or part) brev reads: some 30,000 agencies' records (about 550 bytes each), more than a
 * dispatch holds. A larger one is not what brev wrote: it is ignored like any other unusable manifest, and every
 * letter is judged by its file (reading one this size takes about 300 MB and a few seconds).
 */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

/** Bad records warned of one by one per manifest file; the rest are counted. */
const WARNINGS_MAX = 20;

export function emptyManifest(dispatch: string, brev: string): Manifest {
  return { brev, dispatch, letters: {} };
}

/** The file's hashes that this record vouches for: brev wrote them. */
export function vouchedHashes(record: FileRecord | undefined): string[] {
  if (!record) return [];
  return record.replacing ? [record.sha256, record.replacing] : [record.sha256];
}

/**
 * The manifest in `folder`, or an empty one when there is none or it cannot be used (then every letter is checked
 * against its file). A special file at its name stops the run (see DispatchFolder).
 */
export async function readManifest(folder: DispatchFolder, dispatch: string, brev: string): Promise<{ manifest: Manifest; warnings: Diagnostic[] }> {
  const main = await readOne(folder, MANIFEST, dispatch, brev);
  const parts = (await folder.list()).filter(isManifestPart);
  if (parts.length === 0) return main;
  const candidates = new Map<string, FileRecord[]>();
  const manifest: Manifest = { ...emptyManifest(dispatch, brev), candidates, parts };
  const warnings = [...main.warnings];
  const add = (letters: Manifest["letters"]) => {
    for (const [agency, files] of Object.entries(letters)) {
      for (const [format, record] of Object.entries(files) as [Format, FileRecord][]) {
        const key = `${agency}.${format}`;
        candidates.set(key, [...(candidates.get(key) ?? []), record]);
        setRecord(manifest, agency, format, record);
      }
    }
  };
  add(main.manifest.letters);
  for (const part of parts) {
    const read = await readOne(folder, part, dispatch, brev);
    for (const w of read.warnings) warnings.push(w);
    add(read.manifest.letters);
  }
  return { manifest, warnings };
}

/**
 * The record that speaks for a letter file whose bytes hash to `current`: of several (the manifest and its parts),
 * the last that vouches for those bytes, which from then on is the record; else the last one read.
 */
export function recordFor(manifest: Manifest, agency: string, format: Format, current: string | undefined): FileRecord | undefined {
  const list = manifest.candidates?.get(`${agency}.${format}`);
  if (list && list.length > 1 && current !== undefined) {
    const vouching = [...list].reverse().find((r) => vouchedHashes(r).includes(current));
    if (vouching) setRecord(manifest, agency, format, vouching);
  }
  return manifest.letters[agency]?.[format];
}

/**
 * Settles a record a killed run left `replacing` (it was killed after its last file was written, before the manifest
 * that forgets the old file): once the file on disk is the new one, or is neither, the record vouches only for what
 * brev wrote last. While the old file is still there the record stays (that letter is stale, and rewritten).
 * True when the record changed.
 */
export function settleRecord(manifest: Manifest, agency: string, format: Format, fileHash: string | undefined): boolean {
  const record = manifest.letters[agency]?.[format];
  if (!record?.replacing || (fileHash !== undefined && fileHash === record.replacing)) return false;
  const { replacing: _, ...settled } = record;
  setRecord(manifest, agency, format, settled);
  return true;
}

export function setRecord(manifest: Manifest, agency: string, format: Format, record: FileRecord): void {
  const files = manifest.letters[agency] ?? {};
  files[format] = record;
  // defineProperty, so that a key named "__proto__" stays a plain key (it cannot pass the id rule, but keep it safe anyway).
  Object.defineProperty(manifest.letters, agency, { value: files, enumerable: true, writable: true, configurable: true });
}

/** One manifest file (the manifest or a part), or an empty one when it is not there or cannot be used. */
async function readOne(folder: DispatchFolder, name: string, dispatch: string, brev: string): Promise<{ manifest: Manifest; warnings: Diagnostic[] }> {
  const manifest = emptyManifest(dispatch, brev);
  const file = folder.shown(name);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await folder.read(name, MANIFEST_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    return {
      manifest,
      warnings: [warn(file, 1, say.output.manifestTooLarge({ megabytes: e.size / 1048576, limit: MANIFEST_MAX_BYTES / 1048576 }))],
    };
  }
  if (!bytes) return { manifest, warnings: [] };
  const text = new TextDecoder().decode(bytes);
  let data: { dispatch?: unknown; letters?: unknown; run?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return { manifest, warnings: [warn(file, 1, say.output.manifestNotJson())] };
  }
  if (data === null || typeof data !== "object" || data.dispatch !== dispatch || !isObject(data.letters)) {
    return { manifest, warnings: [warn(file, 1, say.output.manifestOtherDispatch({ dispatch }))] };
  }
  const warnings: Diagnostic[] = [];
  // A record that is not what brev writes is no record: the run takes the whole way (nothing to warn of).
  const run = parseRunRecord(data.run);
  if (run) manifest.run = run;
  let bad = 0;
  const warnAt = (line: () => number, said: () => Said) => {
    if (++bad <= WARNINGS_MAX) warnings.push(warn(file, line(), said()));
  };
  for (const [id, files] of Object.entries(data.letters)) {
    // Found only for a warning: looking it up for every record took longer than reading the manifest.
    const line = () => lineOf(text, id);
    // Keys name files: they must pass the same id rule as the registry, or they could point anywhere.
    if (!isId(id)) {
      warnAt(line, () => say.output.manifestBadId({ id: clip(id) }));
      continue;
    }
    if (!isObject(files)) {
      warnAt(line, () => say.output.manifestNotMapping({ id }));
      continue;
    }
    const kept: Partial<Record<Format, FileRecord>> = {};
    for (const [format, record] of Object.entries(files)) {
      // A record of a dispatch's own file stands under its stem only (journal.journal), as the file has one name.
      const known = (FORMATS as readonly string[]).includes(format);
      const own = known ? dispatchFormat(format as Format) : undefined;
      const valid = known && (!own || own.stem === id) ? fileRecord(record) : undefined;
      if (valid) kept[format as Format] = valid;
      else warnAt(line, () => say.output.manifestBadEntry({ id, entry: clip(format) }));
    }
    Object.defineProperty(manifest.letters, id, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  if (bad > WARNINGS_MAX) warnings.push(warn(file, 1, say.output.manifestMoreBad({ count: bad - WARNINGS_MAX })));
  return { manifest, warnings };
}

function fileRecord(value: unknown): FileRecord | undefined {
  if (!isObject(value)) return undefined;
  const { input, sha256, letter, adopted, sameText, replacing } = value as Record<string, unknown>;
  if (typeof input !== "string" || !HASH.test(input) || typeof sha256 !== "string" || !HASH.test(sha256)) return undefined;
  if (letter !== undefined && (typeof letter !== "string" || !HASH.test(letter))) return undefined;
  if (adopted !== undefined && adopted !== true) return undefined;
  if (sameText !== undefined && sameText !== true) return undefined;
  if (replacing !== undefined && (typeof replacing !== "string" || !HASH.test(replacing))) return undefined;
  return {
    input,
    sha256,
    ...(letter ? { letter } : {}),
    ...(adopted ? { adopted } : {}),
    ...(adopted && sameText ? { sameText } : {}),
    ...(replacing ? { replacing } : {}),
  };
}

/** A run record as read from a manifest (untrusted): the key a hash, the files plain relative paths. */
function parseRunRecord(value: unknown): RunRecord | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const { key, files } = value as Record<string, unknown>;
  if (typeof key !== "string" || !HASH.test(key)) return undefined;
  if (!Array.isArray(files) || files.length > MAX_RUN_FILES || !files.every((f) => typeof f === "string" && isRelativeInside(f))) return undefined;
  // As brev writes it: sorted, each file once.
  if (files.some((f, i) => i > 0 && f <= files[i - 1])) return undefined;
  return { key, files: [...files] };
}

/** A path relative to the project that stays inside it as written (no "..", nothing absolute, nothing to normalise). */
export function isRelativeInside(file: string): boolean {
  return file.length > 0 && file.length <= 1000 && !path.isAbsolute(file) && path.normalize(file) === file && !file.startsWith("..");
}

export function serializeManifest(manifest: Manifest, only?: ReadonlySet<string>): string {
  const letters: Manifest["letters"] = {};
  for (const id of Object.keys(manifest.letters).sort()) {
    if (only && !only.has(id)) continue;
    const files = manifest.letters[id] ?? {};
    const sorted: Partial<Record<Format, FileRecord>> = {};
    for (const format of Object.keys(files).sort() as Format[]) {
      const record = files[format];
      if (record) sorted[format] = fileRecord(record) as FileRecord;
    }
    if (Object.keys(sorted).length > 0) letters[id] = sorted;
  }
  // A shard's part has no run record: only a whole run has one.
  const run = !only && manifest.run ? { run: { key: manifest.run.key, files: manifest.run.files } } : {};
  return `${JSON.stringify({ brev: manifest.brev, dispatch: manifest.dispatch, ...run, letters }, null, 2)}\n`;
}

/**
 * What a folder's record holds: the run's key, bound to the folder's dispatch and to the letters its manifest records
 * (so a record cannot vouch for another dispatch's folder, or for a manifest whose records were changed since).
 */
export function folderKey(runKey: string, manifest: Manifest): string {
  const { run: _, ...records } = manifest;
  return sha256(JSON.stringify([runKey, manifest.dispatch, serializeManifest(records)]));
}

/** A shard's run writes its part; any other writes the whole manifest, and then removes the parts it folded in. */
export async function writeManifest(folder: DispatchFolder, manifest: Manifest): Promise<void> {
  const { target } = manifest;
  if (target) {
    await folder.write(target.part, new TextEncoder().encode(serializeManifest(manifest, target.agencies)));
    return;
  }
  await folder.write(MANIFEST, new TextEncoder().encode(serializeManifest(manifest)));
  for (const part of manifest.parts ?? []) await folder.remove(part);
  manifest.parts = [];
}

function warn(file: string, line: number, said: Said): Diagnostic {
  return { file, line, col: 1, path: "", severity: "warning", ...said };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The line where a key first appears in the JSON text, for the warning's position. */
function lineOf(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : text.slice(0, at).split("\n").length;
}
