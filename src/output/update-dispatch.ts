// The output stage: brings one out/<dispatch>/ folder up to date. Under the folder's lock it plans what each letter
// needs (from the manifest and the files on disk), renders and writes only those (atomically, in batches), never
// replaces a file brev cannot vouch for unless forced, and prunes only letters brev wrote and nobody changed. The
// manifest never vouches for a file brev has not written. Every file operation goes through DispatchFolder. It knows
// the formats it writes and their file names, and nothing of YAML, templates or how a letter is drawn.
import { type Said, say } from "../i18n/catalogue.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { sha256 } from "../shared/hash.js";
import type { DispatchFolder } from "./dispatch-folder.js";
import { stampAt } from "./fingerprint.js";
import { type LockOptions, lockFolder } from "./folder-lock.js";
import { dispatchFormat, type Format, formatSpec, LETTER_FORMATS, letterFileName, parseLetterFileName } from "./letter-path.js";
import { type FileNow, type LetterStatus, letterStatus, madeFrom } from "./letter-status.js";
import {
  type FileRecord,
  folderKey,
  type Manifest,
  manifestPart,
  type RunRecord,
  readManifest,
  recordFor,
  setRecord,
  settleRecord,
  writeManifest,
} from "./manifest.js";
import { findOrphans, type Orphan } from "./orphans.js";
import { processAlive, THIS_RUN } from "./temp-file.js";

/**
 * One file this run may write: a letter in one format, with the hash of its inputs, the hash of its letter model (the
 * same for each format of the letter), and a way to render it (carrying both, see fingerprint.ts).
 */
export interface LetterJob {
  agency: string;
  format: Format;
  input: string;
  letter: string;
  render: () => Promise<Uint8Array>;
}

export type WriteReason = "missing" | "stale" | "forced";
/** Letters brev would not replace: changed by hand, or there without a record. */
export type RefusalReason = "edited" | "unrecorded";

export interface UpdateOptions {
  dispatch: string;
  brev: string;
  /** Agencies of the dispatch (all of them, not only the selected): the others' letters are orphans. */
  known: ReadonlySet<string>;
  force?: boolean;
  check?: boolean;
  prune?: boolean;
  lock: LockOptions;
  /** A shard's run: its records go to the manifest part of shard `index` of `count`, and it prunes nothing. */
  part?: { index: number; count: number };
  /** How many files this folder's run will render, once planned. */
  onPlanned?: (count: number) => void;
  /** How many renders to start ahead of the one being written (asked once planned); default none. */
  renderAhead?: () => number;
  onWritten?: () => void;
  /**
   * A whole run's record (output/run-record.ts): kept in the manifest when this folder's update ends clean, so the
   * next run that changes nothing can tell without composing; any other end removes the one there.
   */
  run?: RunRecord;
}

export interface DispatchUpdate {
  written: { agency: string; format: Format; file: string; reason: WriteReason }[];
  unchanged: { agency: string; format: Format; file: string }[];
  /** `earlier`: the file says (or its record) that it was made from an earlier version of the letter, so adopting it is no way to keep it. */
  refused: { agency: string; format: Format; file: string; reason: RefusalReason; earlier?: true }[];
  orphans: (Orphan & { file: string; pruned: boolean })[];
  /**
   * Letters whose files (after this run, or with `check` after the run it plans) were made from different inputs, or
   * (`handEdited`: those files) where some hold a clerk's adopted edit that the others, brev's renderings, do not.
   */
  disagreeing: { agency: string; files: string[]; handEdited?: string[] }[];
  warnings: Diagnostic[];
}

/**
 * Letters rendered and written between two manifest writes: 1, 2, 4, … up to this many. Small first batches put the
 * first files on disk at once; large later ones keep manifest writes few. A killed run loses at most one batch.
 */
const MAX_BATCH = 64;

interface Task {
  job: LetterJob;
  name: string;
  reason: WriteReason;
  /** The file there now, if any. */
  current?: FileNow;
  /** No record: write only if the new rendering is the same file (then it is brev's after all). */
  onlyIfSame: boolean;
}

export async function updateDispatch(folder: DispatchFolder, jobs: readonly LetterJob[], options: UpdateOptions): Promise<DispatchUpdate> {
  const lock = options.check ? undefined : await lockFolder(folder, options.lock);
  try {
    return await update(folder, jobs, options);
  } finally {
    await lock?.release();
  }
}

