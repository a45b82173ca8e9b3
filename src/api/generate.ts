// `generate`: registries -> letter models -> PDF and DOCX files under out/, re-rendering only what changed.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { LetterModel } from "../compose/letter-model.js";
import type { Diagnostic } from "../diagnostic.js";
import { BrevError, FileError } from "../errors.js";
import { sha256 } from "../output/hash.js";
import { FORMATS, type Format, letterPath } from "../output/letter-path.js";
import { type LetterStatus, letterStatus } from "../output/letter-status.js";
import { type Manifest, readManifest, writeManifest } from "../output/manifest.js";
import { findOrphans, removeLeftovers } from "../output/orphans.js";
import { writeAtomic } from "../output/write-atomic.js";
import { createDocxRenderer } from "../render/docx.js";
import { createPdfRenderer } from "../render/pdf.js";
import { brevVersion } from "../version.js";
import { loadFonts, rendererFingerprint } from "./assets.js";
import type { BrevContext } from "./context.js";
import { displayPath, loadDispatches } from "./load-dispatches.js";
import { type PreparedLetter, prepareLetters } from "./prepare-letters.js";
import { selectAgencies } from "./select-agencies.js";
import { inShard, type Shard } from "./shard.js";
import { TemplateStore } from "./template-store.js";

export interface GenerateOptions {
  registries?: readonly string[];
  agencies?: readonly string[];
  formats?: readonly Format[];
  /** Output folder; default `<cwd>/out`. */
  outDir?: string;
  /** Render every selected letter, even those up to date. */
  force?: boolean;
  /** Write nothing; report what a run would write. */
  check?: boolean;
  /** Delete letters of agencies no longer in the registry. */
  prune?: boolean;
  shard?: Shard;
  onProgress?: (done: number, total: number) => void;
}

export interface LetterFile {
  dispatch: string;
  agency: string;
  format: Format;
  /** Path as shown to the user (relative to cwd when inside it). */
  path: string;
}

export interface GenerateReport {
  /** Files written (or, with `check`, that would be written), with why. */
  written: (LetterFile & { reason: LetterStatus | "forced" })[];
  unchanged: LetterFile[];
  /** Files of agencies no longer in the registry (deleted when `pruned`). */
  orphaned: { dispatch: string; path: string }[];
  pruned: boolean;
  warnings: Diagnostic[];
  /** Errors that stopped some letters (template problems); the rest were handled. */
  errors: Diagnostic[];
}

/** Save progress this often, so a killed run keeps most of its work. */
const CHECKPOINT_EVERY = 100;

