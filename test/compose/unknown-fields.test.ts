// A field the template asks for that the letter lacks (issue 18, point 4): the whole path as written, the field meant
// or what the group has, and every such field of the letter, each at its own line and column, in English and bokmål.
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { TemplateError } from "../../src/compose/template-error.js";
import { FIELD_WORDS } from "../../src/compose/unknown-field.js";
import { inLanguage } from "../../src/i18n/catalogue.js";
import { dispatchFrom, registryWith } from "../helpers/entries.js";

const AGENCY = "    name: Valgdirektoratet\n    short_name: VD\n    fields: { belop: 5, rader: [{ x: 1 }, { x: 2 }] }\n";

/** Every problem of one letter, as `line:col message | hint`. */
function problems(body: string, agency = AGENCY): string[] {
  const [entry] = dispatchFrom(registryWith(agency)).entries;
  if (!entry) throw new Error("no entry");
  try {
    composeLetter(entry, compileTemplate(`---\ntitle: "T {{agency.name}}"\n---\n${body}\n`, "t.md.hbs"));
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return [e, ...e.also].map((p) => `${p.line}:${p.col} ${p.message}${p.hint ? ` | ${p.hint}` : ""}`);
  }
  return [];
}

describe("an unknown field", () => {
  it("under agency: the whole path, the field meant for a Norwegian word, else what agency has; both on one line", () => {
    const body = "Til {{agency.navn}}, ved {{agency.kontaktperson}}.";
    expect(problems(body)).toEqual([
      '4:7 "agency.navn" is not a field this letter has | did you mean agency.name?',
      '4:28 "agency.kontaktperson" is not a field this letter has | agency has: id, name, short_name, display_name',
    ]);
    expect(inLanguage("nb", () => problems(body))).toEqual([
      '4:7 "agency.navn" er ikke et felt dette brevet har | mente du agency.name?',
      '4:28 "agency.kontaktperson" er ikke et felt dette brevet har | agency har: id, name, short_name, display_name',
    ]);
    expect(inLanguage("nn", () => problems(body))).toEqual([
      '4:7 "agency.navn" er ikkje eit felt dette brevet har | meinte du agency.name?',
      '4:28 "agency.kontaktperson" er ikkje eit felt dette brevet har | agency har: id, name, short_name, display_name',
    ]);
  });

  it("frist, bare, given to a helper or under fields, is the letter's deadline", () => {
    expect(problems("Svar innen {{short-date frist}}, slik {{fields.frist}} sier.\n\n{{long-date svarfrist}}")).toEqual([
      '4:25 "frist" is not a field this letter has | did you mean deadline?',
      '4:41 "fields.frist" is not a field this letter has | did you mean deadline?',
      '6:13 "svarfrist" is not a field this letter has | did you mean deadline?',
    ]);
  });

  it("a bare name that a group has is said with its group; a near miss with the nearest field", () => {
    expect(problems("{{navn}} {{belop}} {{fields.belp}} {{virksomhet.navn}} {{@root.agency.kortnavn}}")).toEqual([
      '4:3 "navn" is not a field this letter has | did you mean agency.name?',
      '4:12 "belop" is not a field this letter has | did you mean fields.belop?',
      '4:22 "fields.belp" is not a field this letter has | did you mean fields.belop?',
      '4:38 "virksomhet.navn" is not a field this letter has | did you mean agency.name?',
      '4:58 "@root.agency.kortnavn" is not a field this letter has | did you mean @root.agency.short_name?',
    ]);
  });

  it("a field the registry does not give this letter is said as such, also when meant by its Norwegian word", () => {
    expect(problems("{{our_ref}} {{deres_ref}}")).toEqual([
      '4:3 "our_ref" is not a field this letter has | the registry gives this letter no our_ref; give it there, or write {{#if our_ref}}…{{/if}} around it',
      '4:15 "deres_ref" is not a field this letter has | did you mean your_ref? This letter has none: the registry does not give it',
    ]);
    expect(inLanguage("nb", () => problems("{{our_ref}}"))).toEqual([
      '4:3 "our_ref" er ikke et felt dette brevet har | feltet our_ref er ikke oppgitt for dette brevet i registeret; fyll det ut der, eller sett {{#if our_ref}}…{{/if}} rundt det i malen',
    ]);
  });

  it("asked of a text, of a list, or with nothing near: says what is there", () => {
    expect(problems("{{agency.name.x}} {{fields.rader.x}} {{kontaktperson}}")).toEqual([
      '4:3 "agency.name.x" is not a field this letter has | agency.name is a text, with no fields under it',
      '4:21 "fields.rader.x" is not a field this letter has | fields.rader is a list: go through it with {{#each fields.rader}}…{{/each}} and use the fields of its items inside',
      '4:40 "kontaktperson" is not a field this letter has | this letter has: dispatch, language, year, addendum, date, deadline, sender, agency, blocks, fields',
    ]);
  });

  it("inside {{#each}} and {{#with}}: read in the item or group, said once however many items", () => {
    expect(problems("{{#each fields.rader}}{{navn}} {{y}}{{/each}} {{#with agency}}{{navn}}{{/with}}")).toEqual([
      '4:25 "navn" is not a field this letter has | fields.rader[0] has: x',
      '4:34 "y" is not a field this letter has | fields.rader[0] has: x',
      '4:65 "navn" is not a field this letter has | did you mean name?',
    ]);
  });

  it("in the title and the body alike, in reading order", () => {
    const [entry] = dispatchFrom(registryWith(AGENCY)).entries;
    if (!entry) throw new Error("no entry");
    const template = compileTemplate('---\ntitle: "Til {{agency.navn}}"\n---\nHei {{agency.kortnavn}}.\n', "t.md.hbs");
    let error: TemplateError | undefined;
    try {
      composeLetter(entry, template);
    } catch (e) {
      if (e instanceof TemplateError) error = e;
    }
    expect(error && [error, ...error.also].map((p) => [p.line, p.col, p.message])).toEqual([
      [2, 15, '"agency.navn" is not a field this letter has'],
      [4, 7, '"agency.kortnavn" is not a field this letter has'],
    ]);
  });

  it("{{#if}} still asks whether a field is there, without an error", () => {
    expect(problems("{{#if agency.navn}}x{{/if}}{{#if fields.nope.deeper}}y{{/if}} {{agency.name}}")).toEqual([]);
  });

  it("a missing field and a helper's problem after it are both said", () => {
    expect(problems("{{agency.navn}} {{kroner fields.tekst}}", `${AGENCY}    our_ref: x\n`.replace("belop: 5", 'belop: 5, tekst: "mye"'))).toEqual([
      '4:3 "agency.navn" is not a field this letter has | did you mean agency.name?',
      '4:17 kroner needs a number, e.g. {{kroner fields.belop}}; got "mye" | write the number in the registry in digits, e.g. belop: 3500000 or belop: 12.5 (no spaces, no kr)',
    ]);
  });

  it("reads only Norwegian words for fields a template has", () => {
    const fields = new Set([
      "name",
      "short_name",
      "deadline",
      "date",
      "year",
      "language",
      "addendum",
      "sender",
      "agency",
      "department",
      "dispatch",
      "fields",
      "our_ref",
      "your_ref",
    ]);
    for (const [word, field] of Object.entries(FIELD_WORDS)) expect(fields.has(field), word).toBe(true);
  });
});
