// Every program a test runs that is not node: found on the PATH by name, or a failure that names it and the one command
// that installs it (never ENOENT). The programs and their Debian packages are in tools.json, which
// scripts/test-tools.js (npm's pretest, and `npm run test:tools`) checks and installs from. BREV_TEST_MISSING=a,b
// pretends those are missing.
import { type ExecFileSyncOptions, execFileSync } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import path from "node:path";

interface Tool {
  name: string;
  package: string;
  for: string;
}

const TOOLS: Tool[] = JSON.parse(readFileSync(new URL("./tools.json", import.meta.url), "utf8")).tools;

export type ToolName = "qpdf" | "pdffonts" | "pdfimages" | "pdfinfo" | "pandoc" | "soffice" | "chromium" | "git" | "mkfifo";

function find(name: string): string | undefined {
  if ((process.env.BREV_TEST_MISSING ?? "").split(",").includes(name)) return undefined;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return undefined;
}

/** The path of an external program the tests use, or an error naming it and the command that installs it. */
export function tool(name: ToolName): string {
  const found = find(name);
  if (found) return found;
  const missing = TOOLS.filter((t) => find(t.name) === undefined);
  const packages = [...new Set(missing.map((t) => t.package))].join(" ");
  throw new Error(`${name} is not installed: run \`npm run test:tools\` (installs ${packages} with apt-get)`);
}

/** Runs an external program (see tool) and returns what it printed, as text; throws with its stderr when it fails. */
export function run(name: ToolName, args: string[], options: ExecFileSyncOptions = {}): string {
  return execFileSync(tool(name), args, { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"], ...options }) as string;
}

/** LibreOffice converts the files to PDF in outDir (headless, with a profile of its own there); `to` names the filter. */
export function libreOfficeToPdf(files: string[], outDir: string, to = "pdf"): void {
  run("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${outDir}/profile`, "--convert-to", to, "--outdir", outDir, ...files]);
}
