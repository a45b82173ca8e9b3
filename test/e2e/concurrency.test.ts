// Two generate runs started at once on the same folder, many rounds, through the built CLI: one waits for the
// other, and afterwards every manifest record matches its file and --check finds nothing to do.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { lockFolder } from "../../src/output/folder-lock.js";
import { sha256 } from "../../src/shared/hash.js";
import { brev, brevAsync } from "../helpers/cli.js";
import { brevHere } from "../helpers/run-in-process.js";
import { bigRegistry, DISPATCH_DIR, editFile, workspace } from "../helpers/workspace.js";

// Two rounds: one where both force every letter, one where both bring a changed folder up to date.
const ROUNDS = 2;

async function expectConsistent(dir: string, round: number): Promise<void> {
  const names = await readdir(dir);
  expect(
    names.filter((n) => n.endsWith(".tmp") || n === ".brev-lock"),
    `round ${round}`,
  ).toEqual([]);
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as { letters: Record<string, Record<string, Record<string, unknown>>> };
  let records = 0;
  for (const [id, files] of Object.entries(manifest.letters)) {
    for (const [format, record] of Object.entries(files)) {
      records++;
      expect(record.replacing, `round ${round}: ${id}.${format} is left mid-replacement`).toBeUndefined();
      expect(sha256(await readFile(path.join(dir, `${id}.${format}`))), `round ${round}: ${id}.${format}`).toBe(record.sha256);
    }
  }
  expect(records).toBe(names.filter((n) => /\.(pdf|docx)$/.test(n)).length);
}

describe("two runs at once", () => {
  it(`${ROUNDS} rounds: both end well, the folder is consistent, --check exits 0`, async () => {
    const cwd = await workspace();
    const registry = await bigRegistry(cwd, 3);
    const dir = path.join(cwd, DISPATCH_DIR);
    // The dispatch's date: every letter changes with it.
    let date = "2020-10-30";
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds: both force every letter; even rounds: a changed date, and both bring the folder up to date.
      if (round % 2 === 0) {
        const next = `2020-10-${10 + round}`;
        await editFile(registry, `date: ${date}`, `date: ${next}`);
        date = next;
      }
      // DOCX only: the lock does not depend on the format, and the runs start faster without the PDF renderer.
      const flags = ["-f", "docx", ...(round % 2 === 1 ? ["--force"] : [])];
      const [a, b] = await Promise.all([brevAsync(["generate", "-q", ...flags], cwd), brevAsync(["generate", "-q", ...flags], cwd)]);
      expect([a.code, b.code], `round ${round}: ${a.stderr}${b.stderr}`).toEqual([0, 0]);
      await expectConsistent(dir, round);
      const check = await brevHere(["generate", "--check", "-q", "-f", "docx"], cwd);
      expect(check.code, `round ${round}: ${check.stdout}${check.stderr}`).toBe(0);
    }
  }, 120_000);

  it("--no-wait stops at once with exit 3, naming the process that holds the folder", async () => {
    const cwd = await workspace();
    // This test's own process holds the lock, as another brev run would.
    const folder = await DispatchFolder.open(path.join(cwd, "out"), "inkluderingsdugnaden-2020", { outNamed: false, shown: (f) => path.relative(cwd, f) });
    const lock = await lockFolder(folder, { wait: false });
    try {
      const second = brev(["generate", "--no-wait"], cwd);
      expect(second.code).toBe(3);
      expect(second.stderr).toContain(`brev: out/inkluderingsdugnaden-2020 is being written by brev (process ${process.pid}, since`);
      expect(second.stderr).toContain("on this machine; try again when it has finished");
    } finally {
      await lock.release();
    }
    // Released: the next run takes the folder at once (one letter is enough to show it).
    expect((await brevHere(["generate", "--no-wait", "-q", "-a", "dss", "-f", "docx"], cwd)).code).toBe(0);
  }, 60_000);
});
