// Norwegian numbers (the number, kroner and sum helpers) and per-agency `fields`, as a template reads them.
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { addNumbers, formatNumber } from "../../src/compose/format-number.js";
import { TemplateError } from "../../src/compose/template-error.js";
import type { Block } from "../../src/model/letter-model.js";
import { dispatchFrom, registryWith } from "../helpers/entries.js";

const NBSP = "\u00a0";

function render(body: string, agencyYaml = "    name: Valgdirektoratet\n", dispatchExtra = ""): Block[] {
  const [entry] = dispatchFrom(registryWith(agencyYaml, dispatchExtra)).entries;
  if (!entry) throw new Error("no entry");
  return composeLetter(entry, compileTemplate(`---\ntitle: "T"\n---\n${body}\n`, "t.md.hbs")).body;
}

const paragraph = (blocks: Block[]) => blocks.map((b) => (b.type === "paragraph" ? b.content.map((r) => r.text).join("") : "")).join("\n");

function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("formatNumber", () => {
  it.each([
    ["0", "0"],
    ["999", "999"],
    ["1000", `1${NBSP}000`],
    ["12500000", `12${NBSP}500${NBSP}000`],
    ["12.5", "12,5"],
    ["1234567.891", `1${NBSP}234${NBSP}567,891`],
    ["-3000000", `\u22123${NBSP}000${NBSP}000`],
    ["0.5", "0,5"],
    ["-0.5", "\u22120,5"],
    ["-0", "0"],
    ["-0.0", "0,0"],
    ["-0.000", "0,000"],
    ["-0.001", "\u22120,001"],
    ["12.50", "12,50"],
    ["9007199254740993", `9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}993`],
    ["0.1000000000000000055511151231257827", "0,1000000000000000055511151231257827"],
    [`1${"0".repeat(60)}`, `1${`${NBSP}000`.repeat(20)}`],
  ])("%s reads %s", (given, shown) => expect(formatNumber(given)).toBe(shown));

  it.each(["", "12 500", "1e6", "12,5", "kr 10", "NaN", "Infinity", "0x10", "007", "00", "0012.50", "-012"])("%j is not a number", (given) =>
    expect(formatNumber(given)).toBeUndefined(),
  );
});

describe("addNumbers", () => {
  it("adds without floating-point noise and keeps large sums exact", () => {
    expect(addNumbers(["0.1", "0.2"])).toBe("0.3");
    expect(addNumbers(["12500000", "-3000000", "4250000"])).toBe("13750000");
    expect(addNumbers(["9007199254740993", "1"])).toBe("9007199254740994");
    expect(addNumbers(["-1.5", "1"])).toBe("-0.5");
    expect(addNumbers([])).toBe("0");
  });

  it("keeps the decimals written, adding numbers with different numbers of decimals", () => {
    expect(addNumbers(["12.50", "1.50"])).toBe("14.00");
    expect(addNumbers(["12.50", "1.5", "-0.125"])).toBe("13.875");
    expect(addNumbers(["-12.50", "12.5"])).toBe("0.00");
    expect(addNumbers(["-0.001", "-0.01"])).toBe("-0.011");
  });

  it("adds digit strings of any length exactly", () => {
    const nines = "9".repeat(300);
    expect(addNumbers([nines, "1"])).toBe(`1${"0".repeat(300)}`);
    expect(addNumbers([`-${nines}`, nines, "0.5"])).toBe("0.5");
    expect(addNumbers([`${nines}.${nines}`, `0.${"0".repeat(299)}1`])).toBe(`1${"0".repeat(300)}.${"0".repeat(300)}`);
    expect(addNumbers(["123456789012345678", "-123456789012345679"])).toBe("-1");
  });
});

