// Hostile data: prototype pollution, huge files, and text that looks like code or markup.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate, validate } from "../../src/index.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { squash } from "../helpers/words.js";
import { SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

describe("prototype pollution", () => {
  it("__proto__ and constructor keys anywhere leave Object.prototype alone", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const text = await readFile(registry, "utf8");
    const hostile = [
      `__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n${text}`,
      text.replace("  - id: digdir\n", "  - id: digdir\n    blocks: { __proto__: { polluted: true } }\n"),
      text.replace("  - id: digdir\n", '  - id: digdir\n    "__proto__": { "polluted": true }\n'),
      `x-evil: &e { __proto__: { polluted: true } }\n${text.replace("  - id: digdir\n", "  - id: digdir\n    <<: *e\n")}`,
    ];
    for (const variant of hostile) {
      await writeFile(registry, variant);
      await validate([], { cwd }).catch(() => undefined);
      await generate({}, { cwd }).catch(() => undefined);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe("huge registries", () => {
  it("a 50 MB registry is refused with a size message, before parsing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "brev-huge-"));
    const file = path.join(dir, "huge.yaml");
    await writeFile(file, `agencies:\n${"  - { id: a, name: x }\n".repeat(2_300_000)}`);
    const run = await runInProcess(["validate", file], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.yaml:1:1: error: the file is 50\.\d MB; a registry may be at most 10 MB/);
  });
});

describe("text that looks like code or markup comes out literally", () => {
  const NASTY = [
    "{{x}} {{{y}}} {{#if z}}",
    "**fet** _kursiv_ # overskrift",
    "<w:t>&amp; ]]> </script>",
    "\u200Fמשרד\u200F \u202Eabc\u202C",
    "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž æøå",
  ];

  const RTL = /[\u200F\u202E]/;

  it("in the PDF and the DOCX, and LibreOffice still opens the DOCX", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const text = await readFile(registry, "utf8");
    await writeFile(
      registry,
      text.replace(
        "  - id: digdir\n    name: Digitaliseringsdirektoratet\n",
        // Names and addresses are literal text; a block is its author's Markdown, never template code.
        `  - id: digdir\n    name: ${JSON.stringify(NASTY[0])}\n    address: ${JSON.stringify(NASTY.slice(1))}\n    blocks: { status: ${JSON.stringify(NASTY[0])} }\n`,
      ),
    );
    const report = await generate({ agencies: ["digdir"] }, { cwd });
    expect(report.errors).toEqual([]);
    const dir = path.join(cwd, "out/inkluderingsdugnaden-2020");
    const pdf = squash((await readPdf(await readFile(path.join(dir, "digdir.pdf")))).pages.join("\n"));
    const docx = squash(docxPlainText(await readDocx(await readFile(path.join(dir, "digdir.docx")))));
    for (const s of NASTY) {
      expect(docx).toContain(squash(s));
      // pdf.js reorders right-to-left runs and drops the invisible marks, so there the words are what can be compared.
      // (A character the font cannot draw, such as an emoji, is refused: see the fixture bad/undrawable.)
      if (RTL.test(s)) for (const word of ["משרד", "abc"]) expect(pdf).toContain(word);
      else expect(pdf).toContain(squash(s));
    }
    const out = await mkdtemp(path.join(tmpdir(), "brev-lo-"));
    execFileSync(
      "soffice",
      ["--headless", "--norestore", `-env:UserInstallation=file://${out}/profile`, "--convert-to", "pdf", "--outdir", out, path.join(dir, "digdir.docx")],
      {
        stdio: "ignore",
      },
    );
    expect(squash(execFileSync("pdftotext", [path.join(out, "digdir.pdf"), "-"], { encoding: "utf8" }))).toContain("{{x}} {{{y}}}");
  }, 120_000);

  it("a 2000-character name still lays out", async () => {
    const cwd = await workspace();
    const registry = path.join(cwd, SAMPLE_REGISTRY);
    const long = "Direktoratet for lange navn ".repeat(72).trim().slice(0, 2000);
    await writeFile(registry, (await readFile(registry, "utf8")).replace("    name: Valgdirektoratet\n", `    name: ${long}\n`));
    const run = await runInProcess(["generate", "-a", "valgdirektoratet"], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const pdf = await readPdf(await readFile(path.join(cwd, "out/inkluderingsdugnaden-2020/valgdirektoratet.pdf")));
    expect(pdf.pages.length).toBeGreaterThan(1);
  });
});
