// A run that changes nothing, told without reading a registry or composing a letter. A whole run of the dispatches
// that ended clean (every letter written or up to date; no problem, warning, refusal, orphan or disagreement) keeps in
// each dispatch's manifest a key of everything it was made from: the registries' and templates' bytes, the other
// files it read (the logos), brev's version, the renderers' code, libraries and fonts, the file date and the formats.
// The next run computes the key again from those files (hashing them: no parsing); when it is the same and every
// file is still exactly the file the manifest records (its hash), nothing can have changed, and the run says so. Any
// doubt (a file missing, changed, added, a temp file, an adopted letter, a shard's part) takes the whole way, which
// judges each letter as before. The key names no time and no machine path: two runs over the same inputs write the
// same manifest.
export type { RunRecord } from "./manifest.js";

import { readdir } from "node:fs/promises";
import path from "node:path";
import type { GenerateOptions } from "../model/commands.js";
import type { Shaping } from "../render/renderers.js";
import { hashFile, insideProject } from "../shared/bounded-file.js";
import { DEFAULTS } from "../shared/defaults.js";
import { sha256 } from "../shared/hash.js";
import { isId } from "../shared/id.js";
import { DispatchFolder, kindOf } from "./dispatch-folder.js";
import { lockFolder } from "./folder-lock.js";
import { type Format, letterFileName, MANIFEST, parseLetterFileName } from "./letter-path.js";
import { folderKey, isRelativeInside, MAX_RUN_FILES, type Manifest, type RunRecord, readManifest } from "./manifest.js";
import type { LetterFile } from "./run-report.js";
import { isTempFile } from "./temp-file.js";

export interface RunInputs {
  project: string;
  registries: readonly string[];
  templatesDir: string;
  /** Everything else that shapes the files: brev's version, the renderers' code, libraries and fonts, the date, the formats. */
  settings: unknown;
}

/** The inputs of a run of `formats` (writing the letter formats `listed`) as a record names them. */
export async function runInputs(
  found: { project: string; files: readonly string[] },
  templatesDir: string | undefined,
  run: { brev: string; formats: readonly Format[]; listed: readonly Format[]; fileDate: Date | undefined; shaped: () => Promise<Shaping> },
): Promise<RunInputs> {
  const { shapedBy } = await run.shaped();
  const settings = { brev: run.brev, fileDate: run.fileDate?.toISOString() ?? null, formats: run.formats, listed: run.listed, shapedBy };
  return { project: found.project, registries: found.files, templatesDir: templatesDir ?? path.join(found.project, DEFAULTS.templates), settings };
}

/**
 * The largest file hashed for a key: larger than any registry (10 MB), template (1 MB) or logo (2 MB) brev reads.
 * A larger one (nothing brev would read) takes the whole way, never hours of hashing.
 */
const MAX_HASHED_BYTES = 16 * 1024 * 1024;
/** And all of them together: a record naming the same large file 200 times is not read 200 times. */
const MAX_HASHED_TOTAL = 64 * 1024 * 1024;

/** The run's key over `files` (relative to the project), or undefined when a file cannot be read as a plain file. */
export async function runKey(inputs: RunInputs, files: readonly string[]): Promise<string | undefined> {
  try {
    // The templates folder as brev reads it: inside the project through every link (else nothing is read there).
    const templatesDir = await insideProject(inputs.templatesDir, inputs.project);
    const templates = await templateFiles(templatesDir, MAX_RUN_FILES - files.length);
    if (!templates) return undefined;
    const parts: string[] = [JSON.stringify(inputs.settings)];
    let total = 0;
    const add = async (label: string, file: string) => {
      const hashed = await hashFile(file, { noFollow: true, maxBytes: Math.min(MAX_HASHED_BYTES, MAX_HASHED_TOTAL - total) });
      total += hashed.size;
      parts.push(`${label}:${hashed.sha256}`);
    };
    for (const file of [...inputs.registries].sort()) await add(`registry ${path.relative(inputs.project, file)}`, file);
    for (const name of templates) await add(`template ${name}`, path.join(templatesDir, name));
    for (const file of files) {
      if (!isRelativeInside(file)) return undefined;
      await add(`file ${file}`, await insideProject(path.join(inputs.project, file), inputs.project));
    }
    return sha256(parts.join("\n"));
  } catch {
    return undefined;
  }
}

/** The record for a run that read these files (absolute), or undefined when one is outside the project. */
export async function runRecord(inputs: RunInputs, read: readonly string[]): Promise<RunRecord | undefined> {
  const files = [...new Set(read.map((f) => path.relative(inputs.project, f)))].sort();
  const key = await runKey(inputs, files);
  return key === undefined ? undefined : { key, files };
}