describe("numbers in fields, as the registry writes them", () => {
  const exact =
    '    name: V\n    fields:\n      stor: 9007199254740993\n      lang: 123456789012345678\n      brok: 0.1000000000000000055511151231257827\n      kr: 12.50\n      nuller: "007"\n      rader: [{ x: 9007199254740993 }, { x: 1 }]\n';

  it("print every digit, through {{…}}, number, kroner and sum", () => {
    const text = paragraph(
      render(
        '{{fields.stor}} / {{number fields.lang}} / {{number fields.brok}} / {{kroner fields.kr}} / {{fields.kr}} / {{fields.nuller}} / {{number (sum fields.rader "x")}}',
        exact,
      ),
    );
    expect(text).toBe(
      [
        "9007199254740993",
        `123${NBSP}456${NBSP}789${NBSP}012${NBSP}345${NBSP}678`,
        "0,1000000000000000055511151231257827",
        "12,50 kroner",
        "12.50",
        "007",
        `9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}994`,
      ].join(" / "),
    );
  });

  it.each(["0x1F", "1e40", ".inf", "-.inf", ".nan", "0o17", "+12", "1.", ".5"])("%s is refused at the registry: write the number as digits", (written) => {
    expect(() => render("x", `    name: V\n    fields:\n      belop: ${written}\n`)).toThrow(`${written} is not a number written as digits`);
  });

  it.each(["00012", "0012.50", "-007"])("%s is refused at the registry: a number has no leading zeros, a code goes in quotes", (written) => {
    expect(() => render("x", `    name: V\n    fields:\n      postnr: ${written}\n`)).toThrow(`${written} is a number with a leading zero`);
  });

  it("numbers outside fields are read as numbers, as before", () => {
    const [entry] = dispatchFrom(registryWith("    name: V\n    year: 2021\n    addendum: 2\n")).entries;
    expect([entry?.year, entry?.addendum]).toEqual([2021, 2]);
  });
});

describe("lookup", () => {
  const agency = "    name: V\n    fields: { belop: 5, rader: [{ x: 1 }] }\n";

  it("takes a field the data has", () => {
    expect(paragraph(render('{{lookup fields "belop"}} {{#each fields.rader}}{{lookup this "x"}}{{/each}}', agency))).toBe("5 1");
  });

  it.each([
    '{{lookup this "__proto__"}}',
    '{{lookup this "constructor"}}',
    '{{lookup fields "prototype"}}',
    '{{lookup fields "toString"}}',
    '{{lookup fields.rader "length"}}',
  ])("%s is a strict error at the template's line, as a missing field is", (body) => {
    const e = templateError(() => render(`Tekst ${body}.`, agency));
    expect(e.message).toMatch(/^"((fields\.)?(rader\.)?(__proto__|constructor|prototype|toString|length))" is not a field this letter has$/);
    expect([e.line, e.col]).toEqual([4, 7]);
  });

  it.each([
    "{{this.__proto__}}",
    "{{fields.constructor}}",
    "{{@root.constructor}}",
    "{{fields.belop.length}}",
    "{{#each fields.rader}}{{hasOwnProperty}}{{/each}}",
  ])("%s, an inherited name, is not a field either", (body) =>
    expect(templateError(() => render(body, agency)).message).toMatch(
      /^"(this\.__proto__|fields\.constructor|@root\.constructor|fields\.belop\.length|hasOwnProperty)" is not a field this letter has$/,
    ),
  );
});

