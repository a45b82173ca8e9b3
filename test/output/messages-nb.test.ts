// The words of output/ and render/ as a clerk reads them, through the CLI: the same problem in English and in bokmål
// (--lang nb), each line compared whole, and the same stable code in --json whatever the language.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { DISPATCH_DIR, workspace } from "../helpers/workspace.js";

const LANGUAGES = [
  ["en", []],
  ["nb", ["--lang", "nb"]],
] as const;

/** A lock note of a brev run on another machine: what a run there leaves in the folder while it writes. */
const FOREIGN_LOCK = JSON.stringify({ pid: 42, host: "0badc0de", since: "2020-01-01T00:00:00.000Z" });

describe("output and render messages in English and bokmål", () => {
  it.each(LANGUAGES)("out/ is a file (%s)", async (lang, flag) => {
    const cwd = await workspace();
    await writeFile(path.join(cwd, "out"), "not a folder");
    const run = await runInProcess(["generate", ...flag], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n")).toEqual([
      lang === "en" ? "brev: cannot write out: it is a file, not a folder" : "brev: kan ikke skrive out: det er en fil, ikke en mappe",
      "",
    ]);
  });

  it.each(LANGUAGES)("something not brev's where a letter goes (%s)", async (lang, flag) => {
    const cwd = await workspace();
    await mkdir(path.join(cwd, DISPATCH_DIR, "dss.pdf"), { recursive: true });
    const run = await runInProcess(["generate", ...flag], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n")).toEqual([
      lang === "en"
        ? "brev: out/inkluderingsdugnaden-2020/dss.pdf is a folder, where brev keeps its own files; brev does not open it. Move it away and run again"
        : "brev: out/inkluderingsdugnaden-2020/dss.pdf er en mappe, der brev har sine egne filer; brev åpner det ikke. Flytt det bort og kjør på nytt",
      "",
    ]);
  });

  it.each(LANGUAGES)("another run holds the lock (%s)", async (lang, flag) => {
    const cwd = await workspace();
    await mkdir(path.join(cwd, DISPATCH_DIR), { recursive: true });
    await writeFile(path.join(cwd, DISPATCH_DIR, ".brev-lock"), FOREIGN_LOCK);
    const run = await runInProcess(["generate", "--no-wait", ...flag], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n")).toEqual([
      lang === "en"
        ? "brev: out/inkluderingsdugnaden-2020 is being written by brev (process 42, since 2020-01-01 00:00:00 UTC) on another machine (if that run is gone, delete out/inkluderingsdugnaden-2020/.brev-lock); try again when it has finished"
        : "brev: out/inkluderingsdugnaden-2020 blir skrevet av brev (prosess 42, siden 2020-01-01 00:00:00 UTC) på en annen maskin (hvis den kjøringen er borte, slett out/inkluderingsdugnaden-2020/.brev-lock); prøv igjen når den kjøringen er ferdig",
      "",
    ]);
  });

  it.each(LANGUAGES)("a font that is not a font (%s)", async (lang, flag) => {
    const cwd = await workspace();
    const font = path.join(cwd, "bad.ttf");
    await writeFile(font, "this is not a font at all");
    const run = await runInProcess(["generate", ...flag], cwd, { context: { fontFiles: { bold: font } } });
    expect(run.code).toBe(3);
    expect(run.stderr.split("\n")).toEqual([
      lang === "en" ? `brev: cannot load font ${font}: not a TrueType font` : `brev: kan ikke laste inn skriften ${font}: ikke en TrueType-skrift`,
      "",
    ]);
  });

  it("a manifest that is not JSON: a warning with the same code in both languages, the letters written", async () => {
    const said: Record<string, unknown> = {};
    for (const [lang, flag] of LANGUAGES) {
      const cwd = await workspace();
      await mkdir(path.join(cwd, DISPATCH_DIR), { recursive: true });
      await writeFile(path.join(cwd, DISPATCH_DIR, "manifest.json"), "{ not json");
      const run = await runInProcess(["generate", "--json", ...flag], cwd);
      expect(run.code).toBe(0);
      said[lang] = (JSON.parse(run.stdout) as { warnings: unknown[] }).warnings;
    }
    const at = { file: "out/inkluderingsdugnaden-2020/manifest.json", line: 1, col: 1, path: "", severity: "warning", code: "output.manifestNotJson" };
    expect(said).toEqual({
      en: [
        {
          ...at,
          message: "the manifest is not valid JSON; it is ignored",
          hint: "brev checks those letters against their files instead; the next run writes a correct manifest",
        },
      ],
      nb: [
        {
          ...at,
          message: "manifestet er ikke gyldig JSON; det blir ikke brukt",
          hint: "brev sjekker i stedet disse brevene mot filene deres; neste kjøring skriver et riktig manifest",
        },
      ],
    });
  });
});
