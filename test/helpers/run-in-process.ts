// Runs the CLI's `run` in this process, as the built CLI would, capturing what it prints. The table-driven tests use
// it: the same function the CLI calls, without starting a process for every case.
import type { BrevContext } from "../../src/api/context.js";
import type { Clock } from "../../src/cli/reporter.js";
import { run } from "../../src/cli/run.js";
import { PLAIN } from "../../src/cli/terminal.js";
import { brevVersion } from "../../src/shared/version.js";

export interface InProcessOptions {
  /** Environment variables the run sees (SOURCE_DATE_EPOCH). */
  env?: Record<string, string>;
  /** More of the library's context: failing writers, fonts, library versions. */
  context?: Partial<BrevContext>;
  clock?: Clock;
  /** What `brev --version` says (a made-up one unless given). */
  version?: string;
}

export async function runInProcess(
  argv: string[],
  cwd: string,
  options: InProcessOptions = {},
): Promise<{ code: number; stdout: string; stderr: string; summary: string }> {
  let stdout = "";
  let stderr = "";
  let summary = "";
  const io = {
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
    summary: (t: string) => {
      summary += t;
    },
  };
  const code = await run(argv, {
    cwd,
    // English unless a test asks for another language, whatever the machine's locale.
    env: { BREV_LANG: "en", ...options.env },
    io,
    terminal: PLAIN,
    clock: options.clock ?? (() => 0),
    version: options.version ?? "0.0.0-test",
    ...(options.context ? { context: options.context } : {}),
  });
  return { code, stdout, stderr, summary };
}

/**
 * The built CLI's `run` (dist/, as bin/brev.js runs it) in this process, answering as `brev()` of cli.ts does (English,
 * the real version). For the steps of an end-to-end test that are about what brev does and says, not about its
 * process: each spawned run costs a second of CPU to load and warm brev, which the suite's time cannot afford at every
 * step. Each e2e test keeps the steps that are about the process (signals, locks between processes, concurrent runs,
 * the command as a user types it) spawned. The built code, not src/: a letter's fingerprint names the renderers' code,
 * so files written by the source would differ from those the spawned steps of the same test write.
 */
export async function brevHere(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const built = (await import(/* @vite-ignore */ BUILT_RUN)) as { run: typeof run };
  let stdout = "";
  let stderr = "";
  const code = await built.run(args, {
    cwd,
    env: { BREV_LANG: "en", NO_COLOR: "1", ...env },
    io: {
      stdout: (t: string) => {
        stdout += t;
      },
      stderr: (t: string) => {
        stderr += t;
      },
      summary: () => {},
    },
    terminal: PLAIN,
    clock: Date.now,
    version: brevVersion(),
  });
  return { code, stdout, stderr };
}

const BUILT_RUN = new URL("../../dist/cli/run.js", import.meta.url).href;