describe("the helpers in a template", () => {
  const agency = "    name: Valgdirektoratet\n    fields:\n      belop: 3500000\n      rader: [{ belop: 1200000 }, { belop: -200000.5 }]\n";

  it("number, kroner and sum print Norwegian numbers", () => {
    const text = paragraph(render('{{number fields.belop}} / {{kroner fields.belop}} / {{number 12.5}} / {{kroner (sum fields.rader "belop")}}', agency));
    expect(text).toBe(`3${NBSP}500${NBSP}000 / 3${NBSP}500${NBSP}000 kroner / 12,5 / 999${NBSP}999,5 kroner`);
  });

  it("a number written in the template prints as written too", () => {
    expect(paragraph(render('{{kroner 12.50}} / {{number 0.1000000000000000055511151231257827}} / {{number (sum fields.rader "belop")}}', agency))).toBe(
      `12,50 kroner / 0,1000000000000000055511151231257827 / 999${NBSP}999,5`,
    );
  });

  it("a value that is not a number is an error at the helper, with a hint", () => {
    const e = templateError(() => render("Beløp: {{kroner fields.tekst}}", "    name: V\n    fields: { tekst: mye }\n"));
    expect(e.message).toBe('kroner needs a number, e.g. {{kroner fields.belop}}; got "mye"');
    expect([e.line, e.col]).toEqual([4, 8]);
    expect(e.hint).toMatch(/in digits/);
  });

  it("negative zero prints as zero, without a minus, in number, kroner and sum alike", () => {
    const zero = "    name: V\n    fields:\n      a: -0\n      b: -0.0\n      rader: [{ x: -0 }, { x: -0.0 }]\n";
    expect(paragraph(render('{{number fields.a}} / {{number fields.b}} / {{kroner fields.a}} / {{number (sum fields.rader "x")}}', zero))).toBe(
      "0 / 0,0 / 0 kroner / 0,0",
    );
  });

  it("a code in quotes with leading zeros is not a number to the helpers", () => {
    const e = templateError(() => render("Nr: {{number fields.postnr}}", '    name: V\n    fields: { postnr: "0012" }\n'));
    expect(e.message).toBe('number needs a number, e.g. {{number fields.belop}}; got "0012"');
    expect([e.line, e.col]).toEqual([4, 5]);
  });

  it("a list handed to number is an error, and so is a missing number inside sum", () => {
    expect(templateError(() => render("{{number fields.rader}}", agency)).message).toMatch(/got a list or group/);
    expect(templateError(() => render('{{number (sum fields.rader "kroner")}}', agency)).message).toMatch(/^sum needs a list/);
  });
});

describe("fields", () => {
  it("merge the dispatch's over the agency's, key by key", () => {
    const text = paragraph(
      render(
        "{{fields.kapittel}} {{fields.post}} {{fields.navn}}",
        '    name: V\n    fields: { post: "21", navn: Eget }\n',
        '  fields: { kapittel: 540, post: "01" }\n',
      ),
    );
    expect(text).toBe("540 21 Eget");
  });

  it("a field the agency lacks is an error naming the field, also when it goes to a helper, with did you mean", () => {
    for (const body of ["{{fields.beløp}}", "{{kroner fields.beløp}}", "{{#each fields.radr}}x{{/each}}"]) {
      const e = templateError(() => render(body, "    name: V\n    fields: { belop: 1, rader: [] }\n"));
      expect(e.message).toMatch(/^"fields\.(beløp|radr)" is not a field this letter has/);
      expect(e.line).toBe(4);
    }
  });

  it("a date in a field works with the date helpers", () => {
    expect(paragraph(render("{{long-date fields.vedtatt}} / {{short-date fields.vedtatt}}", "    name: V\n    fields: { vedtatt: 2020-11-17 }\n"))).toBe(
      "17. november 2020 / 17.11.2020",
    );
  });

  it("values print literally: a pipe or asterisks in a value do not break a table or start bold", () => {
    const blocks = render(
      "| A | B |\n| --- | --- |\n{{#each fields.rader}}\n| {{a}} | {{b}} |\n{{/each}}",
      '    name: V\n    fields:\n      rader: [{ a: "x | y", b: "**ikke fet**" }]\n',
    );
    const table = blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows).toEqual([[[{ text: "x | y" }], [{ text: "**ikke fet**" }]]]);
  });
});

describe("block names", () => {
  it("may use any letters, as Norwegian names do", () => {
    const body = '{{#block "særskilt-omtale"}}Standard.{{/block}} {{#block "beløp"}}Ingen.{{/block}}';
    const text = paragraph(render(body, '    name: V\n    blocks: { særskilt-omtale: "Egen omtale.", beløp: "**3 mill.**" }\n'));
    expect(text).toBe("Egen omtale. 3 mill.");
  });
});
