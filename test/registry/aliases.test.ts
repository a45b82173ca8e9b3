// Anchors and aliases: a large registry may share its signatories and addresses by alias (one walk of the file, no
// limit on how often an anchor is used); a file whose aliases multiply (an alias bomb) is refused without expanding it.
import { beforeEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../src/i18n/catalogue.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";

const registry = (agencies: number) =>
  [
    "x-shared:",
    "  signatories: &signatories [{ name: Kari Nordmann, title: ekspedisjonssjef }]",
    "  address: &address [Postboks 1 Dep, 0030 OSLO]",
    "agencies:",
    ...Array.from({ length: agencies }, (_, i) => `  - { id: a${i}, name: Etat ${i}, address: *address, signatories: *signatories }`),
  ].join("\n");

describe("aliases", () => {
  // English words, whatever language an earlier test file's CLI run left set (test files share a worker).
  beforeEach(() => setLanguage("en"));

  it("reads 20,000 uses of two anchors, each as the value it stands for, in seconds, not minutes", () => {
    const started = performance.now();
    const parsed = parseRegistry(registry(10_000), "r.yaml");
    const ms = performance.now() - started;
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const agencies = (parsed.value.data as { agencies: { address: string[]; signatories: { name: string }[] }[] }).agencies;
    expect(agencies).toHaveLength(10_000);
    expect(agencies[9_999]?.address).toEqual(["Postboks 1 Dep", "0030 OSLO"]);
    expect(agencies[0]?.signatories[0]?.name).toBe("Kari Nordmann");
    // Each alias once walked the whole file (minutes here), and then scanned every anchor before it (9 s); now about
    // 1.5 s. A generous bound that still tells those apart, not a timing test.
    expect(ms).toBeLessThan(6_000);
  });

  it("refuses aliases that multiply, at once, and an alias used before its anchor", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const bomb = parseRegistry(levels.join("\n"), "bomb.yaml");
    expect(bomb.ok).toBe(false);
    if (!bomb.ok) expect(bomb.diagnostics[0]?.message).toMatch(/expand to more than 1,000,000 values/);

    const early = parseRegistry("a: *later\nb: &later [x]\n", "early.yaml");
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.diagnostics[0]).toMatchObject({ line: 1, col: 4, message: expect.stringMatching(/not defined before this line/) });
  });
});
