// No word reaches a person except through the catalogue: the source outside src/i18n hands no written text to an
// error, a diagnostic, the reporter, commander's help or the terminal. (Internal errors, `new Error(…)`, are bugs
// and may speak English; data — paths, codes, field names — are parameters, never sentences.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/sample.js";

const SRC = path.join(REPO, "src");

/** A string or template literal (captured). */
const LIT = `${String.raw`("(?:[^"\\\n]|\\.)*"|`}\`(?:[^\`\\\\]|\\\\.)*\`)`;
/** A literal that reads as words (two words of letters outside any `${…}`): a sentence, not a token or a flag. */
const isSentence = (literal: string) => /\p{L}{2,}[ ,:;]+\p{L}{2,}/u.test(literal.replace(/\$\{[^}]*\}/g, " ").replace(/--?[\w-]+/g, " "));

/** Where a sentence would reach a person; the literal is the first group. */
const PLACES: [string, RegExp][] = [
  ["an error the user sees", new RegExp(String.raw`new (?!Error\()[A-Z]\w*Error\(\s*${LIT}`, "g")],
  ["a diagnostic's message or hint", new RegExp(String.raw`\b(?:message|hint|error):\s*${LIT}`, "g")],
  ["the reporter", new RegExp(String.raw`\.(?:line|note|problem|fail)\(\s*${LIT}`, "g")],
  ["commander's help", new RegExp(String.raw`\.(?:description|summary|addHelpText|showHelpAfterError)\((?:\s*"[a-z]+",)?\s*${LIT}`, "g")],
  ["commander's help", new RegExp(String.raw`\.(?:option|requiredOption|argument|helpOption|version)\(\s*${LIT}\s*,\s*${LIT}`, "g")],
  ["the terminal", new RegExp(String.raw`(?:stdout|stderr|write)\(\s*${LIT}`, "g")],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Sentences handed to a person outside the catalogue, as `file:line: place: text`. */
function wordsOutsideCatalogue(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [place, pattern] of PLACES)
      for (const m of text.matchAll(pattern)) {
        // For an option, the flags come first; its help is the last literal.
        if (!isSentence(m[m.length - 1] ?? "")) continue;
        const line = text.slice(0, m.index).split("\n").length;
        found.push(`${path.relative(REPO, file)}:${line}: ${place}: ${m[0].slice(0, 90)}`);
      }
  }
  return found;
}

describe("words a person reads", () => {
  const files = sources(SRC).filter((f) => !f.startsWith(path.join(SRC, "i18n") + path.sep));

  it("come from the catalogue, never from a sentence written in the code", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(wordsOutsideCatalogue(files)).toEqual([]);
  });

  it("would be caught: a sentence put back in the code is found (the check can fail)", () => {
    const sample = path.join(REPO, "test/fixtures/i18n-sabotage.ts.txt");
    expect(wordsOutsideCatalogue([sample])).toHaveLength(5);
  });
});
