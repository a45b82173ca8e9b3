// The HTML letter (what `brev preview` shows) has the same text as the PDF and the DOCX: read back with an HTML
// parser (xmldom), its words equal the text renderer's, for every golden letter model; and nothing in a value
// becomes markup.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { LetterModel } from "../../src/model/letter-model.js";
import { letterHtml } from "../../src/render/html.js";
import { letterText } from "../../src/render/text.js";
import { REPO } from "../helpers/sample.js";

const GOLDEN = path.join(REPO, "test/fixtures/golden");
const models = readdirSync(GOLDEN).flatMap((dispatch) =>
  readdirSync(path.join(GOLDEN, dispatch)).map(
    (file) => [`${dispatch}/${file}`, JSON.parse(readFileSync(path.join(GOLDEN, dispatch, file), "utf8")) as LetterModel] as const,
  ),
);

/** The text of an HTML fragment as a browser shows it: the list labels (drawn by CSS from data-label) included. */
function shownText(html: string): string {
  const doc = new DOMParser().parseFromString(`<root>${html.replace(/<br>/g, "<br/>").replace(/<img ([^>]*)>/g, "<img $1/>")}</root>`, "text/xml");
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? "";
    const el = node as Element;
    const label = el.nodeName === "li" ? `${el.getAttribute("data-label")} ` : "";
    return ` ${label}${Array.from(node.childNodes).map(walk).join("")} `;
  };
  return doc.documentElement ? walk(doc.documentElement) : "";
}

/** Words, without the punctuation the two renderings place differently (the text joins footer lines with ", "). */
const words = (text: string) => text.split(/[\s,.:|]+/).filter((w) => w !== "");
/** The text renderer's words without its own markers (**bold**, _italic_). */
const plainWords = (model: LetterModel) => words(letterText(model).replace(/\*\*|(?<=\s|^)_|_(?=[\s.,]|$)/g, ""));

describe("the HTML letter", () => {
  it("has golden models to read", () => expect(models.length).toBeGreaterThanOrEqual(9));

  it.each(models)("%s has the same words as the PDF and DOCX text", (_, model) => {
    expect(words(shownText(letterHtml(model))).sort()).toEqual(plainWords(model).sort());
  });

  it("escapes every value: markup in the registry stays text", () => {
    const model = models[0]?.[1] as LetterModel;
    const hostile = { ...model, title: `<script>alert(1)</script> & "x"`, recipient: ["<img src=x onerror=alert(1)>", "Postboks 1 & 2"] };
    const html = letterHtml(hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(shownText(html)).toContain(`<script>alert(1)</script> & "x"`);
    expect(shownText(html)).toContain("Postboks 1 & 2");
  });
});
