#!/usr/bin/env node
// Benchmark: compose and render N synthetic agencies (default 200) from the sample dispatch, and time each stage.
// Usage: npm run bench -- [agencies]   (runs the built library in dist/, so `npm run build` first)
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { createDocxRenderer, createPdfRenderer, loadDispatches, loadFonts, prepareLetters, TemplateStore } from "../dist/index.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[2] ?? 200);

const sample = parse(await readFile(path.join(repo, "data/inkluderingsdugnaden-2020.yaml"), "utf8"));
const base = sample.agencies;
sample.agencies = Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `agency-${i}`, name: `${base[i % base.length].name} ${i}` }));
const dir = await mkdtemp(path.join(tmpdir(), "brev-bench-"));
const registry = path.join(dir, "bench.yaml");
await writeFile(registry, stringify(sample));

const ctx = { cwd: repo };
const time = async (label, fn) => {
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / count).toFixed(2).padStart(7)} ms/letter`);
  return result;
};

console.log(`brev bench: ${count} agencies, node ${process.version}`);
const { dispatches } = await time("load + validate", () => loadDispatches([registry], ctx));
const { letters } = await time("compose", () => prepareLetters(dispatches, new TemplateStore(ctx)));
const pdf = createPdfRenderer(await loadFonts());
const docx = createDocxRenderer();
await time("render PDF", async () => {
  for (const l of letters) await pdf(l.model);
});
await time("render DOCX", async () => {
  for (const l of letters) await docx(l.model);
});
await rm(dir, { recursive: true, force: true });
