// shared/'s words in English and bokmål: dates, characters no letter may carry, and why a file could not be written.
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/catalogue.js";
import { parseCalendarDate } from "../../src/shared/calendar-date.js";
import { badCharacter } from "../../src/shared/characters.js";
import { cannotWrite } from "../../src/shared/errors.js";

describe("shared words", () => {
  it("dates that are not dates", () => {
    expect(parseCalendarDate("2021-02-29")).toBe("2021-02-29 is not a date: 2021-02 has 28 days");
    expect(inLanguage("nb", () => parseCalendarDate("2021-02-29"))).toBe("2021-02-29 er ikke en dato: 2021-02 har 28 dager");
    expect(inLanguage("nn", () => parseCalendarDate("2021-13-01"))).toBe("2021-13-01 er ikkje ein dato: det finst ingen månad 13");
    expect(inLanguage("nb", () => parseCalendarDate("1. mars"))).toBe("«1. mars» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2020-10-30");
  });

  it("characters a letter cannot carry, typed or written as a reference", () => {
    expect(badCharacter("a\u0001b")?.what).toBe("a control character");
    expect(inLanguage("nb", () => badCharacter("a\u0001b")?.what)).toBe("et kontrolltegn");
    expect(badCharacter("x &#xFFFE; y")?.what).toBe("a non-character written as &#xFFFE;");
    expect(inLanguage("nb", () => badCharacter("x &#xFFFE; y")?.what)).toBe("et ikke-tegn (non-character), skrevet som &#xFFFE;");
  });

  it("a full disk: the reason in words, the system's code in parentheses", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const en = cannotWrite("/p/out/a.pdf", "out/a.pdf", full);
    expect([en.code, en.message, en.hint]).toEqual([
      "common.cannotWrite",
      "cannot write out/a.pdf: no space left on device (ENOSPC)",
      "check that the folder exists, that you may write to it and that the disk has room",
    ]);
    const nb = inLanguage("nb", () => cannotWrite("/p/out/a.pdf", "out/a.pdf", full));
    expect([nb.code, nb.message, nb.hint]).toEqual([
      "common.cannotWrite",
      "kan ikke skrive out/a.pdf: disken er full (ENOSPC)",
      "sjekk at mappen finnes, at du har lov til å skrive i den, og at det er plass på disken",
    ]);
  });
});
