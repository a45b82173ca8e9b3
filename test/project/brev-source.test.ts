// `brev init` without --brev: the new project depends on where the running brev came from, read from the lockfile
// of the project that installed it (npm writes no origin into the installed package.json).
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brevSource } from "../../src/project/brev-source.js";
import { REPO } from "../helpers/sample.js";

const NAME = "brev-tildelingsbrev";

/** A project with brev installed at node_modules/<name>, its lockfile saying `resolved`. */
async function installed(resolved: string | undefined, lockAt = "package-lock.json"): Promise<{ project: string; brev: string }> {
  const project = await mkdtemp(path.join(tmpdir(), "brev-source-"));
  const brev = path.join(project, "node_modules", NAME);
  await mkdir(brev, { recursive: true });
  await writeFile(path.join(brev, "package.json"), JSON.stringify({ name: NAME, version: "0.3.1" }));
  const entry = resolved === undefined ? { version: "0.3.1" } : { version: "0.3.1", resolved };
  await writeFile(path.join(project, lockAt), JSON.stringify({ lockfileVersion: 3, packages: { "": {}, [`node_modules/${NAME}`]: entry } }));
  return { project, brev };
}

describe("brevSource", () => {
  it("a checkout of brev: the folder itself", () => {
    expect(brevSource(REPO)).toEqual({ name: NAME, spec: `file:${REPO}`, from: "checkout" });
  });

  it("a tarball still there: its absolute path; gone: the exact version", async () => {
    const { project, brev } = await installed("file:../brev.tgz");
    await writeFile(path.join(project, "../brev.tgz"), "");
    expect(brevSource(brev)).toEqual({ name: NAME, spec: `file:${path.resolve(project, "../brev.tgz")}`, from: "tarball" });
    const gone = await installed("file:gone/brev.tgz", "node_modules/.package-lock.json");
    expect(brevSource(gone.brev)).toEqual({ name: NAME, spec: "0.3.1", from: "version" });
  });

  it("the registry: the exact version; another URL or git: that URL", async () => {
    const registry = await installed(`https://registry.npmjs.org/${NAME}/-/${NAME}-0.3.1.tgz`);
    expect(brevSource(registry.brev)).toEqual({ name: NAME, spec: "0.3.1", from: "registry" });
    const url = await installed("https://example.org/releases/brev.tgz", "node_modules/.package-lock.json");
    expect(brevSource(url.brev)).toEqual({ name: NAME, spec: "https://example.org/releases/brev.tgz", from: "url" });
    const git = await installed("git+ssh://git@github.com/dep/brev.git#0123abc");
    expect(brevSource(git.brev)).toEqual({ name: NAME, spec: "git+ssh://git@github.com/dep/brev.git#0123abc", from: "git" });
  });

  it("no lockfile says: the exact version (never a range another package could answer)", async () => {
    const { brev } = await installed(undefined);
    expect(brevSource(brev)).toEqual({ name: NAME, spec: "0.3.1", from: "version" });
  });
});
