// The arkivmelding as an output format (issue 19, point 1): out/<dispatch>/<agency>.arkivmelding.xml beside the PDF,
// in the manifest, incremental, checked, pruned with its letter, and left alone when changed by hand. Nothing here
// reads what the XML says (test/render holds that): only which files are written, and when.
import { mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stampText } from "../../src/output/fingerprint.js";
import { inspectLetterFile } from "../../src/output/letter-file.js";
import { letterFileName, parseLetterFileName } from "../../src/output/letter-path.js";
import { XML_COMMENT_PREFIX, XML_COMMENT_SUFFIX } from "../../src/render/file-fingerprint.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, hashes, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const AGENCIES = ["digdir", "distriktssenteret", "dss", "htu", "kartverket", "valgdirektoratet"];
const XML = `${DISPATCH_DIR}/dss.arkivmelding.xml`;
const written = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l.startsWith("wrote "))
    .map((l) => l.slice("wrote ".length))
    .sort();

describe("the arkivmelding's file name and fingerprint", () => {
  it("is <agency>.arkivmelding.xml, read back as that format and no other", () => {
    expect(letterFileName("dss", "arkivmelding")).toBe("dss.arkivmelding.xml");
    expect(parseLetterFileName("dss.arkivmelding.xml")).toEqual({ agency: "dss", format: "arkivmelding" });
    expect(parseLetterFileName("dss.pdf")).toEqual({ agency: "dss", format: "pdf" });
    for (const name of ["dss.xml", "dss.arkivmelding", "arkivmelding.xml", ".arkivmelding.xml", "dss.arkivmelding.xml.tmp", "Dss.arkivmelding.xml"]) {
      expect(parseLetterFileName(name), name).toBeUndefined();
    }
  });

  it("is the comment right after the XML declaration, and only there", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "brev-xml-"));
    const stamp = { at: "d/dss.arkivmelding.xml", letter: "a".repeat(64) };
    const comment = `${XML_COMMENT_PREFIX}${stampText(stamp)}${XML_COMMENT_SUFFIX}`;
    const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
    const read = async (text: string) => {
      const file = path.join(dir, "x.xml");
      await writeFile(file, text);
      const handle = await open(file);
      try {
        return (await inspectLetterFile(handle, "arkivmelding")).stamp;
      } finally {
        await handle.close();
      }
    };
    expect(await read(`${declaration}\n${comment}\n<arkivmelding/>\n`)).toEqual(stamp);
    expect(await read(`${declaration}\r\n${comment}\r\n<arkivmelding/>\r\n`)).toEqual(stamp);
    expect(await read(`${comment}\n<arkivmelding/>\n`)).toBeUndefined();
    expect(await read(`${declaration}\n<arkivmelding/>\n${comment}\n`)).toBeUndefined();
    expect(await read(`${declaration}\n${XML_COMMENT_PREFIX}${stampText(stamp)}\n<arkivmelding/>\n`)).toBeUndefined();
  });
});

