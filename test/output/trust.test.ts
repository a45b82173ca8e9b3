// out/ is judged by what its files carry, not only by what the manifest claims, and read bounded: a letter file
// copied over another's under a record that vouches for it is stale; a record never makes --prune delete a file
// without brev's fingerprint; a letter whose formats were made from different inputs is reported; a record a killed
// run left `replacing` is settled by the next run; sparse files of any size are judged without being read whole.
// Stand-in letter files (a body and the fingerprint a PDF carries in its XMP), made at run time in temp folders.
import { mkdtemp, readFile, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { stampText } from "../../src/output/fingerprint.js";
import type { Format } from "../../src/output/letter-path.js";
import { type LetterJob, type UpdateOptions, updateDispatch } from "../../src/output/update-dispatch.js";
import { sha256 } from "../../src/shared/hash.js";

const INPUT = "1".repeat(64);
const letter = (body: string) => sha256(body);
/** A stand-in PDF of agency's letter in folder d: its body, and the stamp its XMP carries (which file, which letter). */
const bytes = (agency: string, body: string) =>
  `${agency}:${body} <brev:fingerprint>${stampText({ at: `d/${agency}.pdf`, letter: letter(body) })}</brev:fingerprint>`;

function job(agency: string, body: string, format: Format = "pdf"): LetterJob {
  return { agency, format, input: INPUT, letter: letter(body), render: async () => new TextEncoder().encode(bytes(agency, body)) };
}

async function setup(known = ["a", "b"]) {
  const out = await mkdtemp(path.join(tmpdir(), "brev-tr-"));
  const folder = await DispatchFolder.open(out, "d", { outNamed: true, shown: (f) => path.relative(out, f) });
  const options = (extra: Partial<UpdateOptions> = {}): UpdateOptions => ({ dispatch: "d", brev: "1", known: new Set(known), lock: { wait: false }, ...extra });
  const file = (name: string) => path.join(out, "d", name);
  const manifest = async () => JSON.parse(await readFile(file("manifest.json"), "utf8"));
  const setManifest = (data: unknown, name = "manifest.json") => writeFile(file(name), JSON.stringify(data));
  return { folder, options, file, manifest, setManifest };
}

describe("a file vouches for itself", () => {
  it.each(["manifest.json", "manifest.1-of-2.json"])(
    "a letter file copied over another's, with %s vouching for it, is stale for --check and rewritten by generate (it names another file)",
    async (where) => {
      const { folder, options, file, manifest, setManifest } = await setup();
      const jobs = [job("a", "to A"), job("b", "to B")];
      await updateDispatch(folder, jobs, options());
      // What a cache or an artifact store can do: b.pdf is a's file, and a record says that is b's letter.
      await writeFile(file("b.pdf"), bytes("a", "to A"));
      const data = await manifest();
      data.letters.b.pdf.sha256 = sha256(bytes("a", "to A"));
      if (where === "manifest.json") await setManifest(data);
      else await setManifest({ ...data, letters: { b: data.letters.b } }, where);

      // b.pdf says itself that it is d/a.pdf: the record vouches for brev's bytes, but not for this letter here.
      const check = await updateDispatch(folder, jobs, options({ check: true }));
      expect(check.written.map((w) => [w.file, w.reason])).toEqual([["d/b.pdf", "stale"]]);
      expect(check.refused).toEqual([]);
      expect(await readFile(file("b.pdf"), "utf8")).toBe(bytes("a", "to A"));
      const run = await updateDispatch(folder, jobs, options());
      expect(run.written.map((w) => [w.file, w.reason])).toEqual([["d/b.pdf", "stale"]]);
      expect(await readFile(file("b.pdf"), "utf8")).toBe(bytes("b", "to B"));
    },
  );

  it("--prune never deletes a file without brev's fingerprint, whatever a record says; it deletes brev's own", async () => {
    const { folder, options, file, manifest, setManifest } = await setup(["a", "notes", "c"]);
    await updateDispatch(folder, [job("a", "to A"), job("c", "to C")], options());
    // A clerk's notes.pdf (its name an id), and a record that vouches for exactly its bytes.
    await writeFile(file("notes.pdf"), "the clerk's own notes");
    const data = await manifest();
    data.letters.notes = { pdf: { input: INPUT, sha256: sha256("the clerk's own notes") } };
    await setManifest(data);
    const run = await updateDispatch(folder, [job("a", "to A")], options({ known: new Set(["a"]), prune: true }));
    expect(run.orphans.map((o) => [o.name, o.state, o.pruned])).toEqual([
      ["c.pdf", "prunable", true],
      ["notes.pdf", "kept", false],
    ]);
    expect(run.orphans[1]?.why).toContain("does not carry the fingerprint");
    expect(await readFile(file("notes.pdf"), "utf8")).toBe("the clerk's own notes");
    await expect(readFile(file("c.pdf"))).rejects.toThrow();
  });

  it("--prune never deletes a copy of a letter under another name, though it carries brev's fingerprint and a copied record", async () => {
    const { folder, options, file, manifest, setManifest } = await setup(["a", "notes2"]);
    await updateDispatch(folder, [job("a", "to A")], options());
    // `cp a.pdf notes2.pdf`, and a record for notes2.pdf copied from a.pdf's.
    await writeFile(file("notes2.pdf"), bytes("a", "to A"));
    const data = await manifest();
    data.letters.notes2 = { pdf: data.letters.a.pdf };
    await setManifest(data);
    const run = await updateDispatch(folder, [job("a", "to A")], options({ known: new Set(["a"]), prune: true }));
    expect(run.orphans.map((o) => [o.name, o.state, o.pruned])).toEqual([["notes2.pdf", "kept", false]]);
    expect(run.orphans[0]?.why).toContain("a copy of the letter d/a.pdf");
    expect(await readFile(file("notes2.pdf"), "utf8")).toBe(bytes("a", "to A"));
  });
});

describe("a letter's formats agree", () => {
  it("a run of one format reports the letter whose other format was made from other inputs", async () => {
    const { folder, options, file, manifest, setManifest } = await setup(["a"]);
    await updateDispatch(folder, [job("a", "old text", "pdf"), job("a", "old text", "docx")], options());
    expect((await updateDispatch(folder, [job("a", "old text", "pdf")], options({ check: true }))).disagreeing).toEqual([]);
    // The registry changes; only the PDF is made again (-f pdf). The stand-in DOCX carries no fingerprint brev can
    // read: its record says which letter it was made from.
    const run = await updateDispatch(folder, [job("a", "new text", "pdf")], options());
    expect(run.written.map((w) => w.file)).toEqual(["d/a.pdf"]);
    expect(run.disagreeing).toEqual([{ agency: "a", files: ["d/a.pdf", "d/a.docx"] }]);
    expect((await updateDispatch(folder, [job("a", "new text", "pdf")], options({ check: true }))).disagreeing).toHaveLength(1);
    // Made one letter again: no disagreement.
    await updateDispatch(folder, [job("a", "new text", "pdf"), job("a", "new text", "docx")], options());
    expect((await updateDispatch(folder, [job("a", "new text", "pdf")], options({ check: true }))).disagreeing).toEqual([]);
    // A record that knows no letter (an older brev's) and a file without a fingerprint: nothing to compare, no claim.
    const data = await manifest();
    delete data.letters.a.docx.letter;
    await setManifest(data);
    await writeFile(file("a.docx"), "a:new text");
    expect((await updateDispatch(folder, [job("a", "newer text", "pdf")], options({ check: true }))).disagreeing).toEqual([]);
  });
});

describe("a record a killed run left `replacing`", () => {
  it("is settled by the next run: folded when the new file is in place, rewritten when the old one is", async () => {
    const { folder, options, file, manifest, setManifest } = await setup();
    const jobs = [job("a", "new A"), job("b", "new B")];
    // As a run killed after its last batch leaves it: both records vouch for old and new; a.pdf is the new file, b.pdf
    // still the old one.
    await folder.write("a.pdf", new TextEncoder().encode(bytes("a", "new A")));
    await folder.write("b.pdf", new TextEncoder().encode(bytes("b", "old B")));
    const record = (agency: string, body: string, old: string) => ({
      input: INPUT,
      sha256: sha256(bytes(agency, body)),
      letter: letter(body),
      replacing: sha256(bytes(agency, old)),
    });
    await setManifest({ brev: "1", dispatch: "d", letters: { a: { pdf: record("a", "new A", "old A") }, b: { pdf: record("b", "new B", "old B") } } });

    const check = await updateDispatch(folder, jobs, options({ check: true }));
    expect(check.written.map((w) => [w.file, w.reason])).toEqual([["d/b.pdf", "stale"]]);
    expect(check.unchanged.map((u) => u.file)).toEqual(["d/a.pdf"]);
    expect((await manifest()).letters.a.pdf.replacing).toBeDefined();

    await updateDispatch(folder, jobs, options());
    const after = await manifest();
    expect(after.letters.a.pdf).toEqual({ input: INPUT, sha256: sha256(bytes("a", "new A")), letter: letter("new A") });
    expect(after.letters.b.pdf).toEqual({ input: INPUT, sha256: sha256(bytes("b", "new B")), letter: letter("new B") });
    expect(await readFile(file("b.pdf"), "utf8")).toBe(bytes("b", "new B"));
  });

  it("is settled even when the run has nothing to write", async () => {
    const { folder, options, manifest, setManifest } = await setup(["a"]);
    await folder.write("a.pdf", new TextEncoder().encode(bytes("a", "new A")));
    const record = { input: INPUT, sha256: sha256(bytes("a", "new A")), letter: letter("new A"), replacing: "0".repeat(64) };
    await setManifest({ brev: "1", dispatch: "d", letters: { a: { pdf: record } } });
    const run = await updateDispatch(folder, [job("a", "new A")], options());
    expect(run.written).toEqual([]);
    expect((await manifest()).letters.a.pdf.replacing).toBeUndefined();
  });
});

describe("out/ is read bounded", () => {
  it("a sparse manifest of 600 MB is ignored with a warning, not read; a sparse letter of 3 GiB is not brev's, and not read", async () => {
    const { folder, options, file } = await setup(["a"]);
    await updateDispatch(folder, [job("a", "to A")], options());
    await truncate(file("manifest.json"), 600 * 1024 * 1024);
    await writeFile(file("a.docx"), "");
    await truncate(file("a.docx"), 3 * 1024 * 1024 * 1024);
    // Judged by its size alone: no hash of its bytes.
    expect(await folder.inspect("a.docx", "docx")).toEqual({ sha256: `larger than a letter: ${3 * 1024 ** 3} bytes`, size: 3 * 1024 ** 3 });
    const check = await updateDispatch(folder, [job("a", "to A"), job("a", "to A", "docx")], options({ check: true }));
    expect(check.warnings.map((w) => w.message)).toEqual(["the manifest is 600 MB, larger than brev writes one (at most 16 MB); it is ignored"]);
    expect(check.refused.map((r) => [r.file, r.reason])).toEqual([
      ["d/a.pdf", "unrecorded"],
      ["d/a.docx", "unrecorded"],
    ]);
  });

  it("a sparse letter below the limit is hashed in chunks to the hash of its bytes, and is refused as changed by hand", async () => {
    const { folder, options, file } = await setup(["a"]);
    await updateDispatch(folder, [job("a", "to A")], options());
    await truncate(file("a.pdf"), 3 * 1024 * 1024);
    const inspected = await folder.inspect("a.pdf", "pdf");
    // The stand-in's bytes, then zeros: its fingerprint is found at the start, the hash covers every byte.
    expect(inspected?.sha256).toBe(sha256(await readFile(file("a.pdf"))));
    expect(inspected?.stamp).toEqual({ at: "d/a.pdf", letter: letter("to A") });
    const run = await updateDispatch(folder, [job("a", "to A")], options());
    expect(run.refused.map((r) => [r.file, r.reason])).toEqual([["d/a.pdf", "edited"]]);
  });

  it("finds a fingerprint that spans two chunks of the read", async () => {
    const { folder, file } = await setup(["a"]);
    await folder.write("a.pdf", new Uint8Array([1]));
    const tail = bytes("a", "to A");
    // The mark starts 20 bytes before the first chunk (1 MiB) ends.
    const at = 1024 * 1024 - 20 - tail.indexOf("brev:fingerprint");
    await writeFile(file("a.pdf"), Buffer.concat([Buffer.alloc(at, 32), Buffer.from(tail)]));
    expect((await folder.inspect("a.pdf", "pdf"))?.stamp).toEqual({ at: "d/a.pdf", letter: letter("to A") });
  });
});
