// Positions in the registry: every diagnostic points at the line and column the clerk wrote.
import { describe, expect, it } from "vitest";
import { parseRegistry } from "../../src/registry/parse-registry.js";

const TEXT = ["dispatch:", "  id: x", "agencies:", "  - id: a", "    name: A", "  - id: b", "    name: B", "    date: 2020-01-01", ""].join("\n");

describe("positions in the registry", () => {
  const parsed = parseRegistry(TEXT, "r.yaml");
  if (!parsed.ok) throw new Error("fixture must parse");
  const map = parsed.value.sourceMap;

  it("finds values and keys by data path", () => {
    expect(map.positionOf(["dispatch", "id"])).toEqual({ line: 2, col: 7 });
    expect(map.positionOf(["agencies", 1, "date"])).toEqual({ line: 8, col: 11 });
    expect(map.positionOf(["agencies", 1, "date"], "key")).toEqual({ line: 8, col: 5 });
  });

  it("falls back to the nearest ancestor for a path that is not in the file", () => {
    expect(map.positionOf(["agencies", 1, "address"])).toEqual({ line: 6, col: 5 });
    expect(map.positionOf(["agencies", 7])).toEqual({ line: 4, col: 3 });
  });

  it("reports YAML syntax errors with their position", () => {
    const bad = parseRegistry("a: [1, 2\nb: 3\n", "bad.yaml");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics[0]).toMatchObject({ file: "bad.yaml", severity: "error" });
  });

  it("accepts a byte-order mark", () => {
    expect(parseRegistry(`\uFEFF${TEXT}`, "bom.yaml").ok).toBe(true);
  });
});
