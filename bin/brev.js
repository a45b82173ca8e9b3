#!/usr/bin/env node
// The `brev` command. Everything happens in dist/cli/main.js; this only reports a brev that cannot even load (exit 70).
// In a checkout of brev's repository (src/ beside bin/) it first builds dist/ when dist/ is missing or older than
// src/, so `npm ci && npm run generate` works on a fresh clone: npm installs no build step (a packed brev ships dist/).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
if (existsSync(`${root}src/cli/main.ts`) && existsSync(`${root}tsconfig.json`) && stale()) {
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  if (!existsSync(tsc)) {
    process.stderr.write("brev: dist/ is not built and TypeScript is not installed here; run npm ci, then npm run build\n");
    process.exit(70);
  }
  try {
    execFileSync(process.execPath, [tsc, "-p", `${root}tsconfig.json`], { stdio: ["ignore", "ignore", "inherit"] });
  } catch {
    // tsc still writes dist/ when it finds type errors; `npm run build` shows them.
  }
}

try {
  const { main } = await import("../dist/cli/main.js");
  await main();
} catch (error) {
  process.stderr.write(`brev: internal error: brev could not start (run npm ci, then npm run build)\n${error?.stack ?? error}\n`);
  process.exit(70);
}

/** dist/ is missing or older than a file in src/. */
function stale() {
  let built = 0;
  try {
    built = statSync(`${root}dist/cli/main.js`).mtimeMs;
  } catch {
    return true;
  }
  for (const entry of readdirSync(`${root}src`, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".ts") && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > built) return true;
  }
  return false;
}
