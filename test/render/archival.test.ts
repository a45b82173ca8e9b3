// The PDFs as an archive (PDF/A-2a) and a screen reader (PDF/UA-1) need them, checked for every sample letter with
// tools brev does not use to write them: qpdf (catalog, pages, outlines, streams), poppler (pdfinfo -struct-text,
// pdffonts), pdf.js (getStructTree), an XML parser on the XMP, and a scan of every page's content stream.
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser, type Document } from "@xmldom/xmldom";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { LetterModel } from "../../src/index.js";
import { loadFonts } from "../../src/render/fonts.js";
import { createPdfRenderer } from "../../src/render/pdf.js";
import { type Json, qpdf, scanContent } from "../helpers/pdf-inspect.js";
import { run } from "../helpers/tools.js";

const XMP = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dc: "http://purl.org/dc/elements/1.1/",
  xmp: "http://ns.adobe.com/xap/1.0/",
  pdfaid: "http://www.aiim.org/pdfa/ns/id/",
  pdfuaid: "http://www.aiim.org/pdfua/ns/id/",
  pdfaSchema: "http://www.aiim.org/pdfa/ns/schema#",
};

let dir: string;
/** Every PDF of both sample projects, as "<dispatch>/<agency>.pdf" below `outDir`. */
let pdfs: string[];
let outDir: string;

beforeAll(async () => {
  // Both sample projects' letters, in one folder.
  outDir = await mkdtemp(path.join(tmpdir(), "brev-archival-"));
  const { sample, budget } = inject("samples");
  for (const from of [sample, budget]) await cp(from, outDir, { recursive: true });
  dir = path.join(outDir, "inkluderingsdugnaden-2020");
  pdfs = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".pdf")).sort();
});

/** What each letter's registry says of its language and date. */
function expected(pdf: string): { language: string; date: string } {
  const language = pdf.endsWith("/kartverket.pdf") ? "nn-NO" : "nb-NO";
  if (pdf.startsWith("budsjettendring-2020/")) return { language, date: "2020-11-20T00:00:00Z" };
  return { language, date: pdf.endsWith("/distriktssenteret.pdf") ? "2020-11-11T00:00:00Z" : "2020-10-30T00:00:00Z" };
}

function xmpOf(file: string): Document {
  const view = qpdf(file);
  const xml = view.stream(view.catalog["/Metadata"] as string).data.toString("utf8");
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  if (errors.length > 0) throw new Error(`the XMP is not well-formed XML: ${errors.join("; ")}`);
  return doc;
}

const text = (doc: Document, ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name)).map((e) => e.textContent?.trim() ?? "");

