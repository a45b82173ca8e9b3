// Composing one letter: the sample template with registry entries gives the expected model; data stays literal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { TemplateError } from "../../src/compose/template-error.js";
import type { Block, LetterModel } from "../../src/model/letter-model.js";
import { dispatchFrom, registryWith } from "../helpers/entries.js";
import { SAMPLE_TEMPLATES } from "../helpers/sample.js";

const SAMPLE_TEMPLATE = readFileSync(path.join(SAMPLE_TEMPLATES, "inkluderingsdugnaden.nb.md.hbs"), "utf8");

function compose(agencyYaml: string, templateSource = SAMPLE_TEMPLATE, dispatchExtra = ""): LetterModel {
  const [entry] = dispatchFrom(registryWith(agencyYaml, dispatchExtra)).entries;
  if (!entry) throw new Error("no entry");
  return composeLetter(entry, compileTemplate(templateSource, "t.md.hbs"));
}

const runsText = (runs: { text: string }[]) => runs.map((r) => r.text).join("");
const text = (blocks: Block[]) =>
  blocks
    .map((b) =>
      b.type === "list"
        ? b.items.map((i) => runsText(i.content)).join("\n")
        : b.type === "table"
          ? [b.header, ...b.rows].map((row) => row.map(runsText).join(" | ")).join("\n")
          : runsText(b.content),
    )
    .join("\n");

