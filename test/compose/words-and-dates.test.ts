// Dates as letters write them, the genitive of a name, and "did you mean".
import { describe, expect, it } from "vitest";
import { formatLongDate, formatShortDate } from "../../src/compose/format-date.js";
import { genitive } from "../../src/compose/genitive.js";
import { PartCache, zipParts } from "../../src/render/zip.js";
import { isLetterDate, parseCalendarDate } from "../../src/shared/calendar-date.js";
import { didYouMean, editDistance } from "../../src/shared/did-you-mean.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { SAMPLE } from "../helpers/sample.js";

describe("dates", () => {
  it("reads as Norwegian letters write them", () => {
    expect(formatLongDate({ year: 2020, month: 10, day: 30 }, "nb")).toBe("30. oktober 2020");
    expect(formatLongDate({ year: 2020, month: 11, day: 1 }, "nn")).toBe("1. november 2020");
    expect(formatShortDate({ year: 2020, month: 12, day: 1 })).toBe("1.12.2020");
  });

  it("refuses dates that do not exist, saying why", () => {
    expect(parseCalendarDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseCalendarDate("2020-02-30")).toBe("2020-02-30 is not a date: 2020-02 has 29 days");
    expect(parseCalendarDate("2021-02-29")).toBe("2021-02-29 is not a date: 2021-02 has 28 days");
    expect(parseCalendarDate("2020-13-01")).toMatch(/no month 13/);
    expect(parseCalendarDate("30.10.2020")).toMatch(/YYYY-MM-DD/);
    // "0000" would print as the year "0".
    expect(parseCalendarDate("0000-01-01")).toBe("0000-01-01 is not a date: there is no year 0");
  });
});

describe("the dates a letter can carry", () => {
  it("run from 1980-01-01 to 2107-12-31, what a zip file (a DOCX) can record", () => {
    expect(isLetterDate({ year: 1980, month: 1, day: 1 })).toBe(true);
    expect(isLetterDate({ year: 2107, month: 12, day: 31 })).toBe(true);
    expect(isLetterDate({ year: 1979, month: 12, day: 31 })).toBe(false);
    expect(isLetterDate({ year: 2108, month: 1, day: 1 })).toBe(false);
  });

  it("are the only dates the zip writer takes: the last day is written as DOS writes it, the next refused", () => {
    const zip = Buffer.from(zipParts([["a.txt", "a"]], { year: 2107, month: 12, day: 31 }, new PartCache()));
    expect(zip.readUInt16LE(12)).toBe((127 << 9) | (12 << 5) | 31);
    expect(() => zipParts([["a.txt", "a"]], { year: 2108, month: 1, day: 1 }, new PartCache())).toThrow(/cannot carry the date 2108-1-1/);
  });

  it.each([
    ["315532799", "1979-12-31"],
    ["4354819200", "2108-01-01"],
    ["99999999999999999999999", "far past"],
  ])("SOURCE_DATE_EPOCH=%s (%s) is a usage error, before anything is read or written", async (value) => {
    const run = await runInProcess(["validate"], SAMPLE, { env: { SOURCE_DATE_EPOCH: value } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "a date outside what a letter's files can carry: from 1980-01-01 (315532800) to 2107-12-31 (4354819199), the dates a Word file can record",
    );
  });

  it("SOURCE_DATE_EPOCH on the first and last second is taken", async () => {
    for (const value of ["315532800", "4354819199"]) expect((await runInProcess(["validate"], SAMPLE, { env: { SOURCE_DATE_EPOCH: value } })).code).toBe(0);
  });
});

describe("genitive", () => {
  it.each([
    ["Distriktssenteret", "Distriktssenterets"],
    ["HTU", "HTUs"],
    ["DSS", "DSS'"],
    ["KMD", "KMDs"],
    ["Digitaliseringsdirektoratet", "Digitaliseringsdirektoratets"],
    ["Felix", "Felix'"],
  ])("%s -> %s", (name, expected) => expect(genitive(name)).toBe(expected));
});

describe("did you mean", () => {
  it("suggests near misses only", () => {
    expect(didYouMean("adress", ["address", "name", "our_ref"])).toBe("address");
    expect(didYouMean("ourref", ["address", "name", "our_ref"])).toBe("our_ref");
    expect(didYouMean("colour", ["address", "name", "our_ref"])).toBeUndefined();
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
