// Two generate runs started at once on the same folder, many rounds, through the built CLI: one waits for the
// other, and afterwards every manifest record matches its file and --check finds nothing to do.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/output/hash.js";
import { brev, brevAsync } from "../helpers/cli.js";
import { bigRegistry, DISPATCH_DIR, editFile, workspace } from "../helpers/workspace.js";

const ROUNDS = 8;

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
    const registry = await bigRegistry(cwd, 6);
    const dir = path.join(cwd, DISPATCH_DIR);
    let date = "2020-11-11";
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds: both force every letter; even rounds: a changed date, and both bring the folder up to date.
      if (round % 2 === 0) {
        const next = `2020-11-${10 + round}`;
        await editFile(registry, `date: ${date}`, `date: ${next}`);
        date = next;
      }
      const flags = round % 2 === 1 ? ["--force"] : [];
      const [a, b] = await Promise.all([brevAsync(["generate", "-q", ...flags], cwd), brevAsync(["generate", "-q", ...flags], cwd)]);
      expect([a.code, b.code], `round ${round}: ${a.stderr}${b.stderr}`).toEqual([0, 0]);
      await expectConsistent(dir, round);
      const check = brev(["generate", "--check", "-q"], cwd);
      expect(check.code, `round ${round}: ${check.stdout}${check.stderr}`).toBe(0);
    }
  }, 120_000);

  it("--no-wait stops at once with exit 3, naming the process that holds the folder", async () => {
    const cwd = await workspace();
    await bigRegistry(cwd, 40);
    const first = brevAsync(["generate", "-q"], cwd);
    // Wait until the first run holds the lock (its note is in the folder), then try.
    const note = path.join(cwd, DISPATCH_DIR, ".brev-lock");
    for (let i = 0; i < 100; i++) {
      if ((await readFile(note, "utf8").catch(() => "")) !== "") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const started = Date.now();
    const second = brev(["generate", "--no-wait"], cwd);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(second.code).toBe(3);
    expect(second.stderr, second.stderr).toMatch(
      /brev: out\/inkluderingsdugnaden-2020 is being written by brev \(process \d+, since .*\) on this machine; try again when it has finished/,
    );
    expect((await first).code).toBe(0);
  }, 60_000);
});
