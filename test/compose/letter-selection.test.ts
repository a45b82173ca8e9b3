// The selection of letters is data: agencies, a shard, letters named one by one, each narrowing the others.
import { describe, expect, it } from "vitest";
import { selectedBy } from "../../src/compose/letter-selection.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { inShard } from "../../src/registry/shard.js";
import { InvalidInputError, UsageError } from "../../src/shared/errors.js";
import { SAMPLE } from "../helpers/sample.js";

describe("a selection of letters", async () => {
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const entries = dispatches.flatMap((d) => d.dispatch.entries);
  const chosen = (selection: Parameters<typeof selectedBy>[0], broken: Parameters<typeof selectedBy>[2] = []) =>
    entries.filter(selectedBy(selection, dispatches, broken)).map((e) => e.agency.id);
  const dispatch = dispatches[0]?.dispatch.id ?? "";

  it("is every letter when empty, and each part narrows it", () => {
    expect(chosen({})).toHaveLength(6);
    expect(chosen({ agencies: ["DSS", "htu"] })).toEqual(["dss", "htu"]);
    expect(
      chosen({
        letters: [
          { dispatch, agency: "kartverket" },
          { dispatch: "another", agency: "dss" },
        ],
      }),
    ).toEqual(["kartverket"]);
    const shard = { index: 1, count: 2 };
    expect(chosen({ shard })).toEqual(entries.filter((e) => inShard(shard, dispatch, e.agency.id)).map((e) => e.agency.id));
    expect(chosen({ agencies: ["dss", "htu"], letters: [{ dispatch, agency: "htu" }] })).toEqual(["htu"]);
  });

  it("refuses an unknown agency; when a registry is broken, with that registry's errors", () => {
    expect(() => chosen({ agencies: ["nobody"] })).toThrow(UsageError);
    const errors = [{ file: "x.yaml", line: 1, col: 1, path: "", severity: "error" as const, message: "broken" }];
    expect(() => chosen({ agencies: ["nobody"] }, [{ file: "x.yaml", errors }])).toThrow(InvalidInputError);
  });
});
