// The bounded reader: special files refused at once, sizes judged before reading, links outside the project refused.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashFile, insideProject, readBounded } from "../../src/shared/bounded-file.js";
import { sha256 } from "../../src/shared/hash.js";

describe("bounded files", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-bounded-"));
  const project = path.join(dir, "project");
  mkdirSync(project);
  writeFileSync(path.join(project, "small.txt"), "hei");
  writeFileSync(path.join(dir, "outside.txt"), "secret");
  symlinkSync(path.join(dir, "outside.txt"), path.join(project, "out-link.txt"));
  symlinkSync("small.txt", path.join(project, "in-link.txt"));
  execFileSync("mkfifo", [path.join(project, "pipe")]);
  writeFileSync(path.join(project, "sparse"), "");
  truncateSync(path.join(project, "sparse"), 3 * 1024 * 1024 * 1024);

  const code = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: NodeJS.ErrnoException) => e.code,
    );

  it("reads a small file", async () => {
    expect(new TextDecoder().decode(await readBounded(path.join(project, "small.txt"), 10))).toBe("hei");
  });
  it("refuses a named pipe at once, without waiting for a writer", async () => {
    expect(await code(readBounded(path.join(project, "pipe"), 10))).toBe("ESPECIAL");
  });
  it("refuses a folder, and a file over the limit before reading it (a sparse 3 GiB file)", async () => {
    expect(await code(readBounded(project, 10))).toBe("EISDIR");
    expect(await code(readBounded(path.join(project, "sparse"), 1024))).toBe("EFBIG");
    expect(await code(readBounded(path.join(project, "small.txt"), 2))).toBe("EFBIG");
  });
  it("refuses a link when asked to", async () => {
    expect(await code(readBounded(path.join(project, "in-link.txt"), 10, { noFollow: true }))).toBe("ELOOP");
  });
  it("hashes in chunks", async () => {
    expect(await hashFile(path.join(project, "small.txt"))).toEqual({ sha256: sha256("hei"), size: 3 });
  });
  it("tells links that stay inside the project from those that leave it", async () => {
    expect(await insideProject(path.join(project, "in-link.txt"), project)).toBe(path.join(project, "small.txt"));
    expect(await code(insideProject(path.join(project, "out-link.txt"), project))).toBe("EOUTSIDE");
    expect(await code(insideProject(path.join(project, "nothing"), project))).toBe("ENOENT");
  });
});
