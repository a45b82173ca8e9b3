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
import { DOMParser } from "@xmldom/xmldom";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { composeLetters } from "../../src/api/letters.js";
import type { LetterModel } from "../../src/index.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { DOCX_VERSION, docxVersionProblem } from "../../src/render/docx-adapter.js";
import { loadFonts } from "../../src/render/fonts.js";
import type { ImageAsset } from "../../src/render/format.js";
import { createPdfRenderer } from "../../src/render/pdf.js";
import { PDFKIT_VERSION, pdfkitVersionProblem } from "../../src/render/pdfkit-adapter.js";
import { installedVersion } from "../../src/render/renderers.js";
import { sha256 } from "../../src/shared/hash.js";
import { readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";
import { run } from "../helpers/tools.js";

describe("the library versions the adapters were written for", () => {
  it("are the installed pdfkit and docx", () => {
    // A failure names the adapter to check (its message is the expectation's value).
    expect(pdfkitVersionProblem(installedVersion("pdfkit"))).toBeUndefined();
    expect(docxVersionProblem(installedVersion("docx"))).toBeUndefined();
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
    expect(pdfkitVersionProblem("0.21.0")).toMatch(/src\/render\/pdfkit-adapter\.ts patches pdfkit 0\.20\.2, but pdfkit 0\.21\.0 is installed/);
    expect(docxVersionProblem("9.16.0")).toMatch(/src\/render\/docx-adapter\.ts patches docx 9\.15\.2, but docx 9\.16\.0 is installed/);
  });
});

const XMP = { pdfaid: "http://www.aiim.org/pdfa/ns/id/" };

/** A PDF's XMP packet and its first page's structure tree, as pdf.js reads them (one load, no process spawned). */
async function xmpAndStructure(bytes: Uint8Array): Promise<{ xml: string; tree: unknown }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const { metadata } = await doc.getMetadata();
    return { xml: metadata?.getRaw() ?? "", tree: await (await doc.getPage(1)).getStructTree() };
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
    const fonts = await loadFonts();
    const unpatched = createPdfRenderer(fonts, { patched: false }, images);
    for (const [i, { name, model, written }] of letters.entries()) {
      const ours = await readFile(`${written}.pdf`);
      const plain = await unpatched(model);
      // Not the patched bytes: the path is another one (see pdfkit-adapter.ts for what differs).
      expect(sha256(plain), name).not.toBe(sha256(ours));
      expect((await readPdf(plain)).pages, name).toEqual((await readPdf(ours)).pages);
      const file = path.join(dir, `${i}.pdf`);
      await writeFile(file, plain);
      expect(run("qpdf", ["--check", file]), name).toContain("No syntax or stream encoding errors");
      const { xml, tree } = await xmpAndStructure(plain);
      expect(tree, name).toMatchObject({ role: "Root", children: [{ role: "Document" }] });
      const errors: string[] = [];
      const xmp = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
      expect(errors, name).toEqual([]);
      const value = (tag: string) => Array.from(xmp.getElementsByTagNameNS(XMP.pdfaid, tag)).map((e) => e.textContent?.trim());
      expect([value("part"), value("conformance")], name).toEqual([["2"], ["A"]]);
    }
  });

  it("renders every sample DOCX with the same parts and text, and it opens", async () => {
    const unpatched = createDocxRenderer({ patched: false }, images);
    for (const { name, model, written } of letters) {
      const ours = await readDocx(await readFile(`${written}.docx`));
      const plain = await readDocx(await unpatched(model));
      expect(Object.keys(plain.zip.files), name).toEqual(Object.keys(ours.zip.files));
      expect(plain.parts, name).toEqual(ours.parts);
      expect(plain.parts["word/document.xml"]?.join("\n"), name).toContain(model.title);
    }
  });
});
