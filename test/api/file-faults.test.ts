// File-system faults (in-process, through the CLI's run): an unwritable or full out/, a missing or corrupt font. Exit 3, a clear message with the path,
// and the letters already in out/ untouched.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeAtomic } from "../../src/output/write-atomic.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) execFileSync("umount", [m], { stdio: "ignore" });
});

/** A tmpfs of `size` at a new folder, or undefined where this machine does not allow mounting. */
async function tmpfs(size: string, readOnly = false): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}${readOnly ? ",ro" : ""}`, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}

async function generatedWorkspace(): Promise<{ cwd: string; before: Record<string, string> }> {
  const cwd = await workspace();
  expect((await runInProcess(["generate", "-q"], cwd)).code).toBe(0);
  await editFile(path.join(cwd, SAMPLE_REGISTRY), "our_ref: 20/49-15", "our_ref: 20/49-99");
  await editFile(path.join(cwd, SAMPLE_REGISTRY), "our_ref: 19/4649-79", "our_ref: 19/4649-99");
  return { cwd, before: await hashes(path.join(cwd, DISPATCH_DIR)) };
}

describe("writing fails", () => {
  it("on the second file (injected ENOSPC): exit 3 with the path, earlier letters untouched, manifest truthful", async () => {
    const { cwd, before } = await generatedWorkspace();
    let letters = 0;
    const writeFile = async (file: string, bytes: Uint8Array) => {
      // The first letter is written; at the second the disk is "full", and every write after it fails too.
      if (/\.(pdf|docx)$/.test(file)) letters++;
      if (letters > 1) throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      await writeAtomic(file, bytes);
    };
    const run = await runInProcess(["generate"], cwd, { context: { writeFile } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^brev: cannot write \S+dss\.docx: no space left on device \(ENOSPC\)$/m);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const after = await hashes(path.join(cwd, DISPATCH_DIR));
    const changed = Object.keys(after).filter((f) => after[f] !== before[f] && f !== "manifest.json");
    expect(changed).toHaveLength(1);
    // Every letter the manifest vouches for is the file on disk; a rerun finishes the job.
    expect((await runInProcess(["generate", "-q"], cwd)).code).toBe(0);
    expect((await runInProcess(["generate", "--check"], cwd)).code).toBe(0);
  });

  it("on a full disk (a 64 KB tmpfs): exit 3 naming the file, ENOSPC, nothing half-written", async (ctx) => {
    const dir = await tmpfs("64k");
    if (!dir) return ctx.skip();
    const cwd = await workspace();
    const run = await runInProcess(["generate", "-o", dir], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/brev: cannot write .*(ENOSPC)/);
    const names = Object.keys(await hashes(dir));
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
    for (const name of names.filter((n) => n.endsWith(".pdf"))) expect((await readFile(path.join(dir, name), "latin1")).trimEnd().endsWith("%%EOF")).toBe(true);
  });

  it("on a read-only out/: exit 3 naming the folder", async (ctx) => {
    const dir = await tmpfs("1m", true);
    if (!dir) return ctx.skip();
    const run = await runInProcess(["generate", "-o", dir], await workspace());
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot write .*(EROFS|EACCES)/);
  });

  it("when out/ is a file: exit 3 naming it", async () => {
    const cwd = await workspace();
    await writeFile(path.join(cwd, "out"), "not a folder");
    const run = await runInProcess(["generate"], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("cannot write out: it is a file, not a folder");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("fonts", () => {
  it.each([
    ["missing", async (dir: string) => path.join(dir, "no-such-font.ttf")],
    [
      "corrupt",
      async (dir: string) => {
        const file = path.join(dir, "corrupt.ttf");
        await writeFile(file, "this is not a font at all");
        return file;
      },
    ],
  ])("a %s font: exit 3 with its path, letters in out/ untouched", async (_, makeFont) => {
    const { cwd, before } = await generatedWorkspace();
    const font = await makeFont(cwd);
    const run = await runInProcess(["generate"], cwd, { context: { fontFiles: { bold: font } } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`cannot load font ${font}`);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(await hashes(path.join(cwd, DISPATCH_DIR))).toEqual(before);
  });
});
