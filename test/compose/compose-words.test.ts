// compose's words come from the catalogue (src/i18n/<language>/compose.ts): no problem is made of words in src/compose
// itself, and the words a clerk reads most are there in bokmål and nynorsk, not English.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inLanguage, say } from "../../src/i18n/catalogue.js";
import { REPO } from "../helpers/sample.js";

const COMPOSE = path.join(REPO, "src/compose");

describe("compose's words", () => {
  it("no problem in src/compose is written as a literal message", () => {
    for (const file of readdirSync(COMPOSE).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(path.join(COMPOSE, file), "utf8");
      expect(text, file).not.toMatch(/new (TemplateError|MarkdownError|HelperError)\(\s*["'`]/);
      expect(text, file).not.toMatch(/\b(message|hint):\s*["'`][a-z]/);
    }
  });

  it("say the problems a clerk meets most in bokmål and nynorsk", () => {
    const samples = () => [
      say.compose.unknownField({ path: "agency.navn", hint: { kind: "meant", path: "agency.name", given: true } }),
      say.compose.unknownField({ path: "agency.kontaktperson", hint: { kind: "fields", of: "agency", fields: ["id", "name"], more: 2 } }),
      say.compose.noTemplate({ name: "brev", language: "nn", file: "templates/brev.nn.md.hbs" }),
      say.compose.helperGot({ helper: "kroner", got: "number", text: "mye" }),
      say.compose.html({ tag: "<b>" }),
    ];
    const en = samples();
    expect(en.map((s) => [s.message, s.hint])).toEqual([
      ['"agency.navn" is not a field this letter has', "did you mean agency.name?"],
      ['"agency.kontaktperson" is not a field this letter has', "agency has: id, name, and 2 more"],
      ['no template "brev" in language "nn" (looked for templates/brev.nn.md.hbs)', undefined],
      [
        'kroner needs a number, e.g. {{kroner fields.belop}}; got "mye"',
        "write the number in the registry in digits, e.g. belop: 3500000 or belop: 12.5 (no spaces, no kr)",
      ],
      ["HTML is not used in letters: <b>", "write the text without tags: **bold**, _italic_, [text](https://…) for a link"],
    ]);
    expect(inLanguage("nb", samples).map((s) => [s.message, s.hint])).toEqual([
      ['"agency.navn" er ikke et felt dette brevet har', "mente du agency.name?"],
      ['"agency.kontaktperson" er ikke et felt dette brevet har', "agency har: id, name, og 2 til"],
      ["finner ingen mal «brev» på målform «nn» (så etter templates/brev.nn.md.hbs)", undefined],
      [
        'kroner trenger et tall, for eksempel {{kroner fields.belop}}; fikk "mye"',
        "skriv tallet i registeret med sifre, for eksempel belop: 3500000 eller belop: 12.5 (uten mellomrom, uten kr)",
      ],
      ["HTML brukes ikke i brev: <b>", "skriv teksten uten tagger: **fet**, _kursiv_, [tekst](https://…) for en lenke"],
    ]);
    expect(inLanguage("nn", samples).map((s) => [s.message, s.hint])).toEqual([
      ['"agency.navn" er ikkje eit felt dette brevet har', "meinte du agency.name?"],
      ['"agency.kontaktperson" er ikkje eit felt dette brevet har', "agency har: id, name, og 2 til"],
      ["finn ingen mal «brev» på målform «nn» (såg etter templates/brev.nn.md.hbs)", undefined],
      [
        'kroner treng eit tal, til dømes {{kroner fields.belop}}; fekk "mye"',
        "skriv talet i registeret med siffer, til dømes belop: 3500000 eller belop: 12.5 (utan mellomrom, utan kr)",
      ],
      ["HTML blir ikkje brukt i brev: <b>", "skriv teksten utan taggar: **feit**, _kursiv_, [tekst](https://…) for ei lenkje"],
    ]);
    // The codes are the same in every language.
    expect(inLanguage("nb", samples).map((s) => s.code)).toEqual(en.map((s) => s.code));
  });
});
