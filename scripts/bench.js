#!/usr/bin/env node
// Benchmark brev on a generated registry of N agencies (default 1000) made from the sample's five.
//   npm run bench -- [agencies]
// Prints per-stage times (in-process) and the wall time of whole CLI runs: a first run, and a run with nothing to do.
// It runs the built code in dist/ (npm run build, which npm test and npm ci also do).
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { prepareLetters } from "../dist/compose/prepare-letters.js";
import { TemplateStore } from "../dist/compose/template-store.js";
import { loadDispatches } from "../dist/registry/load-dispatches.js";
import { createDocxRenderer } from "../dist/render/docx.js";
import { loadFonts } from "../dist/render/fonts.js";
import { createPdfRenderer } from "../dist/render/pdf.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[2] ?? 1000);

async function workspace(agencies) {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-bench-"));
  await cp(path.join(repo, "templates"), path.join(dir, "templates"), { recursive: true });
  const sample = parse(await readFile(path.join(repo, "data/inkluderingsdugnaden-2020.yaml"), "utf8"));
  if (agencies !== undefined) {
    const base = sample.agencies;
    sample.agencies = Array.from({ length: agencies }, (_, i) => ({ ...base[i % base.length], id: `agency-${i}`, name: `${base[i % base.length].name} ${i}` }));
  }
  await cp(path.join(repo, "data"), path.join(dir, "data"), { recursive: true });
  await writeFile(path.join(dir, "data/inkluderingsdugnaden-2020.yaml"), stringify(sample));
  return dir;
}

function cliMs(dir, args) {
  const start = performance.now();
  execFileSync(process.execPath, [path.join(repo, "bin/brev.js"), ...args], { cwd: dir, stdio: "ignore" });
  return performance.now() - start;
}

const row = (label, ms, per) =>
  console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms${per ? `  ${(ms / per).toFixed(2).padStart(7)} ms/letter` : ""}`);

console.log(`brev bench: node ${process.version}, ${count} agencies (${count * 2} files)`);

// Stages, in one process.
const dir = await workspace(count);
const ctx = { cwd: dir };
let t = performance.now();
const { dispatches } = await loadDispatches([], ctx);
row("load + validate", performance.now() - t, count);
t = performance.now();
const { letters } = await prepareLetters(dispatches, new TemplateStore(ctx));
row("compose", performance.now() - t, count);
const pdf = createPdfRenderer(await loadFonts());
t = performance.now();
for (const l of letters) await pdf(l.model);
row("render PDF", performance.now() - t, count);
const docx = createDocxRenderer();
t = performance.now();
for (const l of letters) await docx(l.model);
row("render DOCX", performance.now() - t, count);

// Whole CLI runs.
row(`brev generate, first run (${count})`, cliMs(dir, ["generate", "-q"]), count);
row(`brev generate, nothing changed (${count})`, cliMs(dir, ["generate", "-q"]));
row(`brev generate --check (${count})`, cliMs(dir, ["generate", "--check", "-q"]));
await rm(dir, { recursive: true, force: true });

const sample = await workspace();
row("brev generate, first run (sample, 5)", cliMs(sample, ["generate", "-q"]));
row("brev generate, nothing changed (sample, 5)", cliMs(sample, ["generate", "-q"]));
await rm(sample, { recursive: true, force: true });