export async function generate(options: GenerateOptions, ctx: BrevContext): Promise<GenerateReport> {
  const { dispatches, warnings } = await loadDispatches(options.registries ?? [], ctx);
  const byAgency = selectAgencies(dispatches, options.agencies);
  const { shard } = options;
  const { letters, diagnostics } = await prepareLetters(
    dispatches,
    new TemplateStore(ctx),
    (e) => byAgency(e) && (!shard || inShard(shard, e.dispatchId, e.agency.id)),
  );
  const formats = options.formats && options.formats.length > 0 ? FORMATS.filter((f) => options.formats?.includes(f)) : FORMATS;
  const outDir = path.resolve(ctx.cwd, options.outDir ?? "out");
  const version = brevVersion();
  const fonts = formats.includes("pdf") ? await loadFonts(ctx.fontFiles) : undefined;
  const write = guardedWrite(ctx.writeFile ?? writeAtomic);
  const fileDate = ctx.fileDate;
  // Everything besides the letter model that shapes a file; a change here re-renders every letter.
  const fingerprint = sha256(
    JSON.stringify({
      brev: version,
      renderers: await rendererFingerprint(),
      fileDate: fileDate?.toISOString() ?? null,
      fonts: fonts ? Object.values(fonts).map((f) => sha256(f)) : null,
    }),
  );
  const inputHash = (model: LetterModel, format: Format) => sha256(`${fingerprint}\n${format}\n${JSON.stringify(model)}`);
  // Made on first use, so a --check run or a run with nothing to do sets up no renderer.
  const made: Partial<Record<Format, (m: LetterModel) => Promise<Uint8Array>>> = {};
  const renderer = (format: Format) =>
    (made[format] ??= format === "pdf" && fonts ? createPdfRenderer(fonts, fileDate ? { fileDate } : {}) : createDocxRenderer(fileDate ? { fileDate } : {}));

  const report: GenerateReport = { written: [], unchanged: [], orphaned: [], pruned: false, warnings, errors: diagnostics };
  const shown = (file: string) => displayPath(file, ctx);

  // Plan first: which files need writing, and which agencies are gone.
  type Task = { letter: PreparedLetter; format: Format; file: string; input: string; reason: LetterStatus | "forced" };
  const plans: { dir: string; manifest: Manifest; tasks: Task[]; orphans: string[] }[] = [];
  for (const { dispatch } of dispatches) {
    const dir = path.join(outDir, dispatch.id);
    const manifest = await readManifest(dir, dispatch.id, version);
    const tasks: Task[] = [];
    for (const letter of letters.filter((l) => l.dispatchId === dispatch.id)) {
      for (const format of formats) {
        const file = letterPath(outDir, dispatch.id, letter.agencyId, format);
        const input = inputHash(letter.model, format);
        const status = await letterStatus(file, input, manifest.letters[letter.agencyId]?.[format]);
        const item = { dispatch: dispatch.id, agency: letter.agencyId, format, path: shown(file) };
        if (status === "unchanged" && !options.force) report.unchanged.push(item);
        else tasks.push({ letter, format, file, input, reason: status === "unchanged" ? "forced" : status });
      }
    }
    const orphans = await findOrphans(dir, manifest, new Set(dispatch.entries.map((e) => e.agency.id)));
    report.orphaned.push(...orphans.map((name) => ({ dispatch: dispatch.id, path: shown(path.join(dir, name)) })));
    plans.push({ dir, manifest, tasks, orphans });
  }
  const total = plans.reduce((n, p) => n + p.tasks.length, 0);
  if (options.check) {
    for (const p of plans) for (const t of p.tasks) report.written.push(fileOf(t, shown));
    return report;
  }

  let done = 0;
  for (const { dir, manifest, tasks, orphans } of plans) {
    const pruning = options.prune && orphans.length > 0;
    if (tasks.length === 0 && !pruning) continue;
    await removeLeftovers(dir);
    // The manifest never claims a file that is about to change or go: drop those records before touching the files.
    for (const t of tasks) delete manifest.letters[t.letter.agencyId]?.[t.format];
    if (pruning) for (const name of orphans) delete manifest.letters[name.replace(/\.(pdf|docx)$/, "")];
    await writeManifest(dir, manifest, write);
    try {
      for (const [i, t] of tasks.entries()) {
        const bytes = await renderer(t.format)(t.letter.model);
        await write(t.file, bytes);
        manifest.letters[t.letter.agencyId] = { ...manifest.letters[t.letter.agencyId], [t.format]: { input: t.input, sha256: sha256(bytes) } };
        report.written.push(fileOf(t, shown));
        options.onProgress?.(++done, total);
        if ((i + 1) % CHECKPOINT_EVERY === 0) await writeManifest(dir, manifest, write);
      }
    } catch (e) {
      // Keep what was written before the failure (best effort: on a full disk this write may fail too).
      await writeManifest(dir, manifest, write).catch(() => undefined);
      throw e;
    }
    if (pruning) {
      for (const name of orphans) await rm(path.join(dir, name), { force: true });
      report.pruned = true;
    }
    await writeManifest(dir, manifest, write);
  }
  return report;
}

/** Any write failure becomes a FileError naming the file (exit 3), whoever did the writing. */
function guardedWrite(write: (file: string, bytes: Uint8Array) => Promise<void>) {
  return async (file: string, bytes: Uint8Array) => {
    try {
      await write(file, bytes);
    } catch (e) {
      if (e instanceof BrevError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new FileError(`cannot write ${file}${code ? ` (${code})` : ""}: ${(e as Error).message}`, file, e);
    }
  };
}

function fileOf(t: { letter: PreparedLetter; format: Format; file: string; reason: LetterStatus | "forced" }, shown: (f: string) => string) {
  return { dispatch: t.letter.dispatchId, agency: t.letter.agencyId, format: t.format, path: shown(t.file), reason: t.reason };
}
