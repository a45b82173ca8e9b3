// Whether brev may replace a letter file: judged from the file itself (its hash and the fingerprint it carries) and
// the manifest's record, nothing else.
import { describe, expect, it } from "vitest";
import { type FileNow, letterStatus } from "../../src/output/letter-status.js";
import type { FileRecord } from "../../src/output/manifest.js";

const h = (c: string) => c.repeat(64);
const IN = h("1");
const OTHER_IN = h("2");
const WROTE = h("a");
const OLD = h("b");
const EDITED = h("c");
/** A file with these bytes (by hash), carrying the fingerprint of these inputs (or none). */
const file = (sha256: string, input?: string, at = AT): FileNow => ({ sha256, ...(input ? { stamp: { at, letter: letterOf(input) } } : {}) });
/** Where the file is: its stamp names it. */
const AT = "d/a.pdf";
/** In these cases each input makes its own letter. */
const letterOf = (input: string) => `L${input}`;

describe("letter status", () => {
  it.each<[string, FileNow | undefined, string, FileRecord | undefined, ReturnType<typeof letterStatus>]>([
    ["no file", undefined, IN, { input: IN, sha256: WROTE }, "missing"],
    ["no file, no record", undefined, IN, undefined, "missing"],
    ["the file brev wrote, same inputs", file(WROTE, IN), IN, { input: IN, sha256: WROTE }, "unchanged"],
    ["the file brev wrote, inputs changed", file(WROTE, IN), OTHER_IN, { input: IN, sha256: WROTE }, "stale"],
    ["this letter's file from other inputs, under this letter's record", file(WROTE, OTHER_IN), IN, { input: IN, sha256: WROTE }, "stale"],
    ["another letter file's copy under a record copied along (it names another file)", file(WROTE, IN, "d/b.pdf"), IN, { input: IN, sha256: WROTE }, "stale"],
    ["another letter file's copy, no record vouching for its bytes", file(EDITED, IN, "d/b.pdf"), IN, { input: IN, sha256: WROTE }, "edited"],
    ["another letter file's copy, adopted", file(EDITED, IN, "d/b.pdf"), IN, { input: IN, sha256: EDITED, adopted: true }, "edited"],
    ["a file the record vouches for that carries no fingerprint", file(WROTE), IN, { input: IN, sha256: WROTE }, "stale"],
    ["a file nobody recorded", file(WROTE, IN), IN, undefined, "unrecorded"],
    ["changed by hand, same inputs", file(EDITED, IN), IN, { input: IN, sha256: WROTE }, "edited"],
    ["changed by hand, inputs changed", file(EDITED), OTHER_IN, { input: IN, sha256: WROTE }, "edited"],
    ["adopted, same inputs", file(EDITED), IN, { input: IN, sha256: EDITED, adopted: true }, "unchanged"],
    ["adopted, same inputs, its fingerprint kept", file(EDITED, IN), IN, { input: IN, sha256: EDITED, adopted: true }, "unchanged"],
    [
      "adopted, but carrying another letter's fingerprint",
      file(EDITED, OTHER_IN),
      IN,
      { input: IN, sha256: EDITED, adopted: true, letter: letterOf(IN) },
      "edited",
    ],
    ["adopted, inputs changed: asks again", file(EDITED), OTHER_IN, { input: IN, sha256: EDITED, adopted: true }, "edited"],
    ["killed mid-replacement, the old file still there", file(OLD, OTHER_IN), IN, { input: IN, sha256: WROTE, replacing: OLD }, "stale"],
    ["killed mid-replacement, the new file in place", file(WROTE, IN), IN, { input: IN, sha256: WROTE, replacing: OLD }, "unchanged"],
  ])("%s", (_, now, input, record, expected) => expect(letterStatus(now, { input, letter: letterOf(input) }, record, AT)).toBe(expected));
});