describe("every sample PDF is PDF/A-2a and tagged", () => {
  it("is PDF 1.7 with the catalog PDF/A and PDF/UA need: MarkInfo, structure tree, language, title shown, XMP, an sRGB output intent", () => {
    // Six inkluderingsdugnad letters (one in nynorsk), three budget changes (one in nynorsk).
    expect(pdfs).toHaveLength(9);
    for (const pdf of pdfs) {
      const view = qpdf(path.join(outDir, pdf));
      expect(view.version, pdf).toBe("1.7");
      const cat = view.catalog;
      expect(view.object(cat["/MarkInfo"] as string), pdf).toMatchObject({ "/Marked": true });
      expect(view.object(cat["/StructTreeRoot"] as string), pdf).toMatchObject({ "/Type": "/StructTreeRoot" });
      expect(cat["/Lang"], pdf).toBe(`u:${expected(pdf).language}`);
      expect(view.object(cat["/ViewerPreferences"] as string), pdf).toMatchObject({ "/DisplayDocTitle": true });
      expect(view.stream(cat["/Metadata"] as string).dict, pdf).toMatchObject({ "/Type": "/Metadata", "/Subtype": "/XML" });
      const intents = cat["/OutputIntents"] as string[];
      expect(intents, pdf).toHaveLength(1);
      const intent = view.object(intents[0] as string) as Record<string, Json>;
      expect(intent).toMatchObject({ "/Type": "/OutputIntent", "/S": "/GTS_PDFA1" });
      const profile = view.stream(intent["/DestOutputProfile"] as string);
      expect(profile.dict["/N"]).toBe(3);
      expect(profile.data.subarray(36, 40).toString("latin1")).toBe("acsp");
      for (const page of view.pages) expect((view.object(page.object) as Record<string, Json>)["/Tabs"], pdf).toBe("/S");
    }
  });

  it("has XMP that parses as XML and says PDF/A-2a and PDF/UA-1, matching the document information", () => {
    for (const pdf of pdfs) {
      const file = path.join(outDir, pdf);
      const xmp = xmpOf(file);
      expect(text(xmp, XMP.pdfaid, "part"), pdf).toEqual(["2"]);
      expect(text(xmp, XMP.pdfaid, "conformance"), pdf).toEqual(["A"]);
      expect(text(xmp, XMP.pdfuaid, "part"), pdf).toEqual(["1"]);
      // PDF/A accepts pdfuaid only with an extension schema that describes it.
      expect(text(xmp, XMP.pdfaSchema, "namespaceURI"), pdf).toContain(XMP.pdfuaid);
      const info = run("pdfinfo", [file]);
      const infoTitle = /^Title:\s+(.*)$/m.exec(info)?.[1];
      expect(text(xmp, XMP.dc, "title")[0], pdf).toBe(infoTitle);
      expect(text(xmp, XMP.dc, "creator")[0], pdf).toBe("Kommunal- og moderniseringsdepartementet");
      expect(text(xmp, XMP.dc, "language")[0], pdf).toBe(expected(pdf).language);
      const { date } = expected(pdf);
      expect(text(xmp, XMP.xmp, "CreateDate"), pdf).toEqual([date]);
      expect(text(xmp, XMP.xmp, "ModifyDate"), pdf).toEqual([date]);
    }
  });

  it("embeds every font, each with a ToUnicode map", () => {
    for (const pdf of pdfs) {
      const rows = run("pdffonts", [path.join(outDir, pdf)])
        .trim()
        .split("\n")
        .slice(2);
      expect(rows.length, pdf).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).slice(-5, -2), row).toEqual(["yes", "yes", "yes"]);
    }
  });

  it("puts every text-showing operator inside marked content (an MCID or an Artifact), balanced, and never shows .notdef", () => {
    for (const pdf of pdfs) {
      const view = qpdf(path.join(outDir, pdf));
      for (const page of view.pages) {
        const content = page.contents.map((ref) => view.stream(ref).data.toString("latin1")).join("\n");
        const scan = scanContent(content);
        expect(scan.unmarkedText, pdf).toEqual([]);
        expect(scan.unbalanced, pdf).toBe(false);
        expect(scan.notdef, pdf).toEqual([]);
        expect(scan.markedText, pdf).toBeGreaterThan(0);
      }
    }
  });

  it("reads, with poppler, as the tag tree of a letter in reading order", () => {
    const tree = run("pdfinfo", ["-struct-text", path.join(dir, "distriktssenteret.pdf")]);
    const roles = tree
      .split("\n")
      .map((l) => /^(\s*)([A-Za-z0-9]+)(?: \(block\)|:)?$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${(m[1] ?? "").length / 2}${m[2]}`);
    // The logo, the two letterhead lines, the reference table, the title and the first heading.
    expect(roles.slice(0, 15)).toEqual(["0Document", "1Figure", "1P", "1P", "1Table", "2TR", "3TH", "3TH", "3TH", "2TR", "3TD", "3TD", "3TD", "1H1", "1H2"]);
    expect(roles).toEqual(expect.arrayContaining(["1L", "2LI", "3Lbl", "3LBody", "1Div"]));
    expect(tree).toContain('"1. Innledning"');
    expect(tree).toContain("/Scope /Column");
    expect(tree).toContain('"Postadresse Postboks 8112 Dep 0032 Oslo postmottak@kmd.dep.no"');
    expect(tree).not.toContain('"Side 2"');
  });

  it("reads, with pdf.js, as a structure tree with the letter's headings, and bookmarks the title and each section", async () => {
    const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(dir, "distriktssenteret.pdf"))), verbosity: 0 }).promise;
    type Node = { role?: string; children?: Node[] };
    const roles: string[] = [];
    const walk = (n: Node) => {
      if (n.role) roles.push(n.role);
      for (const c of n.children ?? []) walk(c);
    };
    for (let p = 1; p <= doc.numPages; p++) walk((await (await doc.getPage(p)).getStructTree()) as Node);
    expect(roles).toEqual(expect.arrayContaining(["Document", "H1", "H2", "Table", "TH", "TD", "L", "LI", "Lbl", "LBody", "P"]));
    const outline = (await doc.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual([
      "Tillegg nr. 4 til tildelingsbrev 2020 til Distriktssenteret – handlingsplan for inkluderingsdugnaden",
      "1. Innledning",
      "2. Utarbeidelse av handlingsplan",
    ]);
    await doc.destroy();
  });
});

describe("metadata with characters XML must escape", () => {
  it("a title with &, < and > gives well-formed XMP holding the title exactly", async () => {
    const model = JSON.parse(
      await readFile(path.join(path.dirname(new URL(import.meta.url).pathname), "../fixtures/golden/inkluderingsdugnaden-2020/dss.json"), "utf8"),
    ) as LetterModel;
    model.meta.title = 'Brev til "A & B" <AS> – 5 > 3';
    model.meta.author = "Kommunal- & moderniseringsdepartementet";
    delete model.logo;
    const file = path.join(dir, "escaped.pdf");
    await writeFile(file, await createPdfRenderer(await loadFonts())(model));
    const xmp = xmpOf(file);
    expect(text(xmp, XMP.dc, "title")[0]).toBe('Brev til "A & B" <AS> – 5 > 3');
    expect(text(xmp, XMP.dc, "creator")[0]).toBe("Kommunal- & moderniseringsdepartementet");
  });
});
