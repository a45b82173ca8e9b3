// Dates as letters write them, the genitive of a name, and "did you mean".
import { describe, expect, it } from "vitest";
import { formatLongDate, formatShortDate } from "../../src/compose/format-date.js";
import { genitive } from "../../src/compose/genitive.js";
import { parseCalendarDate } from "../../src/shared/calendar-date.js";
import { didYouMean, editDistance } from "../../src/shared/did-you-mean.js";

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
