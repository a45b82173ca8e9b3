// One run at a time per output folder (in-process; the built CLI is tested in test/e2e).
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { LOCK_NOTE, lockFolder } from "../../src/output/folder-lock.js";
import { THIS_RUN } from "../../src/output/temp-file.js";

async function folder(): Promise<DispatchFolder> {
  const out = await mkdtemp(path.join(tmpdir(), "brev-lock-"));
  await mkdir(path.join(out, "d"));
  return DispatchFolder.open(out, "d", { outNamed: true, shown: (f) => path.relative(out, f) });
}

describe("the folder lock", () => {
  it("a second taker waits (saying so after a second) until the first releases; --no-wait fails at once naming the holder", async () => {
    const f = await folder();
    const first = await lockFolder(f, { wait: true });
    const note = JSON.parse(await readFile(path.join(f.dir, LOCK_NOTE), "utf8"));
    expect(note).toMatchObject({ pid: process.pid, host: THIS_RUN.host });

    await expect(lockFolder(f, { wait: false })).rejects.toThrow(
      new RegExp(`d is being written by brev \\(process ${process.pid}, since .*\\) on this machine`),
    );

    const waited: string[] = [];
    let acquired = false;
    const second = lockFolder(f, { wait: true, onWait: (holder) => waited.push(holder) }).then((l) => {
      acquired = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 1300));
    expect(acquired).toBe(false);
    expect(waited).toEqual([expect.stringContaining(`process ${process.pid}`)]);
    await first.release();
    const lock = await second;
    expect(acquired).toBe(true);
    await lock.release();
    await expect(readFile(path.join(f.dir, LOCK_NOTE))).rejects.toThrow();
  });

  it("takes over the note of a run of this machine that has ended", async () => {
    const f = await folder();
    await writeFile(path.join(f.dir, LOCK_NOTE), JSON.stringify({ pid: 999999, host: THIS_RUN.host, since: "2020-01-01T00:00:00.000Z" }));
    const lock = await lockFolder(f, { wait: false });
    expect(JSON.parse(await readFile(path.join(f.dir, LOCK_NOTE), "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("a garbage note is no lock", async () => {
    const f = await folder();
    await writeFile(path.join(f.dir, LOCK_NOTE), "\u0000garbage");
    // Taken at once (no wait), the note now this run's, and gone when released.
    const lock = await lockFolder(f, { wait: false });
    expect(JSON.parse(await readFile(path.join(f.dir, LOCK_NOTE), "utf8"))).toMatchObject({ pid: process.pid, host: THIS_RUN.host });
    await lock.release();
    await expect(readFile(path.join(f.dir, LOCK_NOTE))).rejects.toThrow();
  });

  it("treats the note of a run on another machine as held, and says how to clear it", async () => {
    const f = await folder();
    await writeFile(path.join(f.dir, LOCK_NOTE), JSON.stringify({ pid: 42, host: "0badc0de", since: "2020-01-01T00:00:00.000Z" }));
    await expect(lockFolder(f, { wait: false })).rejects.toThrow(/on another machine \(if that run is gone, delete d\/\.brev-lock\)/);
  });
});
