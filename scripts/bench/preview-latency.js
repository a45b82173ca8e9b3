// How long the clerk waits in `brev preview` between saving a registry edit and seeing the changed letter: the preview
// runs as its own process (as the clerk starts it), and the letter is watched in a real browser (Debian's chromium,
// driven by playwright-core). Each save renames one agency, and the time runs until the new name is in the letter.
//   node scripts/bench/preview-latency.js [agencies]
// Standalone, it makes a bench project (the sample's, or one with that many agencies), prints JSON
// { agencies, medianMs, allMs } and removes the project. It runs the built code in dist/ through bin/brev.js.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { isMap, isScalar, isSeq, parse, parseDocument } from "yaml";
import { benchProject, REGISTRY, REPO } from "./workspace.js";

const BREV = path.join(REPO, "bin/brev.js");
/** chromium on the PATH, as the tests find it (`npm run test:tools` installs it). */
function chromiumPath() {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, "chromium");
    if (existsSync(file)) return file;
  }
  throw new Error("chromium is not installed: run `npm run test:tools`");
}
// Saves before the measured ones: the first rebuilds and the browser's first layouts of a new letter are slower.
const WARM_UP = 2;
// The preview waits for the files to settle (25 ms) before it rebuilds: saves closer than that would be one.
const QUIET_MS = 400;
const SAVE_TIMEOUT_MS = 20_000;
// bin/brev.js builds dist/ first when src/ is newer, so the first address can take a while.
const START_TIMEOUT_MS = 60_000;
// The page's address, whatever the words around it (they follow the locale).
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]+\//;

/** Median ms (of `saves` saves) from a saved registry edit to the changed letter shown in a real browser. */
export async function previewLatency({ project, registry = REGISTRY, agencyIndex, saves = 10 }) {
  const file = path.join(project, registry);
  const original = await readFile(file, "utf8");
  const { key, name, withName } = agencyEdit(original, agencyIndex);
  // Every edited registry is made (and checked) before the preview starts: between a write and the letter on the page,
  // the bench does nothing but wait.
  const markers = [...Array.from({ length: WARM_UP }, (_, i) => `Oppvarming${i + 1}x`), ...Array.from({ length: saves }, (_, i) => `Lagring${i + 1}x`)];
  const texts = markers.map((marker) => withName(`${name} ${marker}`));

  const preview = startPreview(project);
  let browser;
  try {
    const url = await preview.url;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"], headless: true });
    const page = await browser.newPage();
    await page.goto(`${url}#${encodeURIComponent(key)}`);
    await page.waitForFunction(
      (key) => document.body.dataset.shown !== undefined && document.querySelector('nav button[aria-current="true"]')?.dataset.key === key,
      key,
      { timeout: SAVE_TIMEOUT_MS },
    );
    // The measure is the agency's name in the letter itself (#sheet), not in the page's heading above it (#name).
    const sheet = await page.evaluate(() => document.getElementById("sheet").textContent.replace(/\s+/g, " "));
    if (!sheet.includes(name)) throw new Error(`The letter ${key} does not show the agency's name "${name}": its change could not be seen.`);
    if (markers.some((m) => sheet.includes(m))) throw new Error(`The letter ${key} already shows a marker the bench uses.`);
    await sleep(QUIET_MS);

    const allMs = [];
    for (const [i, marker] of markers.entries()) {
      const ms = await saveAndWait(page, file, texts[i], marker);
      if (i >= WARM_UP) allMs.push(Math.round(ms * 10) / 10);
      await sleep(QUIET_MS);
    }
    return { medianMs: median(allMs), allMs };
  } finally {
    await browser?.close();
    await stop(preview.child);
    await writeFile(file, original);
  }
}

/**
 * Writes the registry and waits until the letter shows `marker`; the ms in between.
 * t0 is Node's performance.now() as soon as the write has resolved. t1 is taken in the page, by a MutationObserver on
 * #sheet installed before the write: the moment the page put the changed letter in, not when Node next polled the page
 * (a poll and its round trip would add up to a frame and a few ms). The page's clock is brought onto Node's by an
 * offset measured just before the write, not by comparing the two performance.timeOrigin: each timeOrigin is a
 * wall-clock reading taken at its own start, and how far the two disagree is not known, while the offset between the
 * two monotonic clocks is known to within half a round trip (well under a millisecond here).
 */
