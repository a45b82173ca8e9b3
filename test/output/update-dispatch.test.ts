// The write loop's decisions, with stand-in renderers: what is written, kept, refused or pruned, and what the
// manifest says afterwards. No registry, template or real renderer is involved.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { stampText } from "../../src/output/fingerprint.js";
import { type LetterJob, type UpdateOptions, updateDispatch } from "../../src/output/update-dispatch.js";
import { sha256 } from "../../src/shared/hash.js";

const input = (n: number) => String(n).repeat(64).slice(0, 64);

const letter = (body: string) => sha256(body);

/** A stand-in letter file: its body, and the fingerprint a PDF carries in its XMP. */
function bytes(agency: string, body: string): string {
  return `${agency}:${body} <brev:fingerprint>${stampText({ at: `d/${agency}.pdf`, letter: letter(body) })}</brev:fingerprint>`;
}

function job(agency: string, body: string, n = 1): LetterJob {
  return { agency, format: "pdf", input: input(n), letter: letter(body), render: async () => new TextEncoder().encode(bytes(agency, body)) };
}

async function setup() {
  const out = await mkdtemp(path.join(tmpdir(), "brev-update-"));
  const folder = await DispatchFolder.open(out, "d", { outNamed: true, shown: (f) => path.relative(out, f) });
  const options = (extra: Partial<UpdateOptions> = {}): UpdateOptions => ({
    dispatch: "d",
    brev: "1",
    known: new Set(["a", "b"]),
    lock: { wait: false },
    ...extra,
  });
  const file = (name: string) => path.join(out, "d", name);
  return { folder, options, file };
}

describe("updating a dispatch folder", () => {
  it("writes missing letters, then finds them unchanged; records exactly what it wrote", async () => {
    const { folder, options, file } = await setup();
    const first = await updateDispatch(folder, [job("a", "x"), job("b", "y")], options());
    expect(first.written.map((w) => [w.agency, w.reason])).toEqual([
      ["a", "missing"],
      ["b", "missing"],
    ]);
    const manifest = JSON.parse(await readFile(file("manifest.json"), "utf8"));
    expect(manifest.letters.a.pdf).toEqual({ input: input(1), sha256: sha256(bytes("a", "x")), letter: letter("x") });
    const again = await updateDispatch(folder, [job("a", "x"), job("b", "y")], options());
    expect(again.written).toEqual([]);
    expect(again.unchanged).toHaveLength(2);
  });

  it("replaces a stale letter brev wrote, refuses one changed by hand, and --force replaces that too", async () => {
    const { folder, options, file } = await setup();
    await updateDispatch(folder, [job("a", "x"), job("b", "y")], options());
    await writeFile(file("b.pdf"), "the clerk's edit");
    const run = await updateDispatch(folder, [job("a", "x2", 2), job("b", "y2", 2)], options());
    expect(run.written.map((w) => w.agency)).toEqual(["a"]);
    expect(run.refused).toEqual([expect.objectContaining({ agency: "b", reason: "edited" })]);
    expect(await readFile(file("b.pdf"), "utf8")).toBe("the clerk's edit");
    const forced = await updateDispatch(folder, [job("b", "y2", 2)], options({ force: true }));
    expect(forced.written).toEqual([expect.objectContaining({ agency: "b", reason: "forced" })]);
    expect(await readFile(file("b.pdf"), "utf8")).toBe(bytes("b", "y2"));
  });

  it("a file with no record is recorded when it is what brev writes, and refused when it is not", async () => {
    const { folder, options, file } = await setup();
    await updateDispatch(folder, [job("a", "x")], options());
    await writeFile(file("manifest.json"), JSON.stringify({ brev: "1", dispatch: "d", letters: {} }));
    await writeFile(file("b.pdf"), "somebody else's");
    const run = await updateDispatch(folder, [job("a", "x"), job("b", "y")], options());
    expect(run.written).toEqual([]);
    expect(run.unchanged.map((u) => u.agency)).toEqual(["a"]);
    expect(run.refused).toEqual([expect.objectContaining({ agency: "b", reason: "unrecorded" })]);
    expect(JSON.parse(await readFile(file("manifest.json"), "utf8")).letters.a.pdf.sha256).toBe(sha256(bytes("a", "x")));
  });

  it("--check plans the same and writes nothing", async () => {
    const { folder, options, file } = await setup();
    await updateDispatch(folder, [job("a", "x")], options());
    const before = await readFile(file("manifest.json"), "utf8");
    const check = await updateDispatch(folder, [job("a", "x2", 2), job("b", "y")], options({ check: true }));
    expect(check.written.map((w) => [w.agency, w.reason])).toEqual([
      ["a", "stale"],
      ["b", "missing"],
    ]);
    expect(await readFile(file("manifest.json"), "utf8")).toBe(before);
  });

  it("prunes only letters brev wrote and nobody changed; keeps the rest and says why", async () => {
    const { folder, options, file } = await setup();
    await updateDispatch(folder, [job("a", "x"), job("b", "y")], options());
    await writeFile(file("c.pdf"), "not brev's");
    const run = await updateDispatch(folder, [job("a", "x")], options({ known: new Set(["a"]), prune: true }));
    expect(run.orphans.map((o) => [o.name, o.state, o.pruned])).toEqual([
      ["b.pdf", "prunable", true],
      ["c.pdf", "kept", false],
    ]);
    expect(run.orphans[1]?.why).toBe("brev has no record of writing it");
    await expect(readFile(file("b.pdf"))).rejects.toThrow();
    expect(await readFile(file("c.pdf"), "utf8")).toBe("not brev's");
    expect(Object.keys(JSON.parse(await readFile(file("manifest.json"), "utf8")).letters)).toEqual(["a"]);
  });
});
