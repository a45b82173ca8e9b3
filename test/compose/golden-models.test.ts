// Golden letter models: the composed model of each sample letter, as JSON, is what every renderer draws.
// A change here is a change to every rendering of that letter; review the JSON diff, then run with UPDATE_GOLDEN=1.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { REPO, SAMPLE } from "../helpers/sample.js";

const GOLDEN = path.join(REPO, "test/fixtures/golden");

describe("letter models of the sample registry", async () => {
  const ctx = { cwd: SAMPLE };
  const { dispatches } = await loadDispatches([], ctx);
  const { letters, diagnostics } = await prepareLetters(dispatches, new TemplateStore(ctx));

  it("compose without errors", () => expect(diagnostics).toEqual([]));

  it.each(letters.map((l) => [l.agencyId, l] as const))("%s matches its golden model", (id, letter) => {
    const file = path.join(GOLDEN, `${id}.json`);
    const actual = `${JSON.stringify(letter.model, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
    expect(actual).toBe(readFileSync(file, "utf8"));
  });
});
