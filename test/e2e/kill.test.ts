// Kill -9 a generate run at many points: every letter on disk stays complete, and the manifest never lies.
import { spawn } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type Format, letterFileName } from "../../src/output/letter-path.js";
import { sha256 } from "../../src/shared/hash.js";
import { brev } from "../helpers/cli.js";
import { brevHere } from "../helpers/run-in-process.js";
import { REPO } from "../helpers/sample.js";
import { bigRegistry, DISPATCH_DIR, workspace } from "../helpers/workspace.js";

const AGENCIES = 6;
/**
 * Kill times as shares of a whole run on this machine (measured first, as the machine may be busy), spread over
 * start-up, planning, rendering and the final manifest, each with random jitter.
 */
const SPREAD = [0.3, 0.8];
/** Set KILL_SEED to repeat a failing run; the seed is in every failure message. */
const SEED = Number(process.env.KILL_SEED ?? Date.now() % 1_000_000);

function jitter(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Kills a run as soon as its first letter file is on disk (however busy the machine is). */
async function killAtFirstFile(cwd: string, dir: string): Promise<void> {
  const child = spawn(process.execPath, [path.join(REPO, "bin/brev.js"), "generate", "--force", "-q"], { cwd, stdio: "ignore" });
  let done = false;
  const exited = new Promise((resolve) =>
    child.on("exit", () => {
      done = true;
      resolve(undefined);
    }),
  );
  while (!done) {
    const names = await readdir(dir).catch(() => [] as string[]);
    if (names.some((n) => /^[^.].*\.(pdf|docx|arkivmelding\.xml)$/.test(n))) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill("SIGKILL");
  await exited;
}

async function killAfter(cwd: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [path.join(REPO, "bin/brev.js"), "generate", "--force", "-q"], { cwd, stdio: "ignore" });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await new Promise((resolve) => setTimeout(resolve, ms));
  child.kill("SIGKILL");
  await exited;
}

async function checkConsistent(dir: string, label = ""): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // killed before anything was written
  }
  const letters = names.filter((n) => /^[^.].*\.(pdf|docx|arkivmelding\.xml)$/.test(n));
  for (const name of letters) {
    const bytes = await readFile(path.join(dir, name));
    if (name.endsWith(".pdf")) expect(bytes.subarray(-8).toString("latin1").trimEnd().endsWith("%%EOF"), `${name} ${label}`).toBe(true);
    else if (name.endsWith(".xml")) expect(/^<\?xml[\s\S]*>$/.test(bytes.toString("utf8").trimEnd()), `${name} ${label}`).toBe(true);
    else expect((await JSZip.loadAsync(bytes)).file("word/document.xml"), `${name} ${label}`).not.toBeNull();
  }
  if (names.includes("manifest.json")) {
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
      letters: Record<string, Record<string, { sha256: string; replacing?: string }>>;
    };
    for (const [id, files] of Object.entries(manifest.letters)) {
      for (const [format, record] of Object.entries(files)) {
        // Killed while a file was being replaced: the record vouches for the old file and the new one, and the file is one of them.
        const name = letterFileName(id, format as Format);
        const bytes = await readFile(path.join(dir, name));
        expect([record.sha256, record.replacing], `${name} ${label}`).toContain(sha256(bytes));
      }
    }
  }
  return letters.length;
}

describe("a killed run", () => {
  it("leaves complete files and a truthful manifest, whenever it is killed", async () => {
    const cwd = await workspace();
    await bigRegistry(cwd, AGENCIES);
    const dir = path.join(cwd, DISPATCH_DIR);
    // How long a whole run takes here, into another folder.
    const started = performance.now();
    expect(brev(["generate", "-q", "-o", "probe"], cwd).code).toBe(0);
    const whole = performance.now() - started;
    const seen: number[] = [];
    const random = jitter(SEED);
    for (const share of SPREAD) {
      await killAfter(cwd, Math.floor(whole * (share + (random() - 0.5) * 0.08)));
      seen.push(await checkConsistent(dir, `KILL_SEED=${SEED}`));
    }
    // And once as soon as a file is on disk: on a busy machine the timed kills may all land before the first write.
    await rm(dir, { recursive: true, force: true });
    await killAtFirstFile(cwd, dir);
    seen.push(await checkConsistent(dir, "killed at the first file"));
    // The kills landed at different stages: some before any file, some with files on disk.
    expect(Math.max(...seen)).toBeGreaterThan(0);
    const finish = await brevHere(["generate", "-q"], cwd);
    expect(finish.code).toBe(0);
    expect(await checkConsistent(dir)).toBe(AGENCIES * 3);
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect((await brevHere(["generate", "--check"], cwd)).code).toBe(0);
  }, 120_000);
});
