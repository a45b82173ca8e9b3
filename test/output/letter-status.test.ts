// Whether brev may replace a letter file: judged from the file's hash and the manifest's record, nothing else.
import { describe, expect, it } from "vitest";
import { letterStatus } from "../../src/output/letter-status.js";
import type { FileRecord } from "../../src/output/manifest.js";

const h = (c: string) => c.repeat(64);
const IN = h("1");
const OTHER_IN = h("2");
const WROTE = h("a");
const OLD = h("b");
const EDITED = h("c");

describe("letter status", () => {
  it.each<[string, string | undefined, string, FileRecord | undefined, ReturnType<typeof letterStatus>]>([
    ["no file", undefined, IN, { input: IN, sha256: WROTE }, "missing"],
    ["no file, no record", undefined, IN, undefined, "missing"],
    ["the file brev wrote, same inputs", WROTE, IN, { input: IN, sha256: WROTE }, "unchanged"],
    ["the file brev wrote, inputs changed", WROTE, OTHER_IN, { input: IN, sha256: WROTE }, "stale"],
    ["a file nobody recorded", WROTE, IN, undefined, "unrecorded"],
    ["changed by hand, same inputs", EDITED, IN, { input: IN, sha256: WROTE }, "edited"],
    ["changed by hand, inputs changed", EDITED, OTHER_IN, { input: IN, sha256: WROTE }, "edited"],
    ["adopted, same inputs", EDITED, IN, { input: IN, sha256: EDITED, adopted: true }, "unchanged"],
    ["adopted, inputs changed: asks again", EDITED, OTHER_IN, { input: IN, sha256: EDITED, adopted: true }, "edited"],
    ["killed mid-replacement, the old file still there", OLD, IN, { input: IN, sha256: WROTE, replacing: OLD }, "stale"],
    ["killed mid-replacement, the new file in place", WROTE, IN, { input: IN, sha256: WROTE, replacing: OLD }, "unchanged"],
  ])("%s", (_, file, input, record, expected) => expect(letterStatus(file, input, record)).toBe(expected));
});
