// brev's patches of pdfkit's and docx's private parts sit in render/pdfkit-adapter.ts and render/docx-adapter.ts,
// written for one version of each library. An upgrade must be deliberate: the installed versions are the ones the
// patches were written for (and package.json pins them). And an upgrade has a fallback: every sample letter rendered
// with the public API only ({ patched: false }) has the same text as the patched letter, and is still a valid tagged
// PDF/A and a DOCX that opens. What may differ in bytes, and why, is said at the top of each adapter: the PDF's XMP is
// pdfkit's own (PDF/A identification, no PDF/UA identification) and its font resources are named F1..F4; a DOCX's
// hyperlink relationship ids are docx's random ones.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser, type Document as XmlDocument } from "@xmldom/xmldom";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import type { LetterModel } from "../../src/index.js";
import type { ImageAsset } from "../../src/model/formats.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { DOCX_VERSION, docxVersionProblem } from "../../src/render/docx-adapter.js";
import { loadFonts } from "../../src/render/fonts.js";
import { createPdfRenderer } from "../../src/render/pdf.js";
import { PDFKIT_VERSION, pdfkitVersionProblem } from "../../src/render/pdfkit-adapter.js";
import { installedVersion } from "../../src/render/renderers.js";
import { readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";
import { run } from "../helpers/tools.js";

describe("the library versions the adapters were written for", () => {
  it("are the installed pdfkit and docx", () => {
    // A failure says which adapter to check, and against which versions.
    for (const problem of [pdfkitVersionProblem(installedVersion("pdfkit")), docxVersionProblem(installedVersion("docx"))])
      expect(problem, problem).toBeUndefined();
  });

  it("are the exact versions package.json and its lockfile ask for", async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const lock = JSON.parse(await readFile(path.join(REPO, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    expect(pkg.dependencies).toMatchObject({ pdfkit: PDFKIT_VERSION, docx: DOCX_VERSION });
    expect(lock.packages[""]?.dependencies).toMatchObject({ pdfkit: PDFKIT_VERSION, docx: DOCX_VERSION });
    expect(lock.packages["node_modules/pdfkit"]?.version).toBe(PDFKIT_VERSION);
    expect(lock.packages["node_modules/docx"]?.version).toBe(DOCX_VERSION);
  });

  it("a version the patches were not written for is named, with the adapter to check", () => {
    expect(pdfkitVersionProblem("0.21.0")).toContain(`src/render/pdfkit-adapter.ts patches pdfkit ${PDFKIT_VERSION}, but pdfkit 0.21.0 is installed`);
    expect(docxVersionProblem("9.16.0")).toContain(`src/render/docx-adapter.ts patches docx ${DOCX_VERSION}, but docx 9.16.0 is installed`);
  });
});

const XMP = { pdfaid: "http://www.aiim.org/pdfa/ns/id/", pdfuaid: "http://www.aiim.org/pdfua/ns/id/" };

/** A PDF's XMP packet and its first page's structure tree, as pdf.js reads them (one load, no process spawned). */
async function xmpAndStructure(bytes: Uint8Array): Promise<{ xmp: XmlDocument; tree: unknown }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const { metadata } = await doc.getMetadata();
    const errors: string[] = [];
    const xmp = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(metadata?.getRaw() ?? "", "text/xml");
    if (errors.length > 0) throw new Error(`the XMP is not well-formed XML: ${errors.join("; ")}`);
    return { xmp, tree: await (await doc.getPage(1)).getStructTree() };
  } finally {
    await doc.destroy();
  }
}

describe("the unpatched path (public API only)", () => {
  /** Each sample letter's model, and the files of it the built brev command wrote (the patched path) for all tests. */
  const letters: { name: string; model: LetterModel; written: string }[] = [];
  const images = new Map<string, ImageAsset>();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "brev-adapters-"));
    const samples = inject("samples");
    for (const [project, out] of [
      [SAMPLE, samples.sample],
      [BUDGET, samples.budget],
    ] as const) {
      const composed = await composeLetters([], { cwd: project });
      for (const [hash, image] of composed.images) images.set(hash, image);
      for (const l of composed.letters)
        letters.push({ name: `${l.dispatchId}/${l.agencyId}`, model: l.model, written: path.join(out, l.dispatchId, l.agencyId) });
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("renders every sample PDF with the same text, a valid PDF/A with its identification and a structure tree", async () => {
    // The inkluderingsdugnad letters (six) and the budget changes (three).
    expect(letters).toHaveLength(9);
    const unpatched = createPdfRenderer(await loadFonts(), { patched: false }, images);
    for (const [i, { name, model, written }] of letters.entries()) {
      const ours = await readFile(`${written}.pdf`);
      const plain = await unpatched(model);
      expect((await readPdf(plain)).pages, name).toEqual((await readPdf(ours)).pages);
      const file = path.join(dir, `${i}.pdf`);
      await writeFile(file, plain);
      expect(run("qpdf", ["--check", file]), name).toContain("No syntax or stream encoding errors");
      const { xmp, tree } = await xmpAndStructure(plain);
      expect(tree, name).toMatchObject({ role: "Root", children: [{ role: "Document" }] });
      const value = (ns: string, tag: string) => Array.from(xmp.getElementsByTagNameNS(ns, tag)).map((e) => e.textContent?.trim());
      expect([value(XMP.pdfaid, "part"), value(XMP.pdfaid, "conformance")], name).toEqual([["2"], ["A"]]);
      // What differs, as pdfkit-adapter.ts says: the XMP is pdfkit's own, with no PDF/UA identification (brev's has
      // it: archival.test.ts).
      expect(value(XMP.pdfuaid, "part"), name).toEqual([]);
    }
  });

  it("renders every sample DOCX to the patched bytes of every part but a link's relationship id, and it opens", async () => {
    const patched = createDocxRenderer({}, images);
    const unpatched = createDocxRenderer({ patched: false }, images);
    let links = 0;
    for (const { name, model } of letters) {
      const ours = await readDocx(await patched(model));
      const plain = await readDocx(await unpatched(model));
      expect(plain.parts, name).toEqual(ours.parts);
      expect(plain.parts["word/document.xml"]?.join("\n"), name).toContain(model.title);
      const paths = Object.keys(ours.zip.files);
      expect(Object.keys(plain.zip.files), name).toEqual(paths);
      // docx draws a random id for each link (docx-adapter.ts patch 4 makes it the URL's): the ids differ, the rest not.
      const ids = async (docx: typeof ours) => linkIds((await docx.zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "");
      const [given, drawn] = [await ids(ours), await ids(plain)];
      expect(drawn, name).toHaveLength(given.length);
      for (const [j, id] of drawn.entries()) expect(id, name).not.toBe(given[j]);
      links += drawn.length;
      for (const part of paths) {
        const bytes = async (docx: typeof ours) => (await docx.zip.file(part)?.async("string")) ?? "";
        const text = drawn.reduce((t, id, j) => t.replaceAll(`"${id}"`, `"${given[j]}"`), await bytes(plain));
        expect(text, `${name} ${part}`).toBe(await bytes(ours));
      }
    }
    // The budget letters link to the state budget.
    expect(links).toBeGreaterThan(0);
  });
});

/** The ids of a part's hyperlink relationships, in order. */
function linkIds(rels: string): string[] {
  return Array.from(rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink"/g), (m) => m[1] ?? "");
}
