// The PDF at its tree level: the layout the PDF renderer paints (pages of placed, tagged text) and the structure tree
// it declares, before any bytes are written. Measured with the real embedded fonts.
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { LetterModel } from "../../src/index.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { loadFonts } from "../../src/render/fonts.js";
import { PAGE, TEXT_WIDTH } from "../../src/render/letter-style.js";
import { measureWith } from "../../src/render/pdf.js";
import { type LetterLayout, layoutLetter, type PageItem } from "../../src/render/pdf-layout.js";
import type { Measure } from "../../src/render/pdf-lines.js";
import { SAMPLE } from "../helpers/sample.js";

let measure: Measure;
const models = new Map<string, LetterModel>();

beforeAll(async () => {
  const fonts = await loadFonts();
  const doc = new PDFDocument({ autoFirstPage: false });
  const faces = { regular: fonts.normal, bold: fonts.bold, italic: fonts.italics, boldItalic: fonts.bolditalics };
  for (const [face, bytes] of Object.entries(faces)) doc.registerFont(face, bytes as unknown as string);
  measure = measureWith(doc);
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }));
  for (const l of letters) models.set(l.agencyId, l.model);
});

const layoutOf = (agency: string) => layoutLetter(models.get(agency) as LetterModel, measure);
/** The pieces of text an item draws (an image draws none). */
const fragmentsOf = (item: PageItem) => (item.kind === "image" ? [] : item.fragments);

/** The structure tree as indented lines "Type: text", text joined from every page. */
function tree(layout: LetterLayout): string[] {
  const text = new Map<number, string>();
  for (const page of layout.pages) {
    for (const item of page.items) if (item.kind === "text") text.set(item.node, (text.get(item.node) ?? "") + item.fragments.map((f) => f.text).join(""));
  }
  const depth = (i: number): number => {
    const parent = layout.nodes[i]?.parent;
    return parent === null || parent === undefined ? 0 : depth(parent) + 1;
  };
  return layout.nodes.map((n, i) => `${"  ".repeat(depth(i))}${n.type}${text.has(i) ? `: ${(text.get(i) ?? "").trim()}` : ""}`);
}

describe("the layout of Distriktssenteret's letter", () => {
  it("declares the structure tree in reading order: letterhead, recipient, reference table, title, sections, closing, footer", () => {
    const lines = tree(layoutOf("distriktssenteret"));
    expect(lines.slice(0, 14)).toEqual([
      "Document",
      "  P: DET KONGELIGE KOMMUNAL- OG MODERNISERINGSDEPARTEMENT",
      "  P: Distriktssenteret Skolegata 22 7713 STEINKJER",
      "  Table",
      "    TR",
      "      TH: Deres ref",
      "      TH: Vår ref",
      "      TH: Dato",
      "    TR",
      "      TD",
      "      TD: 20/49-15",
      "      TD: 11. november 2020",
      "  H1: Tillegg nr. 4 til tildelingsbrev 2020 til Distriktssenteret – handlingsplan for inkluderingsdugnaden",
      "  H2: 1. Innledning",
    ]);
    expect(lines).toContain("  H2: 2. Utarbeidelse av handlingsplan");
    const list = lines.indexOf("  L");
    expect(lines.slice(list + 1, list + 4)).toEqual([
      "    LI",
      "      Lbl: •",
      "      LBody: identifisere utfordringer knyttet til rekruttering fra målgruppen og muligheter som finnes for å løse utfordringene",
    ]);
    expect(lines.filter((l) => l === "    LI")).toHaveLength(6);
    expect(lines.slice(-15)).toEqual([
      "  P: Med hilsen",
      "  P: Bjørn Barvik (e.f.) avdelingsdirektør",
      "  P: Knut Ove Nordås seniorrådgiver",
      "  P: Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer",
      "  P: Kopi",
      "  L",
      "    LI",
      "      LBody: Riksrevisjonen",
      "  Div",
      "    P: Postadresse Postboks 8112 Dep 0032 Oslo postmottak@kmd.dep.no",
      "    P: Kontoradresse Akersg. 59 www.kmd.dep.no",
      "    P: Telefon 22 24 90 90",
      "    P: Org.nr. 972 417 858",
      "    P: Avdeling Regionalpolitisk avdeling",
      "    P: Saksbehandler Knut Ove Nordås 22 24 70 49",
    ]);
  });

  it("places letterhead and recipient where the window envelope shows them, the footer on page 1 only, 'Side 2' on page 2", () => {
    const layout = layoutOf("distriktssenteret");
    const [first, second] = layout.pages;
    const texts = (page: typeof first) => page?.items.flatMap((i) => fragmentsOf(i).map((f) => ({ ...f, kind: i.kind }))) ?? [];
    expect(texts(first)[0]).toMatchObject({ text: "DET KONGELIGE ", x: PAGE.marginLeft, y: PAGE.marginTop });
    expect(texts(first).find((f) => f.text.startsWith("Distriktssenteret"))).toMatchObject({ x: PAGE.marginLeft, y: PAGE.recipientTop });
    expect(texts(first).some((f) => f.text.startsWith("Postadresse"))).toBe(true);
    expect(texts(second).some((f) => f.text.startsWith("Postadresse"))).toBe(false);
    expect(texts(first).some((f) => /^Side/.test(f.text))).toBe(false);
    expect(texts(second).find((f) => f.text === "Side 2")).toMatchObject({ kind: "artifact" });
    expect(layout.pages).toHaveLength(2);
  });

  it("keeps every piece of text inside the page's text column, and below the previous line", () => {
    for (const agency of models.keys()) {
      const layout = layoutOf(agency);
      for (const page of layout.pages) {
        for (const item of page.items) {
          for (const f of fragmentsOf(item)) {
            expect(f.x, `${agency}: ${f.text}`).toBeGreaterThanOrEqual(PAGE.marginLeft - 0.01);
            expect(f.x + f.width, `${agency}: ${f.text}`).toBeLessThanOrEqual(PAGE.marginLeft + TEXT_WIDTH + 0.01);
          }
        }
      }
    }
  });

  it("bookmarks the title and each section, on the page where it starts", () => {
    const layout = layoutOf("distriktssenteret");
    expect(layout.outline.map((o) => [o.title, o.page])).toEqual([
      ["Tillegg nr. 4 til tildelingsbrev 2020 til Distriktssenteret – handlingsplan for inkluderingsdugnaden", 0],
      ["1. Innledning", 0],
      ["2. Utarbeidelse av handlingsplan", 0],
    ]);
  });
});

