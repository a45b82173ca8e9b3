#!/usr/bin/env node
// The programs the tests need that no npm package replaces (test/helpers/tools.json: qpdf, poppler's pdffonts,
// pdfimages and pdfinfo, pandoc, LibreOffice, chromium, git).
//   node scripts/test-tools.js            (npm's pretest) checks them; when one is missing, says which and the one
//                                         command that installs them, and exits 1 before vitest starts.
//   node scripts/test-tools.js --install  (npm run test:tools) installs the missing ones with apt-get on Debian as
//                                         root; elsewhere says what to install.
// BREV_TEST_MISSING=pdffonts,chromium pretends those are missing (to see the messages); test/helpers/tools.ts honours
// it too.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const TABLE = new URL("../test/helpers/tools.json", import.meta.url);
const { tools } = JSON.parse(readFileSync(TABLE, "utf8"));
const pretend = new Set((process.env.BREV_TEST_MISSING ?? "").split(",").filter(Boolean));

/** The program's path on the PATH, or undefined. */
function find(name) {
  if (pretend.has(name)) return undefined;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return undefined;
}

const missingTools = () => tools.filter((t) => find(t.name) === undefined);
const packagesOf = (list) => [...new Set(list.map((t) => t.package))];
const debian = existsSync("/etc/debian_version");
const root = process.getuid?.() === 0;

function list(missing) {
  return missing.map((t) => `  ${t.name} (Debian package ${t.package}): ${t.for}`).join("\n");
}

const install = process.argv.includes("--install");
let missing = missingTools();

if (!install) {
  if (missing.length === 0) process.exit(0);
  const packages = packagesOf(missing).join(" ");
  process.stderr.write(
    `The tests need ${missing.length === 1 ? "a program that is" : "programs that are"} not installed:\n${list(missing)}\n` +
      `Install ${missing.length === 1 ? "it" : "them"} with: npm run test:tools   (apt-get install -y ${packages})\n`,
  );
  process.exit(1);
}

if (missing.length === 0) {
  console.log(`The tests' ${tools.length} programs are installed.`);
  process.exit(0);
}
const packages = packagesOf(missing);
if (!debian || !root) {
  process.stderr.write(
    `The tests need ${missing.length === 1 ? "a program that is" : "programs that are"} not installed:\n${list(missing)}\n` +
      (debian
        ? `Install as root: apt-get update && apt-get install -y ${packages.join(" ")}\n`
        : `Install ${missing.map((t) => t.name).join(", ")} with this system's package manager (on Debian: apt-get install -y ${packages.join(" ")}).\n`),
  );
  process.exit(1);
}

console.log(`Installing ${packages.join(" ")} with apt-get (for ${missing.map((t) => t.name).join(", ")})…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [
  ["update", "-qq"],
  ["install", "-y", "-qq", ...packages],
]) {
  const result = spawnSync("apt-get", args, { env, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 256 << 20 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}apt-get ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`}).\n`);
    process.exit(1);
  }
}
pretend.clear(); // what apt-get installed is there now, whatever BREV_TEST_MISSING pretended
missing = missingTools();
if (missing.length > 0) {
  process.stderr.write(`Still missing after apt-get install:\n${list(missing)}\n`);
  process.exit(1);
}
console.log(`The tests' ${tools.length} programs are installed.`);
