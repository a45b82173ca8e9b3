// Entry point of the `brev` command: wires process streams, cwd and environment to `run`; the only caller of process.exit.
import { brevVersion } from "../version.js";
import { run } from "./run.js";
import { sourceDateFromEnv } from "./source-date.js";

export async function main(): Promise<void> {
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) };
  let code: number;
  try {
    const fileDate = sourceDateFromEnv(process.env.SOURCE_DATE_EPOCH);
    code = await run(process.argv.slice(2), { cwd: process.cwd(), ...(fileDate ? { fileDate } : {}) }, io, brevVersion(), terminalFrom(process));
  } catch (e) {
    io.stderr(`brev: ${(e as Error).message}\n`);
    code = 2;
  }
  process.exitCode = code;
  // Let stdout drain, then leave with the code even if a library left a handle open.
  process.stdout.write("", () => process.exit(code));
}

function terminalFrom(p: NodeJS.Process) {
  return {
    isTTY: Boolean(p.stderr.isTTY),
    ci: Boolean(p.env.CI),
    color: Boolean(p.stderr.isTTY) && p.env.NO_COLOR === undefined,
    columns: p.stderr.columns ?? 80,
  };
}
