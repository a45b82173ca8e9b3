// The PDF at its tree level: the document definition the PDF renderer lays out, before any bytes are written.
import { beforeAll, describe, expect, it } from "vitest";
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { LetterModel } from "../../src/index.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { PAGE } from "../../src/render/letter-style.js";
import { pdfDocDefinition } from "../../src/render/pdf-layout.js";
import { SAMPLE } from "../helpers/sample.js";

let model: LetterModel;
beforeAll(async () => {
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }), (e) => e.agency.id === "distriktssenteret");
  model = letters[0]?.model as LetterModel;
});

type Node = Record<string, unknown>;
const texts = (node: unknown): string =>
  typeof node === "string"
    ? node
    : Array.isArray(node)
      ? node.map(texts).join("")
      : node && typeof node === "object"
        ? texts((node as Node).text ?? (node as Node).stack ?? (node as Node).columns ?? "")
        : "";

describe("the PDF layout of Distriktssenteret's letter", () => {
  it("places letterhead and recipient absolutely, where the window envelope shows them", () => {
    const doc = pdfDocDefinition(model);
    const [letterhead, recipient] = doc.content as unknown as Node[];
    expect(letterhead).toMatchObject({ style: "letterhead", absolutePosition: { x: PAGE.marginLeft, y: PAGE.marginTop } });
    expect(texts(letterhead)).toBe("DET KONGELIGEKOMMUNAL- OG MODERNISERINGSDEPARTEMENT");
    expect(recipient).toMatchObject({ absolutePosition: { x: PAGE.marginLeft, y: PAGE.recipientTop } });
    expect(texts(recipient)).toBe("DistriktssenteretSkolegata 227713 STEINKJER");
  });

  it("flows reference line, title, numbered headings, paragraphs, the list and the closing in order", () => {
    const content = pdfDocDefinition(model).content as unknown as Node[];
    const kinds = content
      .slice(2)
      .map((n) => (n.columns ? "columns" : n.ul ? "ul" : n.ol ? "ol" : n.style ? String(n.style) : n.stack ? "stack" : "paragraph"));
    expect(kinds).toEqual([
      "columns",
      "title",
      "heading",
      ...Array(3).fill("paragraph"),
      "heading",
      "paragraph",
      "ul",
      ...Array(6).fill("paragraph"),
      "stack",
      "small",
      "small",
    ]);
    const headings = content.filter((n) => n.style === "heading");
    expect(headings.map(texts)).toEqual(["1. Innledning", "2. Utarbeidelse av handlingsplan"]);
    expect(headings.every((h) => h.headlineLevel === 1)).toBe(true);
    expect(((content.find((n) => n.ul) as Node).ul as unknown[]).length).toBe(5);
  });

  it("draws the footer block on page 1 only, 'Side N' from page 2, and pins the file date to the letter's", () => {
    const doc = pdfDocDefinition(model);
    const footer = doc.footer as (page: number) => unknown;
    const header = doc.header as (page: number) => unknown;
    expect(texts(footer(1))).toContain("Postadresse");
    expect(footer(2)).toBeNull();
    expect(header(1)).toBeNull();
    expect(header(2)).toMatchObject({ text: "Side 2", alignment: "right" });
    expect(doc.info?.creationDate?.toISOString()).toBe("2020-11-11T00:00:00.000Z");
    expect(pdfDocDefinition(model, new Date("2023-01-02T03:04:05Z")).info?.creationDate?.toISOString()).toBe("2023-01-02T03:04:05.000Z");
  });
});
