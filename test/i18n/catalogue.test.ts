// The catalogue: every entry in every language, with words of its own; and the language a run speaks.
import { describe, expect, it } from "vitest";
import { CATALOGUES, inLanguage, say, t } from "../../src/i18n/catalogue.js";
import { chooseLanguage, languageOfLocale } from "../../src/i18n/language.js";

describe("the catalogue", () => {
  const sections = (lang: keyof typeof CATALOGUES) => CATALOGUES[lang] as unknown as Record<string, Record<string, unknown>>;

  it("has every entry of English in bokmål and nynorsk, and nothing English lacks", () => {
    const keys = (lang: keyof typeof CATALOGUES) =>
      Object.entries(sections(lang))
        .flatMap(([section, entries]) => Object.keys(entries).map((k) => `${section}.${k}`))
        .sort();
    const en = keys("en");
    expect(en.length).toBeGreaterThan(2);
    expect(keys("nb")).toEqual(en);
    expect(keys("nn")).toEqual(en);
  });

  it("gives each problem its English code and the words of the chosen language", () => {
    expect(inLanguage("en", () => say.cli.unknownLanguage({ given: "de" }))).toEqual({
      code: "cli.unknownLanguage",
      message: "--lang de: brev speaks nb, nn and en",
      hint: "write --lang nb for bokmål, --lang nn for nynorsk or --lang en for English",
    });
    expect(inLanguage("nb", () => say.cli.unknownLanguage({ given: "de" }))).toEqual({
      code: "cli.unknownLanguage",
      message: "--lang de: brev kan nb, nn og en",
      hint: "skriv --lang nb for bokmål, --lang nn for nynorsk eller --lang en for engelsk",
    });
    expect(inLanguage("nn", () => t.common.problemsInInput({ count: 2 }))).toBe("2 feil i det som vart lese inn");
  });
});

describe("the language of a run", () => {
  it("reads a locale's language", () => {
    expect(languageOfLocale("nb_NO.UTF-8")).toBe("nb");
    expect(languageOfLocale("no_NO")).toBe("nb");
    expect(languageOfLocale("nn_NO.UTF-8")).toBe("nn");
    expect(languageOfLocale("nn-NO")).toBe("nn");
    expect(languageOfLocale("en_US.UTF-8")).toBe("en");
    expect(languageOfLocale("C")).toBe("en");
    expect(languageOfLocale("sv_SE")).toBe("en");
    expect(languageOfLocale("nl_NL")).toBe("en");
    expect(languageOfLocale(undefined)).toBeUndefined();
  });

  it("takes --lang, then BREV_LANG, then LC_ALL, LC_MESSAGES, LANG, then the system's locale", () => {
    const system = () => "nb-NO";
    expect(chooseLanguage("en", { BREV_LANG: "nn", LANG: "nb_NO.UTF-8" }, system)).toBe("en");
    expect(chooseLanguage(undefined, { BREV_LANG: "nn", LANG: "en_GB.UTF-8" }, system)).toBe("nn");
    expect(chooseLanguage(undefined, { LC_ALL: "C", LC_MESSAGES: "nb_NO", LANG: "nb_NO" }, system)).toBe("en");
    expect(chooseLanguage(undefined, { LC_MESSAGES: "nn_NO.UTF-8", LANG: "en_US" }, system)).toBe("nn");
    expect(chooseLanguage(undefined, { LANG: "nb_NO.UTF-8" }, () => "en-US")).toBe("nb");
    expect(chooseLanguage(undefined, { LANG: "" }, system)).toBe("nb");
    expect(chooseLanguage(undefined, {}, () => "en-US")).toBe("en");
    expect(chooseLanguage(undefined, { BREV_LANG: "sv" }, () => "nn-NO")).toBe("nn");
  });
});
