// The character policy applies to what a text stands for once Markdown has read it: a numeric character reference
// counts as its character, so none can make what typing cannot (non-characters, brev's markers, missing glyphs).
// Links go where they say: no hidden characters in an address, and link syntax marked cannot read is refused.
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { markdownToBlocks, unsupportedMarkdown } from "../../src/compose/markdown-to-blocks.js";
import { TemplateError } from "../../src/compose/template-error.js";
import type { Block } from "../../src/model/letter-model.js";
import { badCharacter, decodeCharacterReferences, undrawable } from "../../src/shared/characters.js";
import { dispatchFrom, registryWith } from "../helpers/entries.js";

const latinOnly = (codePoint: number) => codePoint < 0x600;

describe("character references", () => {
  it.each([
    ["&#xFFFE;", 0xfffe, "a non-character written as &#xFFFE;"],
    ["&#65535;", 0xffff, "a non-character written as &#65535;"],
    ["&#xE000;", 0xe000, "a private character brev reserves for its own use written as &#xE000;"],
    ["&#57345;", 0xe001, "a private character brev reserves for its own use written as &#57345;"],
    ["&#xe002;", 0xe002, "a private character brev reserves for its own use written as &#xe002;"],
    ["&#x1FFFE;", 0x1fffe, "a non-character written as &#x1FFFE;"],
    ["&#13;", 0x0d, "a control character written as &#13;"],
    // Markdown would make U+FFFD of these: the number written is what counts.
    ["&#0;", 0, "a control character written as &#0;"],
    ["&#0000000;", 0, "a control character written as &#0000000;"],
    ["&#xD800;", 0xd800, "half of a character (a lone surrogate) written as &#xD800;"],
    ["&#57343;", 0xdfff, "half of a character (a lone surrogate) written as &#57343;"],
    ["&#x110000;", 0x110000, "a number beyond the last Unicode character written as &#x110000;"],
    ["&#9999999;", 9999999, "a number beyond the last Unicode character written as &#9999999;"],
  ])("%s counts as the character it makes", (ref, codePoint, what) => {
    expect(badCharacter(`Tekst ${ref} her`)).toEqual({ index: 6, codePoint, what });
  });

  it("reports whichever comes first, typed or referenced", () => {
    expect(badCharacter("a\uFFFF b &#xFFFE;")?.index).toBe(1);
    expect(badCharacter("a &#xFFFE; b \uFFFF")?.index).toBe(2);
  });

  it("lets through references to characters a letter carries, and what marked does not decode", () => {
    expect(badCharacter("&#233; &#xA0; &#10; &amp; &eacute; &#xZZ; &#12345678;")).toBeUndefined();
    expect(badCharacter("&#xFFFD; &#x10FFFD; &#xD7FF; &#xE003;")).toBeUndefined();
  });

  it("counts as the character it makes for the font too", () => {
    expect(undrawable("Hei &#x1F468; og &#x0648;", latinOnly)).toEqual({ index: 4, codePoint: 0x1f468 });
    expect(undrawable("Hei \u0648 og &#x1F468;", latinOnly)).toEqual({ index: 4, codePoint: 0x648 });
    expect(undrawable("Hei &#233; &#x20;", latinOnly)).toBeUndefined();
  });

  it("are decoded as marked decodes them, and nothing else changes", () => {
    expect(decodeCharacterReferences("R&D &#233; &#38; &amp; &#0;")).toBe("R&D é & &amp; \uFFFD");
  });

  it("leave every other & of the text as written (marked, writing HTML, would make it &amp;)", () => {
    const text = (blocks: Block[]) => JSON.stringify(blocks);
    expect(text(markdownToBlocks("R&D &#233; og &#38; her"))).toBe(JSON.stringify([{ type: "paragraph", content: [{ text: "R&D é og & her" }] }]));
    expect(text(markdownToBlocks("R&D og &amp;"))).toBe(JSON.stringify([{ type: "paragraph", content: [{ text: "R&D og &amp;" }] }]));
  });

  it("in a template are refused at their line and column", () => {
    expect(() => compileTemplate("---\ntitle: T\n---\nTekst.\n\nSe [&#xE000;0&#xE001;].\n", "t.md.hbs")).toThrow(
      expect.objectContaining({ line: 6, col: 5, message: expect.stringMatching(/brev reserves for its own use written as &#xE000;/) }),
    );
    expect(() => compileTemplate("---\ntitle: T\n---\nHei &#x1F468;.\n", "t.md.hbs", latinOnly)).toThrow(
      expect.objectContaining({ line: 4, col: 5, message: expect.stringMatching(/U\+1F468\) written as &#x1F468;, which the letter's font cannot draw/) }),
    );
  });
});

describe("links", () => {
  it.each(["\u202E", "\u200B", "\u2066", "\uFEFF", "\u00AD"])("an address with %j in it is refused, typed", (hidden) => {
    const problem = unsupportedMarkdown(`Se [her](https://www.regjeringen.no/a${hidden}b).`);
    expect(problem?.message).toMatch(/^a link's address cannot hold spaces or invisible characters, and this one has U\+[0-9A-F]{4} at character 29$/);
    expect(problem?.offset).toBe(3);
  });

  it("an address with a space or a direction mark is refused when it comes from the registry's data too", () => {
    const [entry] = dispatchFrom(registryWith('    name: V\n    fields: { url: "https://a.no/\u202Egpj.exe" }\n')).entries;
    const template = compileTemplate("---\ntitle: T\n---\nSe [her]({{fields.url}}).\n", "t.md.hbs");
    if (!entry) throw new Error("no entry");
    expect(() => composeLetter(entry, template)).toThrow(TemplateError);
    expect(() => composeLetter(entry, template)).toThrow(/a link's address cannot hold spaces or invisible characters/);
  });

  it.each([
    ["a space in the address", "Se [her](https://www.regjeringen.no/ny side) for mer."],
    ["an address in < > that is not closed", "Se [her](<https://www.regjeringen.no>."],
    ["no closing parenthesis", "Se [her](https://www.regjeringen.no"],
  ])("link syntax marked cannot read (%s) is refused, never printed raw", (_, text) => {
    expect(unsupportedMarkdown(text)?.message).toBe("this looks like a link, but it cannot be read as one");
  });

  it.each([
    ["a space", "Hei **deg**, her.\nStandard.\nSe [her](https://x.no/a b)"],
    ["a line end", "Hei **deg**, her.\nStandard.\nSe [her](https://x.no/a\nb)"],
    ["the same text said before", "Se [her. Og\nSe [her](https://x.no/a b)"],
  ])("a broken link (%s) is said at its own [, not where the text before it began", (_, text) => {
    expect(unsupportedMarkdown(text)?.offset).toBe(text.lastIndexOf("[her]("));
  });

  it("text in brackets, an escaped bracket and a link that reads are not taken for broken links", () => {
    for (const text of ["Se [vedlegg 1] og (side 2).", "Skriv \\[her](slik).", "Se [her](https://www.regjeringen.no) og [der](mailto:a@b.no)."])
      expect(unsupportedMarkdown(text)).toBeUndefined();
  });
});
