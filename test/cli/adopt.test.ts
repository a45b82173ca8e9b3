// `brev adopt` in-process: what it says of an unchanged letter, and of files it cannot adopt; a file made from an
// earlier version of its letter is refused (keeping it would leave two different letters to one agency). And a
// letter's PDF and DOCX never end a run with exit 0 while they were made from different inputs (here a run of one
// format after the registry changed).
import { mkdir, readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("brev adopt", () => {
  it("adopting an unchanged letter only records it", async () => {
    const cwd = await workspace();
    expect((await runInProcess(["generate", "-q", "-a", "dss", "-f", "pdf"], cwd)).code).toBe(0);
    const run = await runInProcess(["adopt", `${DISPATCH_DIR}/dss.pdf`], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("it is exactly what brev writes for this letter");
  });

  it.each([
    [["adopt", "README.md"], 2, "README.md is not a letter file"],
    [["adopt", "out/no-such-dispatch/dss.pdf"], 2, 'no registry has a dispatch "no-such-dispatch"'],
    [["adopt", `${DISPATCH_DIR}/nobody.pdf`], 2, 'has no agency "nobody"'],
    [["adopt", `${DISPATCH_DIR}/dss.pdf`], 3, "no such file"],
  ])("brev %j exits %i", async (args, code, message) => {
    const run = await runInProcess(args, await workspace());
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it("refuses a file larger than any letter without reading it (a sparse file of 3 GiB)", async () => {
    const cwd = await workspace();
    await mkdir(path.join(cwd, DISPATCH_DIR), { recursive: true });
    await writeFile(path.join(cwd, DISPATCH_DIR, "dss.pdf"), "");
    await truncate(path.join(cwd, DISPATCH_DIR, "dss.pdf"), 3 * 1024 ** 3);
    const run = await runInProcess(["adopt", `${DISPATCH_DIR}/dss.pdf`], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`cannot adopt ${DISPATCH_DIR}/dss.pdf: it is ${3 * 1024 ** 3} bytes, larger than any letter brev writes`);
  });
});

/** What Word does: the same file, saved again (deflated, its custom properties kept) with a changed sentence. */
async function editInWord(file: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  if (!xml.includes("Handlingsplanen vil bli fulgt opp")) throw new Error("the sentence to edit is not in the letter");
  zip.file("word/document.xml", xml.replace("Handlingsplanen vil bli fulgt opp", "Handlingsplanen blir fulgt opp"));
  const edited = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  await writeFile(file, edited);
  return edited;
}

describe("brev adopt of a file made from an earlier version of its letter", () => {
  it("refuses it with the text difference and how to keep or replace it; generate and --check report the two letters", async () => {
    const cwd = await workspace();
    const [pdf, docx, xml] = [`${DISPATCH_DIR}/dss.pdf`, `${DISPATCH_DIR}/dss.docx`, `${DISPATCH_DIR}/dss.arkivmelding.xml`];
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    const edited = await editInWord(path.join(cwd, docx));
    // Then the deadline changes in the registry.
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "deadline: 2020-12-01", "deadline: 2020-12-15");

    const run = await runInProcess(["generate", "-a", "dss"], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrote ${pdf}`);
    expect(run.stderr).toContain(`changed by hand: ${docx} (brev did not overwrite it), and made from an earlier version of this letter`);
    expect(run.stderr).not.toContain("brev adopt");
    expect(run.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx} and ${xml} were made from different inputs`);

    const adopt = await runInProcess(["adopt", docx], cwd);
    expect(adopt.code).toBe(1);
    expect(adopt.stderr).toContain(`not adopted: ${docx} was made from an earlier version of this letter`);
    // The difference, both ways: the clerk's edit, and the deadline the file still has.
    expect(adopt.stderr).toContain("-Handlingsplanen blir fulgt opp");
    expect(adopt.stderr).toContain("+Handlingsplanen vil bli fulgt opp");
    expect(adopt.stderr).toContain("-Vi ber om å få tilsendt DSS' handlingsplan innen 1.12.2020.");
    expect(adopt.stderr).toContain("+Vi ber om å få tilsendt DSS' handlingsplan innen 15.12.2020.");
    expect(adopt.stderr).toContain('to keep the edit: put it into the registry, in a blocks: entry of agency "dss"');
    expect(adopt.stderr).toContain("to replace the file with the new letter: brev generate --force -a dss -f docx");
    expect(await readFile(path.join(cwd, docx))).toEqual(edited);

    const check = await runInProcess(["generate", "--check", "-a", "dss"], cwd);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx} and ${xml}`);

    expect((await runInProcess(["generate", "-q", "--force", "-a", "dss", "-f", "docx"], cwd)).code).toBe(0);
    expect((await runInProcess(["generate", "--check", "-q", "-a", "dss"], cwd)).code).toBe(0);
  });
});

describe("brev adopt of an edited DOCX whose inputs have not changed", () => {
  it("keeps it, but says the PDF lacks the edit and exits 1; generate and --check report the two texts until both agree", async () => {
    const cwd = await workspace();
    const [pdf, docx] = [`${DISPATCH_DIR}/dss.pdf`, `${DISPATCH_DIR}/dss.docx`];
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    const edited = await editInWord(path.join(cwd, docx));

    const adopted = await runInProcess(["adopt", docx], cwd);
    expect(adopted.code).toBe(1);
    expect(adopted.stdout).toContain(`adopted ${docx}: generate keeps it until the letter's inputs change`);
    expect(adopted.stderr).toContain(`two texts to one agency: ${pdf} does not carry the edit in ${docx}`);
    expect(adopted.stderr).toContain('put the edit into the registry, in a blocks: entry of agency "dss", then run brev generate --force -a dss');
    for (const args of [
      ["generate", "-a", "dss"],
      ["generate", "--check", "-a", "dss"],
    ]) {
      const run = await runInProcess(args, cwd);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toContain(
        `two texts to one agency: ${pdf} does not carry the edit in ${docx} (changed by hand and kept with brev adopt)`,
      );
    }
    expect(await readFile(path.join(cwd, docx))).toEqual(edited);

    // Both made from the registry again: one text.
    expect((await runInProcess(["generate", "-q", "--force", "-a", "dss"], cwd)).code).toBe(0);
    expect((await runInProcess(["generate", "-q", "--check", "-a", "dss"], cwd)).code).toBe(0);
  });

  it("a DOCX only saved again (its text the letter's) is adopted with exit 0, and generate finds one text", async () => {
    const cwd = await workspace();
    const docx = `${DISPATCH_DIR}/dss.docx`;
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(path.join(cwd, docx)));
    await writeFile(path.join(cwd, docx), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const adopted = await runInProcess(["adopt", docx], cwd);
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toContain(`adopted ${docx}`);
    expect(adopted.stderr).not.toContain("two texts");
    expect((await runInProcess(["generate", "-q", "--check", "-a", "dss"], cwd)).code).toBe(0);
  });
});

describe("a letter whose formats disagree", () => {
  it("makes generate and --check exit 1, naming both files", async () => {
    const cwd = await workspace();
    const [pdf, docx, xml] = [`${DISPATCH_DIR}/dss.pdf`, `${DISPATCH_DIR}/dss.docx`, `${DISPATCH_DIR}/dss.arkivmelding.xml`];
    expect((await runInProcess(["generate", "-q", "-a", "dss"], cwd)).code).toBe(0);
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "deadline: 2020-12-01", "deadline: 2020-12-15");

    const run = await runInProcess(["generate", "-a", "dss", "-f", "pdf"], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrote ${pdf}`);
    expect(run.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx} and ${xml} were made from different inputs`);
    expect(run.stderr).toContain("to make them one letter: brev generate -a dss");
    const check = await runInProcess(["generate", "--check", "-a", "dss", "-f", "pdf"], cwd);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`two different letters to one agency: ${pdf} and ${docx} and ${xml}`);
  });
});
