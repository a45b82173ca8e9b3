// The manifest is untrusted input: a record whose key could name a path, or whose fields are not hashes, is ignored
// with a warning that says where it is; a manifest that cannot be used is ignored as a whole.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { readManifest, serializeManifest } from "../../src/output/manifest.js";

const HASH = "a".repeat(64);

async function folderWith(manifest: string): Promise<DispatchFolder> {
  const out = await mkdtemp(path.join(tmpdir(), "brev-manifest-"));
  await mkdir(path.join(out, "d"));
  await writeFile(path.join(out, "d", "manifest.json"), manifest);
  return DispatchFolder.open(out, "d", { outNamed: true, shown: (f) => path.relative(out, f) });
}

describe("reading a manifest", () => {
  it("keeps good records and ignores, with a positioned warning, keys that are not ids and entries that are not hashes", async () => {
    const letters = {
      dss: { pdf: { input: HASH, sha256: HASH }, docx: { input: HASH, sha256: HASH, adopted: true } },
      "../../victim": { pdf: { input: HASH, sha256: HASH } },
      "/etc/passwd": { pdf: { input: HASH, sha256: HASH } },
      "Dss.pdf": { pdf: { input: HASH, sha256: HASH } },
      htu: { pdf: { input: "x", sha256: HASH }, exe: { input: HASH, sha256: HASH }, docx: { input: HASH, sha256: HASH, replacing: "nope" } },
      nav: "not a mapping",
    };
    const text = JSON.stringify({ brev: "0.1.0", dispatch: "d", letters }, null, 2);
    const { manifest, warnings } = await readManifest(await folderWith(text), "d", "0.1.0");
    expect(Object.keys(manifest.letters).sort()).toEqual(["dss", "htu"]);
    expect(manifest.letters.dss?.docx?.adopted).toBe(true);
    expect(manifest.letters.htu).toEqual({});
    expect(warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      `d/manifest.json:${text.split("\n").findIndex((l) => l.includes("../../victim")) + 1}: record "../../victim" is not a valid agency id; it is ignored`,
      expect.stringContaining('record "/etc/passwd" is not a valid agency id'),
      expect.stringContaining('record "Dss.pdf" is not a valid agency id'),
      expect.stringContaining('record "htu" has a bad entry "pdf"'),
      expect.stringContaining('record "htu" has a bad entry "exe"'),
      expect.stringContaining('record "htu" has a bad entry "docx"'),
      expect.stringContaining('record "nav" is not a mapping'),
    ]);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
  });

  it.each([
    ["not JSON", "{ this is not json", "not valid JSON"],
    ["another dispatch's", JSON.stringify({ brev: "0.1.0", dispatch: "other", letters: {} }), 'not the manifest of dispatch "d"'],
    ["letters not a mapping", JSON.stringify({ brev: "0.1.0", dispatch: "d", letters: [] }), 'not the manifest of dispatch "d"'],
  ])("a manifest that is %s is ignored as a whole, with a warning", async (_, text, message) => {
    const { manifest, warnings } = await readManifest(await folderWith(text), "d", "0.1.0");
    expect(manifest.letters).toEqual({});
    expect(warnings).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining(message) })]);
  });

  it("writes records sorted and without anything it did not validate", () => {
    const text = serializeManifest({
      brev: "1",
      dispatch: "d",
      letters: { b: { pdf: { input: HASH, sha256: HASH } }, a: { docx: { input: HASH, sha256: HASH } } },
    });
    expect(Object.keys(JSON.parse(text).letters)).toEqual(["a", "b"]);
  });
});
