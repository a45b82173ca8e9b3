// Values that look like code or markup, as one agency's name, address and block in the sample registry: they must
// reach the letter literally. Shared by test/api/hostile-data.test.ts (the PDF and the DOCX read back) and
// test/render/files.test.ts (LibreOffice opens that DOCX, in the one LibreOffice run the tests make for DOCX files).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { generate } from "../../src/index.js";
import { SAMPLE_REGISTRY, workspace } from "./workspace.js";

export const NASTY = [
  "{{x}} {{{y}}} {{#if z}}",
  "**fet** _kursiv_ # overskrift",
  "<w:t>&amp; ]]> </script>",
  "\u200Fמשרד\u200F \u202Eabc\u202C",
  "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž æøå",
];

/** A sample project whose digdir letter carries NASTY; returns the folder its letters are written to. */
export async function hostileLetter(): Promise<string> {
  const cwd = await workspace();
  const registry = path.join(cwd, SAMPLE_REGISTRY);
  const text = await readFile(registry, "utf8");
  await writeFile(
    registry,
    text.replace(
      "  - id: digdir\n    name: Digitaliseringsdirektoratet\n    address: ~\n",
      // Names and addresses are literal text; a block is its author's Markdown, never template code.
      `  - id: digdir\n    name: ${JSON.stringify(NASTY[0])}\n    address: ${JSON.stringify(NASTY.slice(1))}\n    blocks: { status: ${JSON.stringify(NASTY[0])} }\n`,
    ),
  );
  const report = await generate({ agencies: ["digdir"], formats: ["pdf", "docx"] }, { cwd });
  expect(report.errors).toEqual([]);
  return path.join(cwd, "out/inkluderingsdugnaden-2020");
}