describe("a paragraph that breaks across pages", () => {
  it("stays one structure element, with text on both pages", () => {
    const model = structuredClone(models.get("digdir") as LetterModel);
    const long = Array.from({ length: 60 }, (_, i) => `Setning nummer ${i + 1} i et langt avsnitt som må brytes over to sider.`).join(" ");
    model.body.splice(1, 0, { type: "paragraph", content: [{ text: long }] });
    const layout = layoutLetter(model, measure);
    const node = layout.nodes.findIndex((_n, i) =>
      layout.pages.some((p) => p.items.some((it) => it.kind === "text" && it.node === i && it.fragments[0]?.text.startsWith("Setning nummer 1 "))),
    );
    const pages = layout.pages.filter((p) => p.items.some((it) => it.kind === "text" && it.node === node));
    expect(pages.length).toBe(2);
  });
});

describe("a long word", () => {
  it("breaks inside the word and never runs over the line or the next block", () => {
    const model = structuredClone(models.get("valgdirektoratet") as LetterModel);
    const word = "Direktoratforlangenavnutenmellomrom".repeat(20);
    model.recipient = [word, ...model.recipient.slice(1)];
    model.title = `Tillegg til ${word}`;
    const layout = layoutLetter(model, measure);
    const first = layout.pages[0]?.items ?? [];
    const recipient = first.find((i) => i.kind === "text" && i.fragments[0]?.text.startsWith("Direktorat"));
    const lines = recipient ? fragmentsOf(recipient) : [];
    expect(lines.length).toBeGreaterThan(3);
    for (const f of lines) expect(f.x + f.width).toBeLessThanOrEqual(PAGE.marginLeft + TEXT_WIDTH + 0.01);
    // Nothing of the word is lost or repeated in the breaking.
    expect(lines.map((f) => f.text).join("")).toBe(word);
    // The reference line starts below the recipient's last line.
    const recipientBottom = Math.max(...lines.map((f) => f.y));
    const reference = first.find((i) => i.kind === "text" && i.fragments[0]?.text === "Deres ref");
    expect((reference ? fragmentsOf(reference) : [])[0]?.y ?? 0).toBeGreaterThan(recipientBottom);
  });
});

describe("a list nested one level", () => {
  it("puts the inner list in its item's LBody, numbered 1., 2. outside and a., b. inside", () => {
    const model = structuredClone(models.get("digdir") as LetterModel);
    model.body.splice(1, 0, {
      type: "list",
      ordered: true,
      items: [
        { content: [{ text: "Første" }], sublist: { ordered: true, items: [{ content: [{ text: "første under" }] }, { content: [{ text: "andre under" }] }] } },
        { content: [{ text: "Andre" }] },
      ],
    });
    const lines = tree(layoutLetter(model, measure));
    const start = lines.findIndex((l) => l.trim() === "L");
    expect(lines.slice(start, start + 14)).toEqual([
      "  L",
      "    LI",
      "      Lbl: 1.",
      "      LBody: Første",
      "        L",
      "          LI",
      "            Lbl: a.",
      "            LBody: første under",
      "          LI",
      "            Lbl: b.",
      "            LBody: andre under",
      "    LI",
      "      Lbl: 2.",
      "      LBody: Andre",
    ]);
  });
});

describe("a table that breaks across pages", () => {
  it("stays one Table with one header row; the header is drawn again on the next page as an artifact", () => {
    const model = structuredClone(models.get("digdir") as LetterModel);
    const rows = Array.from({ length: 70 }, (_, i) => [[{ text: `Rad ${i + 1}` }], [{ text: `${i + 1}\u00a0000` }]]);
    model.body.splice(1, 0, { type: "table", align: ["left", "right"], header: [[{ text: "Post" }], [{ text: "Beløp" }]], rows });
    const layout = layoutLetter(model, measure);
    const lines = tree(layout);
    expect(lines.filter((l) => l.trim().startsWith("TH:"))).toEqual([
      "      TH: Deres ref",
      "      TH: Vår ref",
      "      TH: Dato",
      "      TH: Post",
      "      TH: Beløp",
    ]);
    expect(lines.filter((l) => l.trim() === "TR")).toHaveLength(2 + 71);
    // The pages the table's rows are on: every one after the first starts with the header, drawn as page furniture.
    const pages = layout.pages.filter((p) => p.items.some((i) => i.kind === "text" && layout.nodes[i.node]?.type === "TD"));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) {
      const header = page.items.find((i) => i.kind === "artifact" && i.type === "Pagination" && i.fragments.some((f) => f.text === "Beløp"));
      expect(header, "the header row repeated").toBeDefined();
    }
  });
});
