// brev as a ministry gets it: `npm pack` makes one tarball; an empty project installs it (dependencies from the npm
// registry) with no build, no install script and no devDependency; its `brev` runs --version, init and generate; and
// the project `brev init` makes installs the same brev from that tarball and writes letters.
// Minutes and the network: `npm run test:package` (or BREV_PACK_TEST=1 npx vitest run test/package), not `npm test`.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/sample.js";

const OWN = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  name: string;
  version: string;
  engines: { node: string };
  devDependencies: Record<string, string>;
};
/** The oldest Node brev supports: every installed package's `engines` must allow it. */
const OLDEST_NODE = semver.minVersion(OWN.engines.node)?.version ?? "20.19.0";

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> & { log: string } {
  const { SOURCE_DATE_EPOCH: _, npm_config_prefix: _p, ...inherited } = process.env;
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...inherited, NO_COLOR: "1", BREV_LANG: "en", CI: "1" } });
  return { ...result, log: `${result.stdout}${result.stderr}` };
}

/** `npx brev …` that never fetches a package called brev from the registry (someone else's). */
const npxBrev = (args: string[], cwd: string) => run("npx", ["--no", "--", "brev", ...args], cwd);

/** Every package in a project's node_modules, from npm's own record of the tree. */
interface Installed {
  version: string;
  name?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function installedPackages(project: string): (Installed & { at: string; name: string })[] {
  const lock = JSON.parse(readFileSync(path.join(project, "node_modules/.package-lock.json"), "utf8")) as { packages: Record<string, Installed> };
  return Object.entries(lock.packages)
    .filter(([at]) => at.startsWith("node_modules/"))
    .map(([at, entry]) => ({ at, name: entry.name ?? at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length), ...entry }));
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split("\n").slice(-n).join("\n");
}

describe("the packed brev", () => {
  it("installs from one tarball into an empty project, runs there, and brev init makes a project that installs it too", { timeout: 600_000 }, async () => {
    const root = await mkdtemp(path.join(tmpdir(), "brev-pack-"));

    // npm pack: prepack builds dist/ afresh; the tarball has what brev reads at run time, and no build step.
    const pack = run("npm", ["pack", "--pack-destination", root], REPO);
    expect(pack.status, pack.log).toBe(0);
    const tarballName = `${OWN.name}-${OWN.version}.tgz`;
    const tarball = path.join(root, tarballName);
    expect(existsSync(tarball), pack.log).toBe(true);
    const listing = run("tar", ["tzf", tarball], root).stdout.split("\n");
    for (const needed of [
      "dist/cli/main.js",
      "dist/render/render-worker.js",
      "bin/brev.js",
      "starter/nb/data/tillegg-1-2026.yaml",
      "starter/nn/data/tillegg-1-2026.yaml",
      "starter/en/data/tillegg-1-2026.yaml",
      "starter/templates/tillegg.nn.md.hbs",
      ".github/workflows/letters.yml",
    ]) {
      expect(listing, needed).toContain(`package/${needed}`);
    }
    expect(listing.filter((f) => f.startsWith("package/src/") || f.startsWith("package/test/"))).toEqual([]);
    const packed = JSON.parse(run("tar", ["xzOf", tarball, "package/package.json"], root).stdout) as { scripts?: Record<string, string> };
    for (const atInstall of ["preinstall", "install", "postinstall", "prepare"]) expect(packed.scripts?.[atInstall], atInstall).toBeUndefined();

    // An empty project installs it: no install script, no engine it cannot meet, no devDependency.
    const app = path.join(root, "app");
    await mkdir(app);
    await writeFile(path.join(app, "package.json"), `${JSON.stringify({ name: "app", private: true }, null, 2)}\n`);
    const install = run("npm", ["install", tarball, "--no-audit", "--no-fund"], app);
    expect(install.status, install.log).toBe(0);
    expect(install.log).not.toMatch(/install.scripts|allowScripts|EBADENGINE|npm warn/i);
    const packages = installedPackages(app);
    // (A devDependency of brev may still be some dependency's own dependency: docx depends on @types/node.)
    const needed = new Set(packages.flatMap((p) => Object.keys({ ...p.dependencies, ...p.optionalDependencies })));
    expect(packages.filter((p) => p.name in OWN.devDependencies && !needed.has(p.name)).map((p) => p.at)).toEqual([]);
    const unmet = packages.filter((p) => p.engines?.node && !semver.satisfies(OLDEST_NODE, p.engines.node));
    expect(unmet.map((p) => `${p.at}@${p.version}: node ${p.engines?.node}`)).toEqual([]);

    // Its brev runs: --version, init (the new project depends on this tarball), generate.
    const version = npxBrev(["--version"], app);
    expect(version.status, version.log).toBe(0);
    expect(version.stdout.trim()).toBe(OWN.version);
    const init = npxBrev(["init", "letters"], app);
    expect(init.status, init.log).toBe(0);
    const letters = path.join(app, "letters");
    const pkg = JSON.parse(readFileSync(path.join(letters, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toEqual({ [OWN.name]: `file:${tarball}` });
    const here = npxBrev(["generate"], letters);
    expect(here.status, here.log).toBe(0);
    expect(here.stdout).toContain("7 written, 0 unchanged");

    // The new project on its own: npm install (from the tarball, as its package.json says), then its brev.
    const again = run("npm", ["install", "--no-audit", "--no-fund"], letters);
    expect(again.status, again.log).toBe(0);
    expect(again.log).not.toMatch(/install.scripts|allowScripts|EBADENGINE|npm warn/i);
    // Installed into the project (unpacked from the tarball, not a link to the first install).
    expect(lstatSync(path.join(letters, "node_modules", OWN.name)).isDirectory()).toBe(true);
    expect(existsSync(path.join(letters, "node_modules", OWN.name, "dist/cli/main.js"))).toBe(true);
    const generated = npxBrev(["generate", "--force"], letters);
    expect(generated.status, generated.log).toBe(0);
    expect(generated.stdout).toContain("7 written, 0 unchanged");
    const out = path.join(letters, "out/tillegg-1-2026");
    expect(
      readdirSync(out)
        .filter((f) => /\.(pdf|docx|arkivmelding\.xml|csv)$/.test(f))
        .sort(),
    ).toEqual(["digdir.arkivmelding.xml", "digdir.docx", "digdir.pdf", "journal.csv", "kartverket.arkivmelding.xml", "kartverket.docx", "kartverket.pdf"]);
    for (const f of ["digdir.pdf", "kartverket.docx"]) expect(statSync(path.join(out, f)).size).toBeGreaterThan(5_000);

    console.info(
      `${tarballName}: ${statSync(tarball).size} bytes, ${listing.filter(Boolean).length} entries\n` +
        `npm install ${tarballName}, last lines:\n${lastLines(install.log, 4)}\n` +
        `npm install in the project brev init made, last lines:\n${lastLines(again.log, 4)}`,
    );
  });
});
