// Markdown nesting is limited before marked reads it (its lexer recurses once per level): deep emphasis, links and
// quotes are refused where they pass the limit, in one linear pass; what letters write is never refused.
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { MAX_INLINE_DEPTH, markdownNesting } from "../../src/compose/markdown-nesting.js";
import { MarkdownError, markdownToBlocks, unsupportedMarkdown } from "../../src/compose/markdown-to-blocks.js";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import type { TemplateStore } from "../../src/compose/template-store.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";
import { validateRegistry } from "../../src/registry/validate-registry.js";
import { registryWith } from "../helpers/entries.js";

describe("markdownNesting", () => {
  it.each([
    ["a run of stars", `${"*".repeat(3000)}x${"*".repeat(3000)}`, 0],
    ["underscores", `${"_".repeat(3000)}x${"_".repeat(3000)}`, 0],
    ["stars opened word by word", `${"*a ".repeat(3000)}x${" a*".repeat(3000)}`, 3 * MAX_INLINE_DEPTH],
    ["links inside links", `${"[".repeat(3000)}x${"](https://a.no)".repeat(3000)}`, MAX_INLINE_DEPTH],
    ["emphasis and links in turn", `${"*[".repeat(3000)}x${"](https://a.no)*".repeat(3000)}`, MAX_INLINE_DEPTH],
    ["strike-through", `${"~~".repeat(3000)}x${"~~".repeat(3000)}`, 0],
  ])("refuses %s where it passes the limit, and marked is never asked", (_, text, offset) => {
    const problem = markdownNesting(`Tekst.\n\n${text}`);
    expect(problem?.offset).toBe(offset + "Tekst.\n\n".length);
    expect(problem?.said.message).toBe(
      `bold, italic and links are nested more than ${MAX_INLINE_DEPTH} deep here (too many *, _, ~ or [ opened before they are closed)`,
    );
    // markdownToBlocks says the same, as a MarkdownError, instead of overflowing the stack.
    expect(unsupportedMarkdown(`Tekst.\n\n${text}`)?.message).toBe(problem?.said.message);
  });

  it("refuses quotes and lists nested past the limit at the line", () => {
    const problem = markdownNesting(`Tekst.\n\n${">".repeat(5000)} x`);
    expect(problem).toMatchObject({
      offset: 8,
      said: { message: "the Markdown here is nested 5000 levels deep (lists or quotes); a letter allows at most 8" },
    });
  });

  it.each([
    ["list markers", `${"* ".repeat(3000)}x`],
    ["numbered list markers", `${"1. ".repeat(3000)}x`],
    ["list markers in quotes", `${"> - ".repeat(3000)}x`],
  ])("refuses %s one after another on a line, at the line (marked nests a list for each)", (_, text) => {
    expect(markdownNesting(`Tekst.\n\n${text}`)).toMatchObject({
      offset: 8,
      said: { message: expect.stringMatching(/^the Markdown here is nested \d+ levels deep/) },
    });
    expect(unsupportedMarkdown(`Tekst.\n\n${text}`)?.message).toMatch(/nested \d+ levels deep/);
  });

  it.each([
    ["bold, italic and links", "**Fet _kursiv [lenke](https://a.no)_ tekst** og ***begge***"],
    ["many closed spans in one paragraph", "**a** _b_ ".repeat(500)],
    ["words with underscores in an address", `Se https://a.no/${"a_".repeat(200)}b og fil_navn_med_mange_ledd`],
    ["multiplication signs and loose stars", "3 * 4 * 5 og * punkt"],
    ["escaped characters", "\\*".repeat(200)],
    ["a list one level in", "- a\n  - b\n- c"],
  ])("lets %s through", (_, text) => {
    expect(markdownNesting(text)).toBeUndefined();
    expect(() => markdownToBlocks(text)).not.toThrow();
  });

  it("starts counting again after a blank line", () => {
    const paragraph = "*a ".repeat(MAX_INLINE_DEPTH);
    expect(markdownNesting(`${paragraph}\n\n${paragraph}`)).toBeUndefined();
    expect(markdownNesting(`${paragraph}\n${paragraph}`)).toBeDefined();
  });
});

describe("a stack overflow that still gets through", () => {
  it("is a MarkdownError, not a RangeError", () => {
    const literal = () => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    expect(() => markdownToBlocks("Tekst.", literal)).toThrow(MarkdownError);
  });

  it("while composing a letter is a problem at the template's body, not a crash", async () => {
    const parsed = parseRegistry(registryWith("    name: V\n"), "r.yaml");
    if (!parsed.ok) throw new Error("no registry");
    const valid = validateRegistry(parsed.value);
    if (!valid.ok) throw new Error("not valid");
    const template = compileTemplate("---\ntitle: T\n---\nTekst.\n", "t.md.hbs");
    const overflowing = {
      ...template,
      renderBody: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    const store = { get: async () => ({ ok: true, template: overflowing }) } as unknown as TemplateStore;
    const { letters, diagnostics } = await prepareLetters([{ dispatch: valid.value, sourceMap: parsed.value.sourceMap }], store);
    expect(letters).toEqual([]);
    expect(diagnostics).toMatchObject([{ file: "t.md.hbs", line: 4, col: 1, message: "this letter is nested too deeply to compose (in 1 letter: a)" }]);
  });
});
