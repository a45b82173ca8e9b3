// Module hooks for a render thread run from the TypeScript source (see render-worker-source.mjs): an import of
// "./x.js" from a .ts module finds x.ts, as the build's would find x.js; a .ts module is given to Node with its types
// removed, one file at a time and unchecked (tsc checks the source), by the transform vitest itself runs on the
// tests (vite's transformWithOxc: it starts in a fifth of the time TypeScript's compiler takes to load).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { transformWithOxc } from "vite";

export async function resolve(specifier, context, nextResolve) {
  if (/^\.\.?\/.*\.js$/.test(specifier) && context.parentURL?.endsWith(".ts")) {
    try {
      return await nextResolve(specifier.replace(/\.js$/, ".ts"), context);
    } catch {
      // no .ts beside it: a plain .js module
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transformWithOxc(await readFile(file, "utf8"), file);
  return { format: "module", source: code, shortCircuit: true };
}