describe("generate and the arkivmelding", () => {
  it("writes one beside every PDF by default, records it, and a rerun writes nothing", async () => {
    const cwd = await workspace();
    const run = await runInProcess(["generate"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("19 written, 0 unchanged");
    const files = Object.keys(await hashes(path.join(cwd, DISPATCH_DIR))).sort();
    expect(files).toEqual(["journal.csv", "manifest.json", ...AGENCIES.flatMap((a) => [`${a}.arkivmelding.xml`, `${a}.docx`, `${a}.pdf`])].sort());
    const manifest = JSON.parse(await readFile(path.join(cwd, DISPATCH_DIR, "manifest.json"), "utf8")) as {
      letters: Record<string, Record<string, { sha256: string; letter: string }>>;
    };
    for (const agency of AGENCIES) {
      const records = manifest.letters[agency] ?? {};
      expect(Object.keys(records), agency).toEqual(["arkivmelding", "docx", "pdf"]);
      // One letter, three files made from it.
      expect(records.arkivmelding?.letter).toBe(records.pdf?.letter);
    }
    const before = await hashes(path.join(cwd, DISPATCH_DIR));
    const again = await runInProcess(["generate"], cwd);
    expect(again.stdout).toContain("0 written, 19 unchanged");
    expect(await hashes(path.join(cwd, DISPATCH_DIR))).toEqual(before);
    expect((await runInProcess(["generate", "--check"], cwd)).code).toBe(0);

    // Byte for byte the same from another run, into another folder. (On render threads too: render-threads.test.ts
    // compares a threaded run's files, arkivmeldinger included, with the built command's.)
    const other = await runInProcess(["generate", "-q", "-a", "dss", "-o", "other"], cwd);
    expect(other.code).toBe(0);
    for (const name of ["dss.arkivmelding.xml", "dss.pdf"]) {
      expect(await readFile(path.join(cwd, "other/inkluderingsdugnaden-2020", name)), name).toEqual(await readFile(path.join(cwd, DISPATCH_DIR, name)));
    }
  });

  it("-f pdf writes none; -f arkivmelding writes only it", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss,htu", "-f", "pdf"], cwd)).code).toBe(0);
    expect(Object.keys(await hashes(path.join(cwd, DISPATCH_DIR))).sort()).toEqual(["dss.pdf", "htu.pdf", "manifest.json"]);
    const run = await runInProcess(["generate", "-a", "dss", "-f", "arkivmelding"], cwd);
    expect(run.code).toBe(0);
    expect(written(run.stdout)).toEqual([XML]);
  });

  it("is rewritten when the run's formats change what it names (the DOCX), and with the letter", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss", "-f", "pdf,docx,arkivmelding"], cwd)).code).toBe(0);
    const withDocx = await readFile(path.join(cwd, XML));
    // The same formats in another order are the same run.
    expect((await runInProcess(["generate", "-a", "dss", "-f", "arkivmelding,docx", "-f", "pdf"], cwd)).stdout).toContain("0 written, 3 unchanged");

    const withoutDocx = await runInProcess(["generate", "-a", "dss", "-f", "pdf,arkivmelding"], cwd);
    expect(withoutDocx.code).toBe(0);
    expect(written(withoutDocx.stdout)).toEqual([XML]);
    expect(withoutDocx.stdout).toContain("1 written, 1 unchanged");
    expect(await readFile(path.join(cwd, XML))).not.toEqual(withDocx);
    expect(written((await runInProcess(["generate", "-a", "dss"], cwd)).stdout)).toEqual([XML]);
    expect(await readFile(path.join(cwd, XML))).toEqual(withDocx);

    // The letter changes: its PDF, DOCX and arkivmelding are written again.
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "deadline: 2020-12-01", "deadline: 2020-12-15");
    expect(written((await runInProcess(["generate", "-a", "dss"], cwd)).stdout)).toEqual([XML, `${DISPATCH_DIR}/dss.docx`, `${DISPATCH_DIR}/dss.pdf`]);
  });

  it("--check reports a missing and an edited arkivmelding, and writes nothing", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss,htu"], cwd)).code).toBe(0);
    await rm(path.join(cwd, XML));
    await writeFile(path.join(cwd, DISPATCH_DIR, "htu.arkivmelding.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<arkivmelding/>\n');
    const before = await hashes(path.join(cwd, DISPATCH_DIR));
    const check = await runInProcess(["generate", "--check", "-a", "dss,htu"], cwd);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/missing\s+out\/inkluderingsdugnaden-2020\/dss\.arkivmelding\.xml/);
    expect(check.stderr).toContain(`changed by hand: ${DISPATCH_DIR}/htu.arkivmelding.xml`);
    expect(await hashes(path.join(cwd, DISPATCH_DIR))).toEqual(before);
  });

  it("--prune removes an agency's arkivmelding with its letters", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss,htu"], cwd)).code).toBe(0);
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    await writeFile(registry, (await readFile(registry, "utf8")).replace(/ {2}- id: htu\n(?: {4}.*\n)*/, ""));
    const run = await runInProcess(["generate", "-a", "dss"], cwd);
    expect(run.stdout).toContain(`orphaned ${DISPATCH_DIR}/htu.arkivmelding.xml`);
    const pruned = await runInProcess(["generate", "--prune", "-a", "dss"], cwd);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain(`pruned ${DISPATCH_DIR}/htu.arkivmelding.xml`);
    expect(Object.keys(await hashes(path.join(cwd, DISPATCH_DIR))).sort()).toEqual(["dss.arkivmelding.xml", "dss.docx", "dss.pdf", "manifest.json"]);
    const manifest = JSON.parse(await readFile(path.join(cwd, DISPATCH_DIR, "manifest.json"), "utf8")) as { letters: Record<string, unknown> };
    expect(Object.keys(manifest.letters)).toEqual(["dss"]);
  });

  it("a hand-edited arkivmelding is left alone like a hand-edited PDF: --force replaces it, brev adopt keeps it", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    const edited = Buffer.concat([await readFile(path.join(cwd, XML)), Buffer.from("<!-- journalført 2020-11-02 -->\n")]);
    await writeFile(path.join(cwd, XML), edited);

    const run = await runInProcess(["generate", "-a", "dss"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`changed by hand: ${XML}`);
    expect(run.stdout).toContain("0 written, 2 unchanged, 1 left alone");
    expect(await readFile(path.join(cwd, XML))).toEqual(edited);

    // Kept: it describes the letter and holds none of its text, so no "two texts" follows.
    const adopted = await runInProcess(["adopt", XML], cwd);
    expect(adopted.code).toBe(0);
    expect(adopted.stderr).not.toContain("two texts");
    const kept = await runInProcess(["generate", "-a", "dss"], cwd);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain("0 written, 3 unchanged");
    expect(await readFile(path.join(cwd, XML))).toEqual(edited);

    const forced = await runInProcess(["generate", "--force", "-a", "dss", "-f", "arkivmelding"], cwd);
    expect(written(forced.stdout)).toEqual([XML]);
    expect(await readFile(path.join(cwd, XML))).not.toEqual(edited);
  });
});
