// Entry point of the `brev` command: wires the process (arguments, streams, cwd, environment, clock) to `run`, and is
// the only caller of process.exit.
import { appendFileSync } from "node:fs";
import { brevVersion } from "../index.js";
import { run } from "./run.js";

export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    io: {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      summary: (markdown) => {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (file) appendFileSync(file, markdown);
      },
    },
    terminal: {
      isTTY: Boolean(process.stderr.isTTY),
      ci: Boolean(process.env.CI),
      color: Boolean(process.stderr.isTTY) && process.env.NO_COLOR === undefined,
      columns: process.stderr.columns ?? 80,
    },
    clock: Date.now,
    untilStopped: () =>
      new Promise<void>((resolve) => {
        process.once("SIGINT", () => resolve());
        process.once("SIGTERM", () => resolve());
      }),
    version: brevVersion(),
  });
  process.exitCode = code;
  // Let stdout drain, then leave with the code even if a library left a handle open.
  process.stdout.write("", () => process.exit(code));
}