async function update(folder: DispatchFolder, jobs: readonly LetterJob[], options: UpdateOptions): Promise<DispatchUpdate> {
  const { manifest, warnings } = await readManifest(folder, options.dispatch, options.brev);
  if (options.part) manifest.target = { part: manifestPart(options.part.index, options.part.count), agencies: new Set(jobs.map((j) => j.agency)) };
  const result: DispatchUpdate = { written: [], unchanged: [], refused: [], orphans: [], disagreeing: [], warnings };
  if (!options.check) {
    for (const name of await folder.removeLeftovers(processAlive, THIS_RUN.host)) {
      warnings.push(fileWarning(folder.shown(name), say.output.tempFileOfOtherRun()));
    }
  }

  // Plan: what each letter needs, from its file and its record.
  const tasks: Task[] = [];
  const files = await currentFiles(folder, jobs);
  let settled = false;
  for (const [i, job] of jobs.entries()) {
    const name = letterFileName(job.agency, job.format);
    const file = folder.shown(name);
    const current = files[i];
    const record = recordFor(manifest, job.agency, job.format, current?.sha256);
    if (settleRecord(manifest, job.agency, job.format, current?.sha256)) settled = true;
    const at = stampAt(options.dispatch, name);
    const status: LetterStatus = letterStatus(current, job, record, at, formatSpec(job.format).stamped);
    const task = (reason: WriteReason, onlyIfSame = false) => tasks.push({ job, name, reason, onlyIfSame, ...(current !== undefined ? { current } : {}) });
    if (status === "unchanged") {
      if (options.force) task("forced");
      else result.unchanged.push({ agency: job.agency, format: job.format, file });
    } else if (status === "missing" || status === "stale") task(status);
    else if (options.force) task("forced");
    else if (status === "unrecorded" && !options.check) task("stale", true);
    else {
      const from = madeFrom(current, record, at);
      result.refused.push({
        agency: job.agency,
        format: job.format,
        file,
        reason: status,
        ...(from !== undefined && from !== job.letter ? { earlier: true } : {}),
      });
    }
  }
  const orphans = await findOrphans(folder, manifest, options.known, options.dispatch);

  if (options.check) {
    for (const t of tasks) result.written.push({ agency: t.job.agency, format: t.job.format, file: folder.shown(t.name), reason: t.reason });
    result.orphans = orphans.map((o) => ({ ...o, file: folder.shown(o.name), pruned: false }));
    result.disagreeing = await disagreeing(folder, manifest, jobs, files, result, options.dispatch);
    return result;
  }

  options.onPlanned?.(tasks.length);
  const rendered = renderAhead(tasks, options.renderAhead?.() ?? 0);
  for (let start = 0, size = 1; start < tasks.length; start += size, size = Math.min(size * 2, MAX_BATCH)) {
    await writeBatch(folder, manifest, tasks.slice(start, start + size), result, options, (i) => rendered(start + i));
  }

  if (options.prune) {
    // Delete first, then forget: a run killed in between leaves a record of a missing file, which the next prune drops.
    for (const o of orphans) if (o.state === "prunable") await folder.remove(o.name);
    for (const o of orphans) {
      if (o.state === "kept") continue;
      const files = manifest.letters[o.agency];
      const format = parseLetterFileName(o.name)?.format;
      if (files && format) delete files[format];
    }
  }
  result.orphans = orphans.map((o) => ({ ...o, file: folder.shown(o.name), pruned: Boolean(options.prune) && o.state !== "kept" }));
  // Parts copied in from a shard's folder are folded into the manifest by a run of the whole dispatch.
  const folding = !manifest.target && (manifest.parts?.length ?? 0) > 0;
  let write = tasks.length > 0 || options.prune || folding || settled;
  result.disagreeing = await disagreeing(folder, manifest, jobs, files, result, options.dispatch);
  if (!manifest.target) {
    // Clean: nothing refused, no two texts, no warning, and no orphan left (a prune that removed them all is clean).
    const clean = [result.refused, result.disagreeing, result.warnings].every((found) => found.length === 0) && result.orphans.every((o) => o.pruned);
    const adopted = Object.values(manifest.letters).some((files) => Object.values(files).some((r) => r?.adopted));
    const run = clean && !adopted && options.run ? { key: folderKey(options.run.key, manifest), files: options.run.files } : undefined;
    if (JSON.stringify(run) !== JSON.stringify(manifest.run)) {
      if (run) manifest.run = run;
      else delete manifest.run;
      write = true;
    }
  }
  if (write) await writeManifest(folder, manifest);
  return result;
}

