// A clerk's first-week mistakes through the built CLI, the whole answer compared in English and in bokmål (issue 18,
// point 4); test/cli/bad-input.test.ts runs every week-* fixture in-process too.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brev } from "../helpers/cli.js";
import { brevHere } from "../helpers/run-in-process.js";
import { REPO, SAMPLE_TEMPLATES } from "../helpers/sample.js";

const BAD = path.join(REPO, "test/fixtures/bad");

const cases: [string, string, { en: string; nb: string }][] = [
  [
    "a key without its colon",
    "week-missing-colon-agency",
    {
      en: "registry.yaml:13:5: error: YAML: missing colon after `short_name`?\n  hint: write `short_name: Digdir`\nbrev: 1 error; nothing was written\n",
      nb: "registry.yaml:13:5: feil: YAML: mangler kolon etter `short_name`?\n  tips: skriv `short_name: Digdir`\nbrev: 1 feil; ingenting ble skrevet\n",
    },
  ],
  [
    "two unknown fields on one line of the template",
    "week-template-agency-path",
    {
      en: [
        'templates/brev.nb.md.hbs:6:7: error: "agency.navn" is not a field this letter has (in 1 letter: dss)',
        "  hint: did you mean agency.name?",
        'templates/brev.nb.md.hbs:6:28: error: "agency.kontaktperson" is not a field this letter has (in 1 letter: dss)',
        "  hint: agency has: id, name, short_name, display_name",
        "brev: 2 errors; nothing was written\n",
      ].join("\n"),
      nb: [
        'templates/brev.nb.md.hbs:6:7: feil: "agency.navn" er ikke et felt dette brevet har (i 1 brev: dss)',
        "  tips: mente du agency.name?",
        'templates/brev.nb.md.hbs:6:28: feil: "agency.kontaktperson" er ikke et felt dette brevet har (i 1 brev: dss)',
        "  tips: agency har: id, name, short_name, display_name",
        "brev: 2 feil; ingenting ble skrevet\n",
      ].join("\n"),
    },
  ],
];

describe("first-week mistakes, through the built CLI", () => {
  it.each(cases)("%s: the same problem in English and in bokmål, word for word", async (_name, fixture, said) => {
    const dir = path.join(BAD, fixture);
    const templates = fixture.includes("template") ? "templates" : SAMPLE_TEMPLATES;
    // English through the built CLI's run in this process; bokmål through the built command, chosen by the locale.
    const en = await brevHere(["validate", "registry.yaml", "-t", templates, "--lang", "en"], dir);
    const nb = brev(["validate", "registry.yaml", "-t", templates], dir, { BREV_LANG: "", LC_ALL: "", LANG: "nb_NO.UTF-8" });
    expect([en.code, en.stderr]).toEqual([1, said.en]);
    expect([nb.code, nb.stderr]).toEqual([1, said.nb]);
  });
});