/**
 * The report of a run that changes nothing, when the record says so and every file agrees (see above); undefined
 * when the run must take the whole way. `formats`: the run's formats (the files it reports as up to date).
 */
export async function unchangedRun(
  outDir: string,
  /** The run's inputs, asked for once a folder has a record to compare with. */
  inputsOf: () => Promise<RunInputs>,
  options: {
    brev: string;
    formats: readonly Format[];
    shown: (file: string) => string;
  },
  /** `outNamed`: then out/ may be a link (else a link takes the whole way, which refuses it); how to wait for a lock. */
  run: Pick<GenerateOptions, "outNamed" | "wait" | "onWait">,
): Promise<LetterFile[] | undefined> {
  const outNamed = Boolean(run.outNamed);
  let names: string[];
  try {
    if (!outNamed && (await kindOf(outDir)) !== "folder") return undefined;
    names = (await readdir(outDir, { withFileTypes: true })).filter((e) => e.isDirectory() && isId(e.name)).map((e) => e.name);
  } catch {
    return undefined;
  }
  // The folders whose record's key is this run's, each judged under its lock (each dispatch is one registry's: there
  // must be as many as there are registries).
  const unchanged: LetterFile[] = [];
  const keys = new Map<string, string | undefined>();
  let inputs: RunInputs | undefined;
  let matching = 0;
  for (const dispatch of names) {
    const folder = await DispatchFolder.open(outDir, dispatch, { outNamed, shown: options.shown }).catch(() => undefined);
    if (!folder) return undefined;
    if ((await folder.kind(MANIFEST)) !== "file") continue;
    const lock = await lockFolder(folder, { wait: run.wait ?? true, onWait: (holder) => run.onWait?.(folder.shownDir(), holder) });
    try {
      const { manifest, warnings } = await readManifest(folder, dispatch, options.brev);
      const record = manifest.run;
      if (!record) continue;
      inputs ??= await inputsOf();
      const files = JSON.stringify(record.files);
      if (!keys.has(files)) keys.set(files, await runKey(inputs, record.files));
      const key = keys.get(files);
      if (key === undefined || folderKey(key, manifest) !== record.key) continue;
      const same = warnings.length === 0 ? await sameFiles(folder, manifest) : undefined;
      if (!same) return undefined;
      matching++;
      for (const { agency, format, name } of same) {
        if (options.formats.includes(format)) unchanged.push({ dispatch, agency, format, path: folder.shown(name) });
      }
    } finally {
      await lock.release();
    }
  }
  return inputs && matching > 0 && matching === inputs.registries.length ? unchanged : undefined;
}

/** Every file the manifest records, each exactly as recorded, and no other letter or temp file; else undefined. */
async function sameFiles(folder: DispatchFolder, manifest: Manifest): Promise<{ agency: string; format: Format; name: string }[] | undefined> {
  if ((manifest.parts?.length ?? 0) > 0) return undefined;
  const recorded = records(manifest);
  if (!recorded) return undefined;
  const expected = new Set(recorded.map((r) => r.name));
  for (const name of await folder.list()) {
    if (isTempFile(name) || (name !== MANIFEST && parseLetterFileName(name) && !expected.has(name))) return undefined;
  }
  for (const { name, sha256 } of recorded) {
    try {
      if (folder.hashNow(name) !== sha256) return undefined;
    } catch {
      return undefined;
    }
  }
  return recorded;
}

/** The manifest's records as files, or undefined when one is not a plain record of brev's (adopted, being replaced). */
function records(manifest: Manifest): { agency: string; format: Format; name: string; sha256: string }[] | undefined {
  const found: { agency: string; format: Format; name: string; sha256: string }[] = [];
  for (const [agency, files] of Object.entries(manifest.letters)) {
    for (const [format, record] of Object.entries(files) as [Format, NonNullable<(typeof files)[Format]>][]) {
      if (record.adopted || record.replacing) return undefined;
      found.push({ agency, format, name: letterFileName(agency, format), sha256: record.sha256 });
    }
  }
  return found;
}

/**
 * The templates folder's files, by relative name (sorted); undefined when there are more than `max`, or anything
 * but files and folders (a link, a pipe). Read folder by folder, stopping at the limit: never the whole of a large tree.
 */
async function templateFiles(dir: string, max: number): Promise<string[] | undefined> {
  const files: string[] = [];
  const folders = [""];
  for (let folder = folders.shift(); folder !== undefined; folder = folders.shift()) {
    for (const e of await readdir(path.join(dir, folder), { withFileTypes: true })) {
      const name = path.join(folder, e.name);
      if (e.isDirectory()) folders.push(name);
      else if (e.isFile()) files.push(name);
      else return undefined;
      if (files.length + folders.length > max) return undefined;
    }
  }
  return files.sort();
}
