// A clerk's edits are never silently lost, through the CLI (the first refusal through the built command, the later
// steps through the same `run` in this process): generate and --check refuse a letter changed by
// hand and say how to keep or replace it; brev adopt keeps it until its inputs change; --force replaces it.
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, inject, it } from "vitest";
import { brev } from "../helpers/cli.js";
import { brevHere } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const DOCX = `${DISPATCH_DIR}/distriktssenteret.docx`;

/** What Word does: the same file, saved again with a changed sentence. */
async function editInWord(file: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  zip.file("word/document.xml", xml.replace("Vi viser til", "Som avtalt på telefon viser vi til"));
  const edited = await zip.generateAsync({ type: "nodebuffer" });
  await writeFile(file, edited);
  return edited;
}

describe("a letter changed by hand", () => {
  it("is refused by generate and --check, kept by adopt until its inputs change, and replaced by --force", async () => {
    const cwd = await workspace();
    // The sample letters the built CLI already made for this test run (the same registry and templates) are this
    // project's out/: all up to date.
    await cp(inject("samples").sample, path.join(cwd, "out"), { recursive: true });
    expect((await brevHere(["generate", "--check", "-q"], cwd)).code).toBe(0);
    const edited = await editInWord(path.join(cwd, DOCX));

    const run = brev(["generate"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`changed by hand: ${DOCX} (brev did not overwrite it)`);
    expect(run.stderr).toContain(`to keep it: brev adopt ${DOCX}`);
    expect(run.stderr).toContain("to replace it with a new letter: brev generate --force -a distriktssenteret -f docx");
    expect(run.stdout).toContain("0 written, 18 unchanged, 1 left alone");
    expect(await readFile(path.join(cwd, DOCX))).toEqual(edited);

    const check = await brevHere(["generate", "--check"], cwd);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`changed by hand: ${DOCX}`);

    // Adopted, the edit is kept; but the PDF does not carry it: one agency, two texts, said with exit 1 until both agree.
    const adopted = await brevHere(["adopt", DOCX], cwd);
    expect(adopted.code).toBe(1);
    expect(adopted.stdout).toContain(`adopted ${DOCX}: generate keeps it until the letter's inputs change`);
    expect(adopted.stderr).toContain(`two texts to one agency: ${DISPATCH_DIR}/distriktssenteret.pdf does not carry the edit in ${DOCX}`);
    const kept = await brevHere(["generate"], cwd);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain("0 written, 19 unchanged");
    expect(kept.stderr).toContain("two texts to one agency");
    expect((await brevHere(["generate", "--check", "-q"], cwd)).code).toBe(1);

    // Its inputs change: the PDF is brev's and is written again; the adopted DOCX is refused again.
    await editFile(path.join(cwd, SAMPLE_REGISTRY), "our_ref: 20/49-15", "our_ref: 20/49-16");
    const changed = await brevHere(["generate"], cwd);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`wrote ${DISPATCH_DIR}/distriktssenteret.pdf`);
    expect(changed.stderr).toContain(`changed by hand: ${DOCX}`);
    expect(await readFile(path.join(cwd, DOCX))).toEqual(edited);

    const forced = await brevHere(["generate", "--force", "-a", "distriktssenteret", "-f", "docx"], cwd);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`wrote ${DOCX}`);
    expect(await readFile(path.join(cwd, DOCX))).not.toEqual(edited);
    expect((await brevHere(["generate", "--check", "-q"], cwd)).code).toBe(0);
  }, 60_000);
});