describe("composing the sample template", () => {
  it("numbers the sections and keeps the bullets", () => {
    const model = compose("    name: Valgdirektoratet\n");
    const headings = model.body.filter((b) => b.type === "heading");
    expect(headings.map((h) => `${h.number}. ${h.content[0]?.text}`)).toEqual(["1. Innledning", "2. Utarbeidelse av handlingsplan"]);
    const list = model.body.find((b) => b.type === "list");
    expect(list?.type === "list" && list.items).toHaveLength(5);
  });

  it("introduces a short name once, then uses it", () => {
    const body = text(compose("    name: Husleietvistutvalget\n    short_name: HTU\n").body);
    expect(body).toContain("Har Husleietvistutvalget (HTU) hatt");
    expect(body).toContain("KMD ber HTU om");
    expect(body).toContain("tilsendt HTUs handlingsplan");
    expect(body.match(/\(HTU\)/g)).toHaveLength(1);
  });

  it("puts the deadline in bold and the genitive before it", () => {
    const model = compose("    name: Distriktssenteret\n");
    const para = model.body.find((b) => b.type === "paragraph" && b.content.some((r) => r.bold));
    expect(para?.type === "paragraph" && para.content).toEqual([
      { text: "Vi ber om å få tilsendt Distriktssenterets handlingsplan " },
      { text: "innen 1.12.2020", bold: true },
      { text: "." },
    ]);
  });

  it("lets an agency replace a named block with its own text", () => {
    const body = text(compose('    name: DSS\n    blocks: { status: "Eget avsnitt." }\n').body);
    expect(body).toContain("Eget avsnitt. Det er derfor behov");
    expect(body).not.toContain("KMD ser av foreløpige tall");
  });

  it("shows interpolated data literally, never as Markdown or template code", () => {
    const nasty = "*Stjerne* _under_ {{x}} {{{y}}} **fet** <w:t>&amp;]]></script> # | a | b | [x](javascript:alert(1)) \u202Eá č đ ŋ š ŧ ž 😀";
    const model = compose(`    name: ${JSON.stringify(nasty)}\n`);
    expect(model.recipient[0]).toBe(nasty);
    expect(model.title).toContain(nasty);
    const body = text(model.body);
    expect(body).toContain(`Har ${nasty} hatt`);
    expect(model.body.flatMap((b) => (b.type === "paragraph" ? b.content : [])).some((r) => r.italic || r.link)).toBe(false);
  });

  it("reads an agency's block as Markdown (its author's), but never as template code", () => {
    const block = "Første avsnitt med **fet** tekst og {{agency.name}}.\n\nAndre avsnitt:\n\n- ett\n- to";
    const model = compose(`    name: DSS\n    blocks: { status: ${JSON.stringify(block)} }\n`);
    const paragraphs = model.body.filter((b) => b.type === "paragraph");
    const first = paragraphs.find((p) => p.type === "paragraph" && p.content.some((r) => r.text.startsWith("Første")));
    expect(first?.type === "paragraph" && first.content).toEqual([
      { text: "Første avsnitt med " },
      { text: "fet", bold: true },
      { text: " tekst og {{agency.name}}." },
    ]);
    expect(text(model.body)).toContain("Andre avsnitt:");
    // The sample template goes on right after the block, so its words continue the block's last list item.
    const list = model.body.find((b) => b.type === "list");
    expect(list?.type === "list" && list.items.map((i) => runsText(i.content))).toEqual(["ett", expect.stringMatching(/^to Det er derfor behov/)]);
  });

  it("fills the reference line, signatories, copies and footer from the entry", () => {
    const model = compose(
      `    name: Distriktssenteret
    our_ref: 20/49-15
    your_ref: 2020/7
    date: 2020-11-11
    signatories: [{ name: Bjørn Barvik, title: avdelingsdirektør, by_authority: true }, { name: Knut Ove Nordås, title: seniorrådgiver }]
    copies: [Riksrevisjonen]
    case_handler: { name: Knut Ove Nordås, phone: 22 24 70 49 }
`,
      SAMPLE_TEMPLATE,
      "electronic_signature: true\n",
    );
    expect(model.reference).toEqual([
      { label: "Deres ref", value: "2020/7" },
      { label: "Vår ref", value: "20/49-15" },
      { label: "Dato", value: "11. november 2020" },
    ]);
    expect(model.signatories).toEqual([
      { name: "Bjørn Barvik (e.f.)", title: "avdelingsdirektør" },
      { name: "Knut Ove Nordås", title: "seniorrådgiver" },
    ]);
    expect(model.electronicSignature).toMatch(/^Dokumentet er elektronisk signert/);
    expect(model.copies).toEqual({ label: "Kopi", lines: ["Riksrevisjonen"] });
    expect(model.footer.flat().find((s) => s.label === "Saksbehandler")?.lines).toEqual(["Knut Ove Nordås", "22 24 70 49"]);
    expect(model.meta).toMatchObject({ language: "nb-NO", date: { year: 2020, month: 11, day: 11 }, author: "Kommunal- og moderniseringsdepartementet" });
  });

  it("uses nynorsk labels for a nynorsk letter", () => {
    const model = compose("    name: Distriktssenteret\n    language: nn\n    signatories: [{ name: A, title: b }]\n", "---\ntitle: Brev\n---\nTekst.\n");
    expect(model.reference.map((r) => r.label)).toEqual(["Dykkar ref", "Vår ref", "Dato"]);
    expect(model.closing).toBe("Med helsing");
    expect(model.meta.language).toBe("nn-NO");
  });
});

describe("template problems carry the template's line", () => {
  const tryCompose = (template: string, agency = "    name: X\n") => {
    try {
      compose(agency, template);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it("a field the entry lacks", () => {
    const e = tryCompose("---\ntitle: T\n---\nLinje en.\n\nHar {{agency.nickname}} svart?\n");
    expect(e).toBeInstanceOf(TemplateError);
    expect(e).toMatchObject({ line: 6, message: expect.stringContaining('"agency.nickname" is not a field') });
  });

  it("a syntax error", () => {
    const e = tryCompose("---\ntitle: T\n---\n\n{{#if year}}\nåpen blokk\n");
    expect(e).toMatchObject({ line: expect.any(Number), message: expect.stringContaining("syntax error") });
  });

  it("an unknown helper", () => {
    const e = tryCompose("---\ntitle: T\n---\n{{shout year}}\n");
    expect(e).toMatchObject({ line: 4, message: expect.stringContaining('unknown helper "shout"') });
  });
});
