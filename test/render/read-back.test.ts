// Every sample letter, both dispatches and both written standards, read back with independent readers (pdf.js for
// the PDF, an XML parser for the DOCX) must carry its golden model's text: title, recipient, references, every
// heading, paragraph, list item and table cell, the closing, the signatures and the footer.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Block, Inline, LetterModel } from "../../src/model/letter-model.js";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { REPO } from "../helpers/sample.js";
import { squash } from "../helpers/words.js";

const LETTERS = [
  ...["dss", "digdir", "valgdirektoratet", "htu", "distriktssenteret", "kartverket"].map((a) => `inkluderingsdugnaden-2020/${a}`),
  ...["digdir", "valgdirektoratet", "kartverket"].map((a) => `budsjettendring-2020/${a}`),
];

const plain = (runs: readonly Inline[]) => runs.map((r) => r.text).join("");

/** A block's text, as a reader finds it: each heading, paragraph, list item and table cell. */
function blockTexts(b: Block): string[] {
  switch (b.type) {
    case "heading":
    case "paragraph":
      return [plain(b.content)];
    case "list":
      return b.items.flatMap((item) => [plain(item.content), ...(item.sublist?.items ?? []).map((i) => plain(i.content))]);
    case "table":
      return [...b.header, ...b.rows.flat()].map(plain);
  }
}

/** The pieces of text a reader of the letter must find, in the model's words. */
function expectedTexts(model: LetterModel): string[] {
  return [
    ...model.letterhead,
    ...model.recipient,
    ...model.reference.flatMap((r) => [r.label, r.value]),
    model.title,
    ...model.body.flatMap(blockTexts),
    model.closing,
    ...model.signatories.flatMap((s) => [s.name, s.title]),
    ...(model.electronicSignature ? [model.electronicSignature] : []),
    ...model.footer.flat().flatMap((f) => [f.label, ...f.lines]),
  ]
    .map(squash)
    .filter((t) => t !== "");
}

/** Page furniture that may sit inside a paragraph broken across pages: the footer block and "Side N". */
function withoutFurniture(text: string, model: LetterModel): string {
  let out = text.replace(new RegExp(`${model.pageLabel} \\d+`, "g"), " ");
  const footer = model.footer.flat().flatMap((f) => [f.label, ...f.lines]);
  for (const line of footer.sort((a, b) => b.length - a.length)) out = out.split(line).join(" ");
  return squash(out);
}

const texts = new Map<string, { model: LetterModel; pdf: string; docx: string }>();

beforeAll(async () => {
  const { sample, budget } = inject("samples");
  for (const letter of LETTERS) {
    const outDir = letter.startsWith("budsjettendring") ? budget : sample;
    const model = JSON.parse(await readFile(path.join(REPO, "test/fixtures/golden", `${letter}.json`), "utf8")) as LetterModel;
    const pdf = await readPdf(await readFile(path.join(outDir, `${letter}.pdf`)));
    const docx = await readDocx(await readFile(path.join(outDir, `${letter}.docx`)));
    texts.set(letter, { model, pdf: pdf.pages.join("\n"), docx: docxPlainText(docx) });
  }
}, 60_000);

describe.each(LETTERS)("%s read back", (letter) => {
  it("the PDF, with pdf.js, has every piece of its model's text", () => {
    const { model, pdf } = texts.get(letter) ?? ({} as never);
    // pdf.js puts a space between any two pieces of text drawn apart (a bold word and the full stop after it), so
    // the PDF's text is compared without spaces; the DOCX's below keeps them.
    const bare = (s: string) => s.replace(/\s+/g, "");
    const text = bare(pdf);
    const body = bare(withoutFurniture(pdf, model));
    for (const piece of expectedTexts(model)) expect(text.includes(bare(piece)) || body.includes(bare(piece)), piece).toBe(true);
  });

  it("the DOCX, with an XML parser, has every piece of its model's text", () => {
    const { model, docx } = texts.get(letter) ?? ({} as never);
    const text = squash(docx);
    for (const piece of expectedTexts(model)) expect(text, piece).toContain(piece);
  });
});

describe("the nynorsk letters", () => {
  it.each([
    ["inkluderingsdugnaden-2020/kartverket", ["Innleiing", "verksemdene er bedne om", "nytilsetjingar", "handlingsplanen til Kartverket innan 1.12.2020"]],
    ["budsjettendring-2020/kartverket", ["Endringar i løyvinga", "Løyvinga til Kartverket blir endra slik", "innan 15.12.2020"]],
  ])("%s is in nynorsk: its words, its labels and the e-signature line", (letter, words) => {
    const { pdf, docx } = texts.get(letter) ?? ({} as never);
    for (const text of [squash(pdf), squash(docx)]) {
      for (const w of [...words, "Dykkar ref", "Med helsing", "Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar"]) {
        expect(text).toContain(w);
      }
      expect(text).toContain("DET KONGELEGE");
      expect(text).not.toMatch(/\b(Deres ref|Med hilsen|virksomhet|ikke)\b/);
    }
  });
});
