// Sets up the renderers a run needs: fonts read once (only when a format embeds them), each renderer made on first
// use, and, per format, everything besides the letter model that shapes its files (for the manifest's fingerprint).
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { FontFiles, OutputFormat, RenderAssets, RenderOptions } from "../model/formats.js";
import { type Format, formatSpec } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { sha256 } from "../shared/hash.js";
import { type FontStyle, loadFonts } from "./fonts.js";
import { rendererMaker } from "./loaders.js";
import { type RenderPool, startRenderPool } from "./render-pool.js";

export interface RendererOptions {
  /** The date written into every file; default each letter's own date. */
  fileDate?: Date;
  /** Font files to embed, by style; default Arimo from its npm package. */
  fontFiles?: Partial<Record<FontStyle, string>>;
  /** The installed version of an npm package; default read from node_modules. Tests stand in an upgrade here. */
  libraryVersion?: (pkg: string) => string;
  /** Worker threads to render on; default one per core for a run of many files. Fewer than 2 renders on the calling thread. */
  renderThreads?: number;
}

/**
 * By default a run renders on threads from this many files: starting them and warming their caches costs more than
 * they give below it (measured on 2 cores: 600 files 8.6 s on threads, 7.9 s on the main thread; 2000 files 19.0 s
 * and 21.4 s).
 */
const THREADS_FROM = 1000;

export interface Renderers {
  render(format: Format, model: LetterModel): Promise<Uint8Array>;
  /**
   * Told how many files are about to be rendered: a run of many renders on worker threads, one per core (starting
   * them costs more than a few letters take).
   */
  expect(files: number): void;
  /** How many renders are worth starting ahead of the one being written: a few per thread, none without threads. */
  ahead(): number;
  /** Stops the worker threads, if any. */
  close(): Promise<void>;
  /** Per format: the renderers' code, its libraries' installed versions, and its assets (fonts), as hashes. */
  shapedBy: Record<Format, string[]>;
}

export async function prepareRenderers(
  formats: readonly Format[],
  options: RendererOptions = {},
  images: RenderAssets["images"] = new Map(),
  /** The letter formats the run writes (the renderers are told, see RenderOptions.formats); default `formats`. */
  written: readonly Format[] = formats,
  /** What `shaping` gave for these formats, when the caller has it already (its fonts are not read again). */
  shaped?: Shaping,
): Promise<Renderers> {
  const specs = formats.map(formatSpec);
  const { shapedBy, fonts } = shaped ?? (await shaping(formats, options, written));
  const assets: RenderAssets = { images, ...(fonts && specs.some((f) => f.fonts) ? { fonts } : {}) };
  const renderOptions: RenderOptions = { ...(options.fileDate ? { fileDate: options.fileDate } : {}), formats: written };
  const rendererFor = rendererMaker(assets, renderOptions);
  let pool: RenderPool | undefined;
  return {
    shapedBy,
    expect(files) {
      const threads = Math.min(options.renderThreads ?? (files >= THREADS_FROM ? availableParallelism() : 1), files);
      if (!pool && threads >= 2) {
        pool = startRenderPool(threads, { assets, options: renderOptions });
      }
    },
    ahead: () => (pool ? 4 * pool.size : 0),
    async close() {
      await pool?.close();
      pool = undefined;
    },
    async render(format, model) {
      if (pool) return pool.render(format, model);
      return (await rendererFor(format))(model);
    },
  };
}

/** Per format, what shapes its files besides the letter (see Renderers.shapedBy); and the fonts, when read for it. */
export interface Shaping {
  shapedBy: Record<Format, string[]>;
  fonts: FontFiles | undefined;
}

export async function shaping(formats: readonly Format[], options: RendererOptions = {}, written: readonly Format[] = formats): Promise<Shaping> {
  const specs = formats.map(formatSpec);
  const named = (spec: OutputFormat) => (spec.names ?? []).map((id) => formatSpec(id as Format));
  // Fonts are read when a format embeds them, or names the files of one that does (their hashes shape its inputs).
  const fonts = specs.some((f) => f.fonts || named(f).some((n) => n.fonts)) ? await loadFonts(options.fontFiles) : undefined;
  const code = await rendererCode();
  const version = options.libraryVersion ?? installedVersion;
  const shapes = (spec: OutputFormat) => [
    ...spec.libraries.map((pkg) => `${pkg}@${version(pkg)}`),
    ...(spec.fonts && fonts ? Object.entries(fonts).map(([style, bytes]) => `font:${style}:${sha256(bytes)}`) : []),
  ];
  // A format that names other formats' files is rewritten whenever they are (what shapes them shapes it), and
  // whenever the run writes other formats (it names only the files the run writes).
  const shapedBy = Object.fromEntries(
    specs.map((spec) => [
      spec.id,
      [
        `code:${code}`,
        ...shapes(spec),
        ...named(spec).flatMap((other) => shapes(other).map((s) => `${other.id}:${s}`)),
        ...(spec.names || spec.scope === "dispatch" ? [`formats:${written.join(",")}`] : []),
      ],
    ]),
  ) as Record<Format, string[]>;
  return { shapedBy, fonts };
}

/**
 * A hash of the renderers' own code, so a changed renderer re-renders every letter even within one brev version. Read
 * once per process: the code that runs is the code there was when it was loaded.
 */
let code: Promise<string> | undefined;
function rendererCode(): Promise<string> {
  code ??= hashRendererCode();
  return code;
}

async function hashRendererCode(): Promise<string> {
  const dir = new URL("./", import.meta.url);
  const names = (await readdir(dir)).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith(".d.ts")).sort();
  const parts = await Promise.all(names.map(async (n) => `${n}:${sha256(await readFile(new URL(n, dir)))}`));
  return sha256(parts.join("\n"));
}

const requireHere = createRequire(import.meta.url);
const versions = new Map<string, string>();

/** The version in the package.json of the copy of `pkg` that brev loads (found from its entry when not exported). */
export function installedVersion(pkg: string): string {
  let found = versions.get(pkg);
  if (found) return found;
  let dir = path.dirname(requireHere.resolve(pkg));
  for (;;) {
    try {
      const data = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (data.name === pkg && data.version) {
        found = data.version;
        break;
      }
    } catch {
      // no package.json here: look one folder up
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the installed version of ${pkg}`);
    dir = up;
  }
  versions.set(pkg, found);
  return found;
}