/**
 * The letters whose formats now disagree: for each agency of the run, the letter each of its files was made from
 * (what this run wrote or found up to date: this run's letter; any other file, of a format this run did not touch
 * or that it left alone: what the file carries, else its record). Files of formats outside the run are read for it.
 * Made from one letter, they still disagree when one file is a clerk's adopted edit (its text the clerk's) and
 * another is brev's own rendering, which does not carry the edit: `handEdited` names the clerk's file (of the files that
 * hold the letter's text).
 */
async function disagreeing(
  folder: DispatchFolder,
  manifest: Manifest,
  jobs: readonly LetterJob[],
  files: readonly (FileNow | undefined)[],
  result: DispatchUpdate,
  dispatch: string,
): Promise<DispatchUpdate["disagreeing"]> {
  const current = new Set([...result.written, ...result.unchanged].map((f) => `${f.agency}.${f.format}`));
  const written = new Set(result.written.map((f) => `${f.agency}.${f.format}`));
  /** Per agency and format: the letter the file was made from, and whether it is a clerk's adopted text. */
  const letters = new Map<string, Map<Format, { letter: string; clerks: boolean }>>();
  const note = (agency: string, format: Format, letter: string | undefined, clerks: boolean) => {
    if (letter === undefined) return;
    const found = letters.get(agency) ?? new Map<Format, { letter: string; clerks: boolean }>();
    found.set(format, { letter, clerks });
    letters.set(agency, found);
  };
  /** A file the manifest records as the clerk's adopted text (bytes as adopted, its text not found to be brev's). */
  const clerksText = (file: FileNow | undefined, record: FileRecord | undefined) =>
    Boolean(file && record?.adopted && !record.sameText && file.sha256 === record.sha256);
  for (const [i, job] of jobs.entries()) {
    // A dispatch's own file (journal.csv) is no agency's letter.
    if (dispatchFormat(job.format)) continue;
    const record = recordFor(manifest, job.agency, job.format, files[i]?.sha256);
    const key = `${job.agency}.${job.format}`;
    if (current.has(key)) note(job.agency, job.format, job.letter, !written.has(key) && clerksText(files[i], record));
    else note(job.agency, job.format, madeFrom(files[i], record, stampAt(dispatch, letterFileName(job.agency, job.format))), clerksText(files[i], record));
  }
  for (const agency of new Set(jobs.filter((j) => !dispatchFormat(j.format)).map((j) => j.agency))) {
    for (const format of LETTER_FORMATS) {
      if (jobs.some((j) => j.agency === agency && j.format === format)) continue;
      const name = letterFileName(agency, format);
      if ((await folder.kind(name)) !== "file") continue;
      const file = await folder.inspect(name, format);
      const record = recordFor(manifest, agency, format, file?.sha256);
      note(agency, format, madeFrom(file, record, stampAt(dispatch, name)), clerksText(file, record));
    }
  }
  const found: DispatchUpdate["disagreeing"] = [];
  const shown = (agency: string, format: Format) => folder.shown(letterFileName(agency, format));
  for (const [agency, byFormat] of letters) {
    const files = [...byFormat.keys()].map((f) => shown(agency, f));
    if (new Set([...byFormat.values()].map((v) => v.letter)).size > 1) found.push({ agency, files });
    else {
      // One letter, but a clerk's text beside brev's: two texts unless every format that holds the text is the
      // clerk's (the arkivmelding holds none: it describes the letter).
      const texts = [...byFormat].filter(([f]) => formatSpec(f).text);
      const clerks = texts.filter(([, v]) => v.clerks).map(([f]) => f);
      if (clerks.length > 0 && clerks.length < texts.length) {
        found.push({ agency, files: texts.map(([f]) => shown(agency, f)), handEdited: clerks.map((f) => shown(agency, f)) });
      }
    }
  }
  return found;
}

/** Files read at once while planning: reading them one after the other left the disk waiting on each. */
const READ_AHEAD = 32;

