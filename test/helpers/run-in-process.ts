// Runs the CLI's `run` in this process, with a given context, capturing what it prints.
import type { BrevContext } from "../../src/api/context.js";
import { run } from "../../src/cli/run.js";
import { PLAIN } from "../../src/cli/terminal.js";

export async function runInProcess(argv: string[], ctx: BrevContext): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
  };
  const code = await run(argv, ctx, io, "0.0.0-test", PLAIN);
  return { code, stdout, stderr };
}
