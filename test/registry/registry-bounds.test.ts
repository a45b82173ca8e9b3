// A registry is bounded before the YAML library reads it: millions of values, or nesting deep enough to overflow the
// library's stack, are refused from one quick pass over the text, with where the limit was passed (issue 17, round 2).
import { beforeEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n/catalogue.js";
import { MAX_NESTING, MAX_VALUES, parseRegistry } from "../../src/registry/parse-registry.js";

const head = "dispatch:\n  id: d\n  fields:\n";

describe("registry bounds", () => {
  // English words, whatever language an earlier test file's CLI run left set (test files share a worker).
  beforeEach(() => setLanguage("en"));

  it("refuses a flow list of more values than brev reads, at the value past the limit, before parsing it", () => {
    const list = `    l: [${"1,".repeat(MAX_VALUES)}1]\n`;
    const parsed = parseRegistry(head + list, "r.yaml");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({
      line: 4,
      message: "the registry has more than 300,000 values (counting every comma, colon, dash and line); brev reads at most that many from one file",
      hint: expect.stringMatching(/one registry per dispatch/),
    });
    expect(parsed.diagnostics[0]?.col).toBeGreaterThan(500_000);
  });

  it("reads a list of ordinary length", () => {
    const parsed = parseRegistry(`${head}    l: [${"1,".repeat(5_000)}1]\n`, "r.yaml");
    expect(parsed.ok).toBe(true);
  });

  it("refuses brackets, braces or compact dashes nested too deeply, where the limit is passed", () => {
    for (const deep of [`    deep: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`, `    deep: ${"{a: ".repeat(5_000)}1${"}".repeat(5_000)}\n`]) {
      const parsed = parseRegistry(head + deep, "r.yaml");
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.diagnostics[0]).toMatchObject({ line: 4, message: expect.stringMatching(/nested more than 100 deep/), hint: expect.any(String) });
    }
    const dashes = parseRegistry(`${head}    deep:\n      ${"- ".repeat(1_000)}x\n`, "r.yaml");
    expect(dashes.ok).toBe(false);
    if (!dashes.ok) expect(dashes.diagnostics[0]).toMatchObject({ line: 5, message: expect.stringMatching(/nested more than 100 deep/) });
    // Ten levels, in brackets and in blocks, are fine.
    expect(parseRegistry(`${head}    ok: ${"[".repeat(10)}${"]".repeat(10)}\n    b:\n      ${"- ".repeat(10)}x\n`, "r.yaml").ok).toBe(true);
    expect(MAX_NESTING).toBe(100);
  });

  it("refuses an anchor of long texts repeated by alias, without expanding it", () => {
    const long = "y".repeat(1_900);
    const text = `x-big: &big [${Array(400).fill(long).join(",")}]\n${head}    l: [${Array(100).fill("*big").join(",")}]\n`;
    const parsed = parseRegistry(text, "r.yaml");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.message).toBe("YAML: the aliases (*name) in this file repeat more than 20,000,000 characters of text");
  });
});
