#!/usr/bin/env node
// The hostile inputs of issue 17 that once took gigabytes, minutes or the process: each is made in a scratch project
// and run through the built CLI, printing its exit code, wall time and peak resident memory (the bench's preload
// measures it from inside the process, worker threads included). Not a test: the tests assert the outcomes; this
// shows what they cost.   npm run build && node scripts/bombs.js
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, cpSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// BREV_CLI runs another build (say, an older commit's) on the same cases.
const BREV = process.env.BREV_CLI ?? path.join(REPO, "bin/brev.js");
const FIXTURE = path.join(REPO, "test/fixtures/bad/in-logo-png-0x0");
const PEAK = pathToFileURL(path.join(REPO, "scripts/bench/peak-rss.js")).href;

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A 30000 x 30000 PNG whose pixels are all zero, deflated a row at a time (under 2 MB on disk). */
function hugePng(colour, bytesPerPixel, palette) {
  const side = 30000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8;
  ihdr[9] = colour;
  const row = Buffer.alloc(1 + side * bytesPerPixel);
  const raw = Buffer.alloc(row.length * side);
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr)];
  if (palette) parts.push(chunk("PLTE", Buffer.from([255, 0, 0])), chunk("tRNS", Buffer.from([0])));
  parts.push(chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)));
  return Buffer.concat(parts);
}

// A child's peak memory starts from its parent's (Linux keeps it across fork and exec): the 1.8 GB of zero pixels
// the big PNGs are deflated from are made in a process of their own, so the runs below start small.
if (process.argv[2] === "--png") {
  const [colour, bytesPerPixel, file] = process.argv.slice(3);
  writeFileSync(file, hugePng(Number(colour), Number(bytesPerPixel), colour === "3"));
  process.exit(0);
}
const makePng = (colour, bytesPerPixel) => (f) =>
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--png", String(colour), String(bytesPerPixel), f]);

function tenMore(mb) {
  return Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`agency-${i}.pdf`, mb]));
}

function sparse(file, mb) {
  const fd = openSync(file, "w");
  ftruncateSync(fd, mb * 1024 * 1024);
  closeSync(fd);
}

const svg = (w, h) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}"/></svg>`;

const cases = [
  { name: "SVG viewBox 3000:1", logo: "logo.svg", make: (f) => writeFileSync(f, svg(3000, 1)) },
  { name: "SVG viewBox 1000:1", logo: "logo.svg", make: (f) => writeFileSync(f, svg(1000, 1)) },
  { name: "SVG viewBox 1000000:1", logo: "logo.svg", make: (f) => writeFileSync(f, svg(1000000, 1)) },
  { name: "PNG 30000x30000 palette + tRNS", logo: "logo.png", make: makePng(3, 1) },
  { name: "PNG 30000x30000 grey + alpha", logo: "logo.png", make: makePng(4, 2) },
  { name: "named pipe as the logo", logo: "logo.png", make: (f) => execFileSync("mkfifo", [f]) },
  {
    name: "sparse 1.9 GB logo",
    logo: "logo.png",
    make: (f) => sparse(f, 1900),
  },
  {
    name: "5000 * x 5000 * in a block",
    logo: null,
    registry: (text) => text.replace(/( {4}signatories)/, `    blocks: { opening: "${"*".repeat(5000)}x${"*".repeat(5000)}" }\n$1`),
  },
  // out/ is input too: letters and manifests made sparse (holes read as zeros), run with --check over a written folder.
  { name: "12 sparse 300 MB letters in out/", out: { "dss.pdf": 300, "dss.docx": 300, ...tenMore(300) } },
  { name: "a 600 MB manifest part in out/", out: { "manifest.1-of-2.json": 600 } },
  { name: "a 600 MB manifest.json in out/", out: { "manifest.json": 600 } },
  { name: "a 3 GiB letter in out/", out: { "dss.pdf": 3072 } },
  {
    name: "letter dated 2108-01-01",
    logo: null,
    registry: (text) => text.replace("date: 2020-10-30", "date: 2108-01-01").replace("deadline: 2020-12-01", "deadline: 2108-02-01"),
  },
];

console.log("| case | command | exit | wall | peak RSS |\n| --- | --- | --- | --- | --- |");
for (const c of cases) {
  const dir = mkdtempSync(path.join(tmpdir(), "brev-bomb-"));
  cpSync(FIXTURE, dir, { recursive: true });
  rmSync(path.join(dir, "logo.png"));
  let registry = readFileSync(path.join(dir, "registry.yaml"), "utf8");
  if (c.logo) {
    registry = registry.replace("file: logo.png", `file: ${c.logo}`);
    c.make(path.join(dir, c.logo));
  } else registry = (c.registry ?? ((t) => t))(registry.replace(/ {2}logo: .*\n/, ""));
  writeFileSync(path.join(dir, "registry.yaml"), registry);
  if (c.out) {
    execFileSync(process.execPath, [BREV, "generate", "-q", "registry.yaml", "-o", "out"], { cwd: dir });
    for (const [name, mb] of Object.entries(c.out)) sparse(path.join(dir, "out/bad-case", name), mb);
  }
  for (const command of c.out ? ["generate --check", "generate"] : ["validate", "generate"]) {
    const rss = path.join(dir, `rss-${command.replace(" ", "")}`);
    const start = performance.now();
    const out = command.startsWith("generate") ? ["-o", path.join(dir, "out")] : [];
    const r = spawnSync(process.execPath, ["--import", PEAK, BREV, ...command.split(" "), "registry.yaml", ...out], {
      cwd: dir,
      env: { ...process.env, BREV_BENCH_RSS_FILE: rss },
      encoding: "utf8",
      timeout: 60_000,
    });
    const ms = performance.now() - start;
    const peak = (() => {
      try {
        return `${Math.round(Number(readFileSync(rss, "utf8")) / 2 ** 20)} MB`;
      } catch {
        return "n/a";
      }
    })();
    const first = (r.stderr || r.stdout).split("\n")[0].replace(/\|/g, "\\|");
    console.log(`| ${c.name} | ${command} | ${r.status ?? r.signal} | ${(ms / 1000).toFixed(2)} s | ${peak} |`);
    if (command !== "generate") console.log(`|  | ${first} | | | |`);
  }
  rmSync(dir, { recursive: true, force: true });
}
