// Vitest global setup: the end-to-end tests start the built CLI (bin/brev.js runs dist/), so dist/ must not be older
// than src/. When it is (or is missing), build it once before any test runs.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function newest(dir: string, ext: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

export default function buildFirst(): void {
  let built = 0;
  try {
    built = statSync(path.join(REPO, "dist/cli/main.js")).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newest(path.join(REPO, "src"), ".ts") && built >= statSync(path.join(REPO, "package.json")).mtimeMs) return;
  execFileSync(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "-p", path.join(REPO, "tsconfig.json")], { stdio: "inherit" });
}
