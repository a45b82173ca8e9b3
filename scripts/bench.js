#!/usr/bin/env node
// brev's bench: each figure of the speed targets, measured in this run against an anchor measured in the same run
// (a bare `node -e 0`, and Typst making the same letters). Not a test: timings are noisy; the README shows one run.
//   npm run bench -- [agencies] [--memory] [--json file]
// With --memory, only the peak memory of `generate --force` over that many agencies (e.g. 10000).
// It runs the built code in dist/ (npm ci and npm test build it).
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { composeLetters } from "../dist/api/letters.js";
import { prepareRenderers } from "../dist/render/renderers.js";
import { previewLatency } from "./bench/preview-latency.js";
import { benchProject, REGISTRY, REPO } from "./bench/workspace.js";

const args = process.argv.slice(2);
const memory = args.includes("--memory");
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : path.join(REPO, "out", "bench.json");
const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--json") ?? (memory ? 10000 : 1000));
const BREV = path.join(REPO, "bin/brev.js");
const WARM_UP = 20;
const STEADY = Math.min(count, 300);

/** Wall time of one process, in ms; fails the bench when it fails. */
function wall(command, argv, cwd, env = {}) {
  const start = performance.now();
  const r = spawnSync(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout.toString(), status: r.status };
}
/** Wall time of several processes started together, until the last ends. */
async function allAtOnce(argvs, cwd) {
  const start = performance.now();
  await Promise.all(
    argvs.map(
      (argv) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, argv, { cwd, stdio: "ignore" });
          child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${argv.join(" ")} exited ${code}`))));
        }),
    ),
  );
  return performance.now() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const coldMs = (argv, cwd, runs = 7) => median(Array.from({ length: runs }, () => wall(process.execPath, argv, cwd).ms));
/** `taskset -c 0` when there is one: the anchor runs on one core. */
const oneCore = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
const pinned = (argv) => (oneCore ? ["taskset", ["-c", "0", process.execPath, ...argv]] : [process.execPath, argv]);

const figures = [];
function figure(name, value, unit, target, ratio) {
  figures.push({ name, value, unit, target: target.text, ratio, pass: ratio === undefined ? value <= target.max : ratio <= target.max });
}

async function inProcessPerLetter(format, letters, images) {
  const renderers = await prepareRenderers([format], {}, images);
  for (const l of letters.slice(0, WARM_UP)) await renderers.render(format, l.model);
  const steady = letters.slice(WARM_UP, WARM_UP + STEADY);
  const start = performance.now();
  for (const l of steady) await renderers.render(format, l.model);
  return (performance.now() - start) / steady.length;
}

/** ms per PDF of `generate -f pdf --force` on one core (STEADY letters less 10), and Typst's, names only differing. */
async function perLetterThroughCli() {
  const run = async (letters) => {
    const project = await benchProject(letters, { nameOnly: true });
    try {
      const [command, argv] = pinned([BREV, "generate", "-f", "pdf", "--force", "-q"]);
      return median(Array.from({ length: 3 }, () => wall(command, argv, project).ms));
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  };
  const brev = ((await run(STEADY)) - (await run(10))) / (STEADY - 10);
  const project = await benchProject(STEADY, { nameOnly: true });
  try {
    const [command, argv] = pinned([path.join(REPO, "scripts/bench/typst-run.js"), project, REGISTRY, String(STEADY)]);
    return { brev, typst: JSON.parse(wall(command, argv, REPO).stdout).perLetterMs };
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

console.log(`brev bench: node ${process.version}, ${availableParallelism()} cores, ${count} agencies${memory ? ", memory" : ""}`);
const project = await benchProject(count);
try {
  if (memory) {
    const rssFile = path.join(await mkdtemp(path.join(tmpdir(), "brev-bench-rss-")), "rss");
    const run = wall(
      process.execPath,
      ["--import", pathToFileURL(path.join(REPO, "scripts/bench/peak-rss.js")).href, BREV, "generate", "--force", "-q"],
      project,
      {
        BREV_BENCH_RSS_FILE: rssFile,
      },
    );
    const bytes = Number(await readFile(rssFile, "utf8"));
    figure(`peak RSS, generate --force, ${count} agencies (PDF+DOCX)`, bytes / 2 ** 20, "MB", { text: "<= 400 MB", max: 400 });
    console.log(`(that run took ${(run.ms / 1000).toFixed(1)} s)`);
  } else {
    const node = coldMs(["-e", "0"], project, 11);
    const [tCommand, tArgs] = pinned([path.join(REPO, "scripts/bench/typst-run.js"), project, REGISTRY, String(count)]);
    const typst = JSON.parse(wall(tCommand, tArgs, REPO).stdout);

    const { letters, images } = await composeLetters([REGISTRY], { cwd: project });
    const pdf = await inProcessPerLetter("pdf", letters, images);
    const docx = await inProcessPerLetter("docx", letters, images);
    figure("PDF render per letter, in-process, steady", pdf, "ms", { text: "<= 2x Typst per letter", max: 2 }, pdf / typst.perLetterMs);
    figure("DOCX render per letter, in-process", docx, "ms", { text: "<= 1x Typst per letter", max: 1 }, docx / typst.perLetterMs);

    const first = wall(process.execPath, [BREV, "generate", "--force", "-q"], project).ms;
    figure(
      `generate --force, ${count} agencies, PDF+DOCX, whole CLI`,
      first,
      "ms",
      { text: `<= 1.5x Typst ${count} PDFs, one core`, max: 1.5 },
      first / typst.allMs,
    );
    // The CI matrix on this machine: 4 shard processes at once, each into its own folder (as matrix jobs are),
    // against the one whole run above.
    const shards = await allAtOnce(
      Array.from({ length: 4 }, (_, i) => [BREV, "generate", "--force", "-q", "--shard", `${i + 1}/4`, "-o", path.join(project, `shard-${i + 1}`)]),
      project,
    );
    figure(
      `4 shards at once on ${availableParallelism()} cores, ${count} agencies, PDF+DOCX`,
      shards,
      "ms",
      { text: "<= 1x the one whole run", max: 1 },
      shards / first,
    );
    const again = wall(process.execPath, [BREV, "generate", "-q"], project).ms;
    figure(`no-change rerun, ${count} agencies, whole CLI`, again, "ms", { text: "<= 6x node -e 0", max: 6 }, again / node);

    const sample = await benchProject();
    try {
      const validate = coldMs([BREV, "validate", "-q"], sample);
      figure("validate of the sample, cold", validate, "ms", { text: "<= 3x node -e 0", max: 3 }, validate / node);
      const one = coldMs([BREV, "generate", "-a", "dss", "-f", "pdf", "--force", "-q"], sample);
      figure("generate -a dss -f pdf --force, cold", one, "ms", { text: "<= 4x node -e 0", max: 4 }, one / node);
      const shown = await previewLatency({ project: sample, agencyIndex: 0 });
      figure(
        "preview: saved edit to the letter shown in chromium, sample (median of 10)",
        shown.medianMs,
        "ms",
        { text: "<= 1.2x node -e 0", max: 1.2 },
        shown.medianMs / node,
      );
    } finally {
      await rm(sample, { recursive: true, force: true });
    }
    const large = await benchProject(STEADY);
    try {
      const shown = await previewLatency({ project: large, agencyIndex: Math.floor(STEADY / 2) });
      figure(`preview: the same, ${STEADY} agencies, a letter in the middle`, shown.medianMs, "ms", { text: "<= 2x node -e 0", max: 2 }, shown.medianMs / node);
    } finally {
      await rm(large, { recursive: true, force: true });
    }
    // Per letter through the whole CLI on one core, on a dispatch whose letters differ in the name only: the run of
    // STEADY letters less the run of 10 (start, fonts, first letters), per letter; against Typst's steady letter on
    // the same kind of dispatch.
    const cliPerLetter = await perLetterThroughCli();
    figure(
      `PDF per letter, whole CLI, one core (${STEADY} - 10 letters, names only differ)`,
      cliPerLetter.brev,
      "ms",
      { text: "<= 2x Typst per letter, same dispatch", max: 2 },
      cliPerLetter.brev / cliPerLetter.typst,
    );
    console.log(
      `anchors: node -e 0 ${node.toFixed(0)} ms; Typst ${typst.perLetterMs.toFixed(2)} ms per letter, ${typst.letters} PDFs in ${typst.allMs.toFixed(0)} ms${oneCore ? " on one core" : ""}`,
    );
  }
} finally {
  await rm(project, { recursive: true, force: true });
}

const cell = (f) => `${f.value.toFixed(f.unit === "MB" ? 0 : f.value < 10 ? 2 : 0)} ${f.unit}${f.ratio === undefined ? "" : ` (${f.ratio.toFixed(2)}x)`}`;
console.log("");
console.log("| figure | measured | target | |");
console.log("|---|---|---|---|");
for (const f of figures) console.log(`| ${f.name} | ${cell(f)} | ${f.target} | ${f.pass ? "PASS" : "FAIL"} |`);
await writeFile(jsonFile, `${JSON.stringify({ node: process.version, agencies: count, memory, figures }, null, 2)}\n`).catch(() => {});
console.log(`\n(as JSON: ${path.relative(process.cwd(), jsonFile)})`);
