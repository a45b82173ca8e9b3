// A letter's entry: every field an agency may override (the schema's `overridable`, and `archive`) comes out of one
// merge, the agency's value over the dispatch's; checked for each such field, so a field added to the schema is
// merged (and must be added here) without a line of resolving code.
import { describe, expect, it } from "vitest";
import { overridable } from "../../src/registry/schema.js";
import { dispatchFrom } from "../helpers/entries.js";

const REGISTRY = `dispatch:
  id: test
  template: t
  language: nb
  year: 2020
  addendum: 3
  date: 2020-10-30
  deadline: 2020-12-01
  fields: { a: x, b: x }
  archive: { system: Elements, journalenhet: J1 }
sender:
  name: Kommunal- og moderniseringsdepartementet
  short_name: KMD
  letterhead: { nb: [BOKMÅL], nn: [NYNORSK] }
  department: Avdeling D
  case_handler: { name: Kari }
signatories: [{ name: Signatar D, title: t }]
copies: [Kopi D]
attachments: [Vedlegg D]
electronic_signature: false
agencies:
  - id: over
    name: Over
    language: nn
    year: 2021
    addendum: 4
    date: 2020-11-11
    deadline: 2020-12-24
    fields: { b: y, c: ~ }
    archive: { journalenhet: J2, system: ~ }
    department: Avdeling A
    case_handler: { name: Ola, phone: "22 24 70 49" }
    signatories: [{ name: Signatar A, title: t, by_authority: true }]
    copies: [Kopi A]
    attachments: [Vedlegg A]
    electronic_signature: true
  - id: plain
    name: Plain
  - id: none
    name: None
    address: ~
    our_ref: ~
    signatories: ~
    archive: { system: ~, journalenhet: ~ }
`;

/** What each agency's letter gets for each field an agency may override. */
const EXPECTED = {
  over: {
    language: "nn",
    year: 2021,
    addendum: 4,
    date: { year: 2020, month: 11, day: 11 },
    deadline: { year: 2020, month: 12, day: 24 },
    fields: { a: "x", b: "y", c: null },
    archive: { journalenhet: "J2" },
    department: "Avdeling A",
    case_handler: { name: "Ola", phone: "22 24 70 49" },
    signatories: [{ name: "Signatar A", title: "t", by_authority: true }],
    copies: ["Kopi A"],
    attachments: ["Vedlegg A"],
    electronic_signature: true,
  },
  plain: {
    language: "nb",
    year: 2020,
    addendum: 3,
    date: { year: 2020, month: 10, day: 30 },
    deadline: { year: 2020, month: 12, day: 1 },
    fields: { a: "x", b: "x" },
    archive: { system: "Elements", journalenhet: "J1" },
    department: "Avdeling D",
    case_handler: { name: "Kari" },
    signatories: [{ name: "Signatar D", title: "t", by_authority: false }],
    copies: ["Kopi D"],
    attachments: ["Vedlegg D"],
    electronic_signature: false,
  },
};

describe("a letter's entry", () => {
  const entries = dispatchFrom(REGISTRY).entries;
  const byId = (id: string) => {
    const entry = entries.find((e) => e.agency.id === id);
    if (!entry) throw new Error(`no entry ${id}`);
    const { sender, ...rest } = entry;
    // The sender's own fields an agency overrides stay the sender's in the entry.
    return { ...rest, department: sender.department, case_handler: sender.case_handler, letterhead: sender.letterhead };
  };

  it("is checked here for every field an agency may override", () => {
    expect(Object.keys(EXPECTED.over).sort()).toEqual([...Object.keys(overridable), "archive"].sort());
  });

  it.each(Object.entries(EXPECTED))("takes the agency's value over the dispatch's, field by field (%s)", (id, fields) => {
    const entry = byId(id);
    expect(Object.fromEntries(Object.keys(fields).map((key) => [key, (entry as Record<string, unknown>)[key]]))).toEqual(fields);
    // Structured values by their text (numbers in `fields` keep the registry's digits).
    expect(JSON.parse(JSON.stringify(entry.fields))).toEqual(fields.fields);
  });

  it("keeps what the agency alone gives, and the sender's letterhead in the letter's language", () => {
    expect(byId("over").letterhead).toEqual(["NYNORSK"]);
    expect(byId("plain").letterhead).toEqual(["BOKMÅL"]);
    expect(byId("plain").agency).toEqual({ id: "plain", name: "Plain", naming: "name", address: [] });
    expect(entries.map((e) => e.sourcePath)).toEqual([
      ["agencies", 0],
      ["agencies", 1],
      ["agencies", 2],
    ]);
  });

  it("reads an agency's ~ as none on purpose: no signatories, no archive key, no reference", () => {
    const none = byId("none");
    expect(none.signatories).toEqual([]);
    expect(none.archive).toEqual({});
    expect("our_ref" in none).toBe(false);
    expect(none.agency.address).toEqual([]);
    // Left out, not there as undefined: a template names a missing optional field as not given.
    expect(Object.keys(byId("plain")).filter((key) => (byId("plain") as Record<string, unknown>)[key] === undefined)).toEqual([]);
  });
});
