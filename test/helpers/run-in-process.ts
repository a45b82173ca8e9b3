// Runs the CLI's `run` in this process, as the built CLI would, capturing what it prints. The table-driven tests use
// it: the same function the CLI calls, without starting a process for every case.
import type { BrevContext } from "../../src/api/context.js";
import type { Clock } from "../../src/cli/reporter.js";
import { run } from "../../src/cli/run.js";
import { PLAIN } from "../../src/cli/terminal.js";

export interface InProcessOptions {
  /** Environment variables the run sees (SOURCE_DATE_EPOCH). */
  env?: Record<string, string>;
  /** More of the library's context: failing writers, fonts, library versions. */
  context?: Partial<BrevContext>;
  clock?: Clock;
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
    version: "0.0.0-test",
    ...(options.context ? { context: options.context } : {}),
  });
  return { code, stdout, stderr, summary };
}