/** Each job's file as it is now (undefined where there is none), in the jobs' order: read in chunks, never held whole. */
async function currentFiles(folder: DispatchFolder, jobs: readonly LetterJob[]): Promise<(FileNow | undefined)[]> {
  const files: (FileNow | undefined)[] = [];
  for (let start = 0; start < jobs.length; start += READ_AHEAD) {
    const chunk = jobs.slice(start, start + READ_AHEAD).map(async (job) => {
      const name = letterFileName(job.agency, job.format);
      if ((await folder.expectFileOrNothing(name)) !== "file") return undefined;
      const file = await folder.inspect(name, job.format);
      return file && { sha256: file.sha256, ...(file.stamp ? { stamp: file.stamp } : {}) };
    });
    files.push(...(await Promise.all(chunk)));
  }
  return files;
}

/**
 * Renders ahead of the writes: asking for task i starts the renders up to i + `ahead`, so render threads keep working
 * while files are written and synced, and at most that many finished files wait in memory. Rendering on this thread
 * gains nothing from it (and would hold back the first files), so it asks for none.
 */
function renderAhead(tasks: readonly Task[], ahead: number): (i: number) => Promise<Uint8Array> {
  const started: Promise<Uint8Array>[] = [];
  return (i) => {
    for (let j = started.length; j <= Math.min(i + ahead, tasks.length - 1); j++) {
      const rendering = (tasks[j] as Task).job.render();
      // Awaited in order later; a failure is reported then, not as an unhandled rejection now.
      rendering.catch(() => undefined);
      started.push(rendering);
    }
    const rendering = started[i] as Promise<Uint8Array>;
    // Done with it once taken: the bytes are not kept here.
    delete started[i];
    return rendering;
  };
}

async function writeBatch(
  folder: DispatchFolder,
  manifest: Manifest,
  batch: Task[],
  result: DispatchUpdate,
  options: UpdateOptions,
  renderedAt: (i: number) => Promise<Uint8Array>,
): Promise<void> {
  const rendered: { task: Task; bytes: Uint8Array; hash: string }[] = [];
  for (const [i, task] of batch.entries()) {
    // Let the event loop breathe between letters: a waiting run asking who holds the lock gets its answer.
    await new Promise((resolve) => setImmediate(resolve));
    const bytes = await renderedAt(i);
    const hash = sha256(bytes);
    const { agency, format } = task.job;
    if (task.onlyIfSame) {
      if (hash === task.current?.sha256) {
        // The file is exactly what brev writes (a run was killed before it could record it): record it now.
        setRecord(manifest, agency, format, { input: task.job.input, sha256: hash, letter: task.job.letter });
        result.unchanged.push({ agency, format, file: folder.shown(task.name) });
      } else result.refused.push({ agency, format, file: folder.shown(task.name), reason: "unrecorded" });
      continue;
    }
    rendered.push({ task, bytes, hash });
  }
  if (rendered.length === 0) {
    if (batch.length > 0) await writeManifest(folder, manifest);
    return;
  }
  // Before any file changes, the manifest vouches for both the file there now and the one about to replace it;
  // a file that is not there yet has no record until it is written (a run killed in between leaves a file without
  // a record, which the next run finds to be exactly what brev writes, and records).
  for (const { task, hash } of rendered) {
    const { agency, format, input, letter } = task.job;
    if (task.current) setRecord(manifest, agency, format, { input, sha256: hash, letter, replacing: task.current.sha256 });
    else delete manifest.letters[agency]?.[format];
  }
  await writeManifest(folder, manifest);
  try {
    for (const { task, bytes, hash } of rendered) {
      await folder.write(task.name, bytes);
      setRecord(manifest, task.job.agency, task.job.format, { input: task.job.input, sha256: hash, letter: task.job.letter });
      result.written.push({ agency: task.job.agency, format: task.job.format, file: folder.shown(task.name), reason: task.reason });
      options.onWritten?.();
    }
  } catch (e) {
    // Keep the records of what was written (best effort: on a full disk this write may fail too).
    await writeManifest(folder, manifest).catch(() => undefined);
    throw e;
  }
}

function fileWarning(file: string, said: Said): Diagnostic {
  return { file, line: 1, col: 1, path: "", severity: "warning", ...said };
}
