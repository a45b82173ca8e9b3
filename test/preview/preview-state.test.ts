// The preview's rebuild after a save: the letter on screen is composed first and shown before the rest of the
// registry's letters are composed; then every letter is.
import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PreviewState } from "../../src/preview/preview-state.js";
import { bigRegistry, editFile, workspace } from "../helpers/workspace.js";

let dir: string;
let registry: string;
beforeAll(async () => {
  dir = await workspace();
  registry = await bigRegistry(dir, 40);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const text = (state: PreviewState, key: string) => {
  const letter = state.letters.get(key);
  if (!letter) throw new Error(`no letter ${key}`);
  return state.html(letter);
};

describe("the preview's rebuild", () => {
  it("shows the letter on screen first, then the others", async () => {
    const state = new PreviewState([], { cwd: dir });
    await state.rebuild();
    expect(state.problems).toEqual([]);
    const showing = "inkluderingsdugnaden-2020/agency-30";
    const other = "inkluderingsdugnaden-2020/agency-31";
    expect(text(state, showing)).not.toContain("Omdøpt");
    // Both agencies renamed in one save (bigRegistry names each after a sample agency, with its number).
    const names = (parse(await readFile(registry, "utf8")) as { agencies: { id: string; name: string }[] }).agencies;
    for (const n of [30, 31]) {
      const name = names.find((a) => a.id === `agency-${n}`)?.name;
      await editFile(registry, `name: ${name}\n`, `name: Omdøpt direktorat ${n}\n`);
    }
    const seen: { version: number; showing: string; other: string; name: string | undefined }[] = [];
    const before = state.version;
    await state.rebuild(showing, () => {
      seen.push({ version: state.version, showing: text(state, showing), other: text(state, other), name: state.letters.get(showing)?.name });
    });
    expect(seen).toHaveLength(1);
    const [first] = seen;
    // At once: the letter on screen is the new one (and not marked stale); the next is still as it was.
    expect(first?.version).toBe(before + 1);
    expect(first?.showing).toContain("Omdøpt direktorat 30");
    expect(first?.name).toBe("Omdøpt direktorat 30");
    expect(first?.other).not.toContain("Omdøpt");
    // After: every letter is new, in a version after the first.
    expect(state.version).toBe(before + 2);
    expect(text(state, other)).toContain("Omdøpt direktorat 31");
    expect(text(state, showing)).toContain("Omdøpt direktorat 30");
    expect(state.problems).toEqual([]);
  });
});
