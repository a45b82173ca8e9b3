// Entry point of the `brev` command: wires process streams and cwd to `run`, and is the only caller of process.exit.
import { readFileSync } from "node:fs";
import { run } from "./run.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export async function main(): Promise<void> {
  const code = await run(
    process.argv.slice(2),
    { cwd: process.cwd() },
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    version,
  );
  process.exitCode = code;
  // Let stdout drain, then leave with the code even if a library left a handle open.
  process.stdout.write("", () => process.exit(code));
}