async function saveAndWait(page, file, text, marker) {
  await page.evaluate((marker) => {
    const sheet = document.getElementById("sheet");
    window.benchSeenAt = undefined;
    const observer = new MutationObserver(() => {
      if (!sheet.textContent.includes(marker)) return;
      window.benchSeenAt = performance.now();
      observer.disconnect();
    });
    observer.observe(sheet, { childList: true, subtree: true, characterData: true });
  }, marker);
  const offset = await clockOffset(page);
  await writeFile(file, text);
  const t0 = performance.now();
  try {
    await page.waitForFunction(() => window.benchSeenAt !== undefined, null, { polling: "raf", timeout: SAVE_TIMEOUT_MS });
  } catch (e) {
    if (e?.name === "TimeoutError") throw new Error(`The preview did not show the saved change (${marker}) within ${SAVE_TIMEOUT_MS / 1000} s.`);
    throw e;
  }
  const t1 = (await page.evaluate(() => window.benchSeenAt)) - offset;
  return t1 - t0;
}

/** The page's performance.now() minus Node's, from the quickest of a few round trips (its error: half of one). */
async function clockOffset(page) {
  let best;
  for (let i = 0; i < 5; i++) {
    const before = performance.now();
    const pageNow = await page.evaluate(() => performance.now());
    const after = performance.now();
    if (!best || after - before < best.roundTrip) best = { roundTrip: after - before, offset: pageNow - (before + after) / 2 };
  }
  return best.offset;
}

/**
 * The agency at `agencyIndex`: its letter's key, its name, and the registry's text with another name for it. Only the
 * name's value changes (found by its place in the text, as the YAML parser gives it); every other byte stays as it was,
 * so the preview reads the same registry but for the name.
 */
function agencyEdit(text, agencyIndex) {
  const doc = parseDocument(text);
  const dispatch = doc.getIn(["dispatch", "id"]);
  const agencies = doc.get("agencies");
  if (typeof dispatch !== "string") throw new Error("The registry has no dispatch.id.");
  if (!isSeq(agencies) || !Number.isInteger(agencyIndex) || !isMap(agencies.items[agencyIndex]))
    throw new Error(`The registry has no agency at index ${agencyIndex}.`);
  const agency = agencies.items[agencyIndex];
  const node = agency.get("name", true);
  if (!isScalar(node) || typeof node.value !== "string" || !node.range) throw new Error(`Agency ${agencyIndex} has no name written as text.`);
  const [start, end] = node.range;
  const name = node.value;
  const withName = (next) => {
    // A plain name stays plain (it only gains words at its end); a quoted one is written in double quotes (JSON's
    // quoting is YAML's too).
    const source = node.type === "PLAIN" && next.startsWith(`${name} `) ? `${text.slice(start, end)}${next.slice(name.length)}` : JSON.stringify(next);
    const edited = text.slice(0, start) + source + text.slice(end);
    if (parse(edited).agencies[agencyIndex].name !== next) throw new Error(`Could not rename agency ${agencyIndex} to "${next}" in the registry's text.`);
    return edited;
  };
  return { key: `${dispatch}/${agency.get("id")}`, name, withName };
}

/** `brev preview` in the project, as its own process, and the page's address once it prints it. */
function startPreview(project) {
  // English words (the address is found by its pattern either way).
  const env = { ...process.env, LANG: "C", LC_ALL: "C" };
  delete env.LANGUAGE;
  const child = spawn(process.execPath, [BREV, "preview"], { cwd: project, env, stdio: ["ignore", "pipe", "pipe"] });
  const url = new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`brev preview printed no address within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    // Both streams are read to the end, so the preview never blocks on a full pipe.
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
      const found = URL_PATTERN.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`brev preview ended (${signal ?? `exit ${code}`}) before it printed its address.\n${stderr.trim()}`));
    });
  });
  // A failure is reported by whoever awaits the address; until then it must not end the process as unhandled.
  url.catch(() => {});
  return { child, url };
}

/** Stops the preview as Ctrl-C would (SIGTERM), and waits until it has ended; SIGKILL if it has not after 10 s. */
async function stop(child) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2];
  if (arg !== undefined && !/^\d+$/.test(arg)) throw new Error(`Usage: node scripts/bench/preview-latency.js [agencies] (not "${arg}")`);
  const project = await benchProject(arg === undefined ? undefined : Number(arg));
  try {
    const agencies = parse(await readFile(path.join(project, REGISTRY), "utf8")).agencies.length;
    // The first agency's letter (its name is in the letter's address block, so the edit shows).
    const { medianMs, allMs } = await previewLatency({ project, agencyIndex: 0 });
    console.log(JSON.stringify({ agencies, medianMs, allMs }));
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
