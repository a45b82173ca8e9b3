// Same inputs, same bytes: across runs, time zones, folders, days, and SOURCE_DATE_EPOCH (in-process; the zone is
// switched through process.env.TZ, which Node honours at once).
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generate } from "../../src/index.js";
import { readPdf } from "../helpers/read-pdf.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { SAMPLE } from "../helpers/sample.js";
import { DISPATCH_DIR, hashes, workspace } from "../helpers/workspace.js";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
  vi.useRealTimers();
});

async function generateIn(dir: string, tz: string, args: string[] = []): Promise<void> {
  process.env.TZ = tz;
  expect((await runInProcess(["generate", "-q", ...args], dir)).code).toBe(0);
}

describe("reproducible output", () => {
  it("two runs, in two time zones and two folders, give identical sha256 for all files; a forced third run too", async () => {
    const a = await workspace();
    const b = await workspace();
    await generateIn(a, "UTC");
    await generateIn(b, "Pacific/Kiritimati");
    const first = await hashes(path.join(a, DISPATCH_DIR));
    expect(Object.keys(first).filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(12);
    expect(Object.keys(first).filter((f) => f.endsWith(".arkivmelding.xml"))).toHaveLength(6);
    expect(await hashes(path.join(b, DISPATCH_DIR))).toEqual(first);
    await generateIn(a, "America/Los_Angeles", ["--force"]);
    expect(await hashes(path.join(a, DISPATCH_DIR))).toEqual(first);
  });

  it("writes no absolute path into the files", async () => {
    const dir = await workspace();
    await generateIn(dir, "UTC");
    for (const file of Object.keys(await hashes(path.join(dir, DISPATCH_DIR)))) {
      const bytes = await readFile(path.join(dir, DISPATCH_DIR, file));
      expect(bytes.includes(Buffer.from(dir)), file).toBe(false);
      expect(bytes.includes(Buffer.from(tmpdir())), file).toBe(false);
    }
  });

  it("takes the file date from SOURCE_DATE_EPOCH when set, else from the letter", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-sde-"));
    const args = ["generate", "-q", "-a", "dss", "-f", "pdf", "-o", out];
    expect((await runInProcess(args, SAMPLE, { env: { SOURCE_DATE_EPOCH: "1700000000" } })).code).toBe(0);
    expect(String((await readPdf(await readFile(path.join(out, "inkluderingsdugnaden-2020/dss.pdf")))).info.CreationDate)).toMatch(/^D:20231114/);
    const plain = await mkdtemp(path.join(tmpdir(), "brev-sde-"));
    expect((await runInProcess(["generate", "-q", "-a", "dss", "-f", "pdf", "-o", plain], SAMPLE)).code).toBe(0);
    expect(String((await readPdf(await readFile(path.join(plain, "inkluderingsdugnaden-2020/dss.pdf")))).info.CreationDate)).toMatch(/^D:20201030/);
  });
});

describe("no clock inside the files", () => {
  it("gives the same bytes on another day", async () => {
    const dir = await workspace();
    const run = async (day: string, out: string) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(day));
      try {
        await generate({ outDir: out }, { cwd: dir });
      } finally {
        vi.useRealTimers();
      }
      return hashes(path.join(dir, out));
    };
    expect(await run("2031-02-03T04:05:06Z", "out-a")).toEqual(await run("2024-07-08T23:59:59Z", "out-b"));
  });
});
