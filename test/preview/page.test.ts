// The preview page in the run's language: its `lang`, its words from the catalogue, and the script's words as data.
import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/catalogue.js";
import { pageHtml, pageScript } from "../../src/preview/page.js";

describe("the preview page", () => {
  it.each([
    ["en", "brev preview", "the last good letter: fix the problem above to see your change", '"hint":"hint:"'],
    ["nb", "brev – forhåndsvisning", "det siste gode brevet: rett feilen over for å se endringen din", '"hint":"tips:"'],
    ["nn", "brev – førehandsvising", "det siste gode brevet: rett feilen over for å sjå endringa di", '"warning":"åtvaring"'],
  ] as const)("in %s: lang, title, labels, and the script's words", (language, title, stale, word) => {
    const html = inLanguage(language, pageHtml);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`<span id="stale">${stale}</span>`);
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    const script = inLanguage(language, pageScript);
    expect(script.startsWith('"use strict";\nconst WORDS = {')).toBe(true);
    expect(script).toContain(word);
  });
});
