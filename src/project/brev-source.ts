// Where the running brev came from, as the dependency a new letters project needs to install the same brev on this
// machine (`brev init` without `--brev`). npm writes no origin into the installed package.json any more; the
// project that installed brev records it in its lockfile (package-lock.json, or node_modules/.package-lock.json):
// the entry "node_modules/<name>" has `resolved`, relative to that project for a file.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface BrevSource {
  /** brev's package name, the key of the dependency. */
  name: string;
  /** The version range or spec (`file:/abs/brev.tgz`, `0.1.0`, `git+https://…#<commit>`, a tarball URL). */
  spec: string;
  /** Where that came from. */
  from: "checkout" | "tarball" | "registry" | "git" | "url" | "version";
}

/** brev's package folder (two above src/project/ and dist/project/). */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** brev's package name (the command is `brev`; the name `brev` on the npm registry is someone else's). */
export function brevPackageName(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { name: string }).name;
}

export function brevSource(root: string = PACKAGE_ROOT): BrevSource {
  const at = realpath(root);
  const own = JSON.parse(readFileSync(path.join(at, "package.json"), "utf8")) as { name: string; version: string };
  const parts = at.split(path.sep);
  const inside = parts.lastIndexOf("node_modules");
  // A checkout of brev (not installed into a node_modules folder): the folder itself, as a link.
  if (inside < 0) return { name: own.name, spec: `file:${at}`, from: "checkout" };
  // Installed: the project that installed it is above some node_modules (the outermost one for a nested copy).
  for (let i = parts.indexOf("node_modules"); i >= 0 && i <= inside; i = parts.indexOf("node_modules", i + 1)) {
    const project = parts.slice(0, i).join(path.sep) || path.sep;
    const key = parts.slice(i).join("/");
    for (const lock of [path.join(project, "package-lock.json"), path.join(project, "node_modules", ".package-lock.json")]) {
      const resolved = resolvedIn(lock, key);
      if (resolved) return fromResolved(resolved, project, own);
    }
  }
  return { name: own.name, spec: own.version, from: "version" };
}

function fromResolved(resolved: string, project: string, own: { name: string; version: string }): BrevSource {
  const { name, version } = own;
  if (resolved.startsWith("file:")) {
    const file = path.resolve(project, resolved.slice("file:".length));
    // The tarball it was installed from, if it is still there; else the same version by name.
    return existsSync(file) ? { name, spec: `file:${file}`, from: "tarball" } : { name, spec: version, from: "version" };
  }
  if (resolved.startsWith("git+") || resolved.startsWith("git:")) return { name, spec: resolved, from: "git" };
  if (/^https?:\/\//.test(resolved)) {
    // A registry's tarball: …/<name>/-/<last part of name>-<version>.tgz
    const registry = resolved.endsWith(`/${name}/-/${name.split("/").pop()}-${version}.tgz`);
    return registry ? { name, spec: version, from: "registry" } : { name, spec: resolved, from: "url" };
  }
  return { name, spec: version, from: "version" };
}

function resolvedIn(lockFile: string, key: string): string | undefined {
  try {
    const lock = JSON.parse(readFileSync(lockFile, "utf8")) as { packages?: Record<string, { resolved?: string }> };
    const resolved = lock.packages?.[key]?.resolved;
    return typeof resolved === "string" ? resolved : undefined;
  } catch {
    return undefined;
  }
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
