// A template cannot make a letter do unbounded work: {{#each}} bodies are counted per render, and ../ that climbs
// above the letter is refused before any letter is rendered, at its line (issue 17, round 2 #10 #11).
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import type { RenderState } from "../../src/compose/handlebars-env.js";
import { LiteralText } from "../../src/compose/literal-text.js";
import { TemplateError } from "../../src/compose/template-error.js";

const template = (body: string) => `---\ntitle: "Brev"\n---\n${body}`;
const render = (body: string, fields: Record<string, unknown>) => {
  const literal = new LiteralText();
  const state: RenderState = { literal, language: "nb", blocks: {}, agency: { name: "Etat", naming: "name" }, mentioned: false, misses: [] };
  const compiled = compileTemplate(template(body), "t.hbs");
  return literal.resolve(compiled.renderBody(literal.wrapData({ fields }), state));
};
const refusal = (f: () => unknown): TemplateError => {
  try {
    f();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error("not refused");
};

describe("template bounds", () => {
  const l = Array.from({ length: 1000 }, (_, i) => i);

  it("stops {{#each}} in {{#each}} in {{#each}} over 1000 items at the outer each's line, with a hint", () => {
    const bomb = "Hei\n\n{{#each fields.l}}{{#each @root.fields.l}}{{#each @root.fields.l}}x{{/each}}{{/each}}{{/each}}\n";
    const e = refusal(() => render(bomb, { l }));
    expect(e).toMatchObject({ line: 6, message: expect.stringMatching(/run more than 100,000 times or make more than 2,000,000 characters/) });
    expect(e.hint).toMatch(/inside another \{\{#each\}\}/);
  });

  it("stops an {{#each}} whose runs make too much text", () => {
    const e = refusal(() => render("{{#each fields.l}}{{@root.fields.long}}{{/each}}\n", { l, long: "y".repeat(5_000) }));
    expect(e.line).toBe(4);
  });

  it("renders two nested lists of ordinary length", () => {
    expect(render("{{#each fields.a}}{{#each ../fields.b}}{{this}}{{/each}};{{/each}}\n", { a: [1, 2], b: ["x", "y"] })).toBe("xy;xy;\n");
  });

  it("refuses ../ above the letter at its line, and says what to write", () => {
    const top = refusal(() => compileTemplate(template("Hei\n\n{{../fields.n}}\n"), "t.hbs"));
    expect(top).toMatchObject({
      line: 6,
      message: expect.stringMatching(/^\{\{\.\.\/fields\.n\}\}: .*no \{\{#each\}\} or \{\{#with\}\} is around it/),
      hint: "write fields.n without ../ here",
    });
    const deep = refusal(() => compileTemplate(template("{{#each fields.l}}\n{{../../../agency.id}}\n{{/each}}\n"), "t.hbs"));
    expect(deep).toMatchObject({
      line: 5,
      message: expect.stringMatching(/only one \{\{#each\}\} or \{\{#with\}\} is around it/),
      hint: "write agency.id without ../ here",
    });
    // {{else}} of an each is outside its body.
    expect(() => compileTemplate(template("{{#each fields.l}}x{{else}}{{../fields.n}}{{/each}}\n"), "t.hbs")).toThrow(TemplateError);
    expect(() => compileTemplate(template("{{#with fields}}{{#each l}}{{../../fields.n}}{{/each}}{{/with}}\n"), "t.hbs")).not.toThrow();
  });
});
