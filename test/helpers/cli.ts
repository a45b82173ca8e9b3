// Runs the built `brev` command as a user would, and captures what it says (for the end-to-end tests only; the
// table-driven tests call the same `run` in-process, see run-in-process.ts).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { REPO, SAMPLE } from "./sample.js";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function brev(args: string[], cwd = SAMPLE, env: Record<string, string> = {}): CliRun {
  const { SOURCE_DATE_EPOCH: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(REPO, "bin/brev.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...inherited, NO_COLOR: "1", BREV_LANG: "en", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A JavaScript stack frame line, which no expected failure may print. */
export const STACK_FRAME = /^\s+at .+[:(].*\d+:\d+\)?$/m;

/** Starts the built `brev` without waiting, for tests that run several at once. */
export function brevAsync(args: string[], cwd = SAMPLE, env: Record<string, string> = {}): Promise<CliRun> {
  const { SOURCE_DATE_EPOCH: _, ...inherited } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, "bin/brev.js"), ...args], { cwd, env: { ...inherited, NO_COLOR: "1", BREV_LANG: "en", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => {
      stdout += t;
    });
    child.stderr.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A long-running `brev` (preview, generate --watch): what it has said so far, waiting for a line, and Ctrl-C. */
export interface RunningBrev {
  output(): string;
  /** Resolves with the output once it matches, counting only what came after `from` characters. */
  waitFor(pattern: RegExp, from?: number, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function startBrev(args: string[], cwd: string, env: Record<string, string> = {}): RunningBrev {
  const { SOURCE_DATE_EPOCH: _, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(REPO, "bin/brev.js"), ...args], { cwd, env: { ...inherited, NO_COLOR: "1", BREV_LANG: "en", ...env } });
  let output = "";
  const waiters = new Set<() => void>();
  const heard = (t: string) => {
    output += t;
    for (const w of waiters) w();
  };
  child.stdout.setEncoding("utf8").on("data", heard);
  child.stderr.setEncoding("utf8").on("data", heard);
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return {
    output: () => output,
    waitFor(pattern, from = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = pattern.exec(output.slice(from));
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`brev ${args.join(" ")} did not say ${pattern} in ${timeoutMs} ms; it said:\n${output}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGINT");
      return exited;
    },
  };
}
