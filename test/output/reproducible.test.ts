// Same inputs, same bytes: across runs, time zones, folders, and SOURCE_DATE_EPOCH.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brev } from "../helpers/cli.js";
import { readPdf } from "../helpers/read-pdf.js";
import { DISPATCH_DIR, hashes, workspace } from "../helpers/workspace.js";

describe("reproducible output", () => {
  it("two runs, in two time zones and two folders, give identical sha256 for all files", async () => {
    const a = await workspace();
    const b = await workspace();
    const runA = brev(["generate", "-q"], a, { TZ: "UTC" });
    const runB = brev(["generate", "-q"], b, { TZ: "Pacific/Kiritimati" });
    expect(runA.code).toBe(0);
    expect(runB.code).toBe(0);
    const first = await hashes(path.join(a, DISPATCH_DIR));
    expect(Object.keys(first).filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(10);
    expect(await hashes(path.join(b, DISPATCH_DIR))).toEqual(first);
    // A forced second run over the same folder rewrites every file with the same bytes.
    expect(brev(["generate", "-q", "--force"], a, { TZ: "America/Los_Angeles" }).code).toBe(0);
    expect(await hashes(path.join(a, DISPATCH_DIR))).toEqual(first);
  });

  it("writes no absolute path into the files", async () => {
    const dir = await workspace();
    brev(["generate", "-q"], dir);
    for (const [file] of Object.entries(await hashes(path.join(dir, DISPATCH_DIR)))) {
      const bytes = await readFile(path.join(dir, DISPATCH_DIR, file));
      expect(bytes.includes(Buffer.from(dir)), file).toBe(false);
      expect(bytes.includes(Buffer.from(tmpdir())), file).toBe(false);
    }
  });

  it("takes the file date from SOURCE_DATE_EPOCH when set, else from the letter", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "brev-sde-"));
    expect(brev(["generate", "-q", "-a", "dss", "-f", "pdf", "-o", out], undefined, { SOURCE_DATE_EPOCH: "1700000000" }).code).toBe(0);
    const withEpoch = await readPdf(await readFile(path.join(out, "inkluderingsdugnaden-2020/dss.pdf")));
    expect(String(withEpoch.info.CreationDate)).toMatch(/^D:20231114/);
    const plain = await mkdtemp(path.join(tmpdir(), "brev-sde-"));
    brev(["generate", "-q", "-a", "dss", "-f", "pdf", "-o", plain]);
    expect(String((await readPdf(await readFile(path.join(plain, "inkluderingsdugnaden-2020/dss.pdf")))).info.CreationDate)).toMatch(/^D:20201030/);
  });
});

describe("no clock inside the files", () => {
  it("gives the same bytes on another day", async () => {
    const { vi } = await import("vitest");
    const { generate } = await import("../../src/index.js");
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
