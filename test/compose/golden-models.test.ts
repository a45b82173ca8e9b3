// Golden letter models: the composed model of each sample letter, as JSON, is what every renderer draws.
// A change here is a change to every rendering of that letter; review the JSON diff, then run with UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";

const GOLDEN = path.join(REPO, "test/fixtures/golden");

describe("letter models of the sample registries", async () => {
  // As generate composes them: with the fonts' character check and the logo.
  const sample = await composeLetters([], { cwd: SAMPLE });
  const budget = await composeLetters([], { cwd: BUDGET });
  const letters = [...sample.letters, ...budget.letters];

  it("compose without errors", () => expect([...sample.errors, ...budget.errors]).toEqual([]));

  // The checks below are one per letter: if no letter composed they would all vanish. The letters are exactly those the
  // golden files hold (six of the sample, three of the budget), no fewer.
  it("are the letters the golden files hold, every one of them", () => {
    const golden = readdirSync(GOLDEN, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".json"))
      .map((e) => path.relative(GOLDEN, path.join(e.parentPath, e.name)).replace(/\.json$/, ""))
      .sort();
    expect(letters.map((l) => `${l.dispatchId}/${l.agencyId}`).sort()).toEqual(golden);
    expect(golden).toHaveLength(9);
  });

  it.each(letters.map((l) => [`${l.dispatchId}/${l.agencyId}`, l] as const))("%s matches its golden model", (id, letter) => {
    const file = path.join(GOLDEN, `${id}.json`);
    const actual = `${JSON.stringify(letter.model, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});
