// Each letter file the built CLI wrote carries the fingerprint of the letter it was made from, and brev reads it back
// from the bytes it hashes: the PDF's from its XMP (which stays valid PDF/A: the property's namespace is described by
// an extension schema, as veraPDF's rule 6.6.2.3 asks), the DOCX's from its custom properties, also after Word (here
// JSZip) saved the file again. A letter's PDF and DOCX carry the same letter.
import { mkdtemp, open, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { describe, expect, inject, it } from "vitest";
import { inspectLetterFile } from "../../src/output/letter-file.js";
import type { Format } from "../../src/output/letter-path.js";
import { XMP_NAMESPACE, XMP_PREFIX, XMP_PROPERTY } from "../../src/render/file-fingerprint.js";
import { sha256 } from "../../src/shared/hash.js";
import { qpdf } from "../helpers/pdf-inspect.js";

const DISPATCH = "inkluderingsdugnaden-2020";

async function inspect(file: string, format: Format) {
  const handle = await open(file);
  try {
    return await inspectLetterFile(handle, format);
  } finally {
    await handle.close();
  }
}

describe("the fingerprint a letter file carries", () => {
  it("is in every sample PDF and DOCX, found while hashing; a letter's two formats carry the same letter", async () => {
    const dir = path.join(inject("samples").sample, DISPATCH);
    const names = (await readdir(dir)).filter((n) => /\.(pdf|docx)$/.test(n)).sort();
    expect(names).toHaveLength(12);
    const letters = new Map<string, Set<string>>();
    for (const name of names) {
      const info = await inspect(path.join(dir, name), name.endsWith(".pdf") ? "pdf" : "docx");
      expect(info.sha256, name).toBe(sha256(await readFile(path.join(dir, name))));
      expect(info.stamp?.letter, name).toMatch(/^[0-9a-f]{64}$/);
      // Each names the letter file it is, so a copy under another name is known for one.
      expect(info.stamp?.at, name).toBe(`${DISPATCH}/${name}`);
      const agency = name.replace(/\.\w+$/, "");
      letters.set(agency, (letters.get(agency) ?? new Set()).add(info.stamp?.letter as string));
    }
    for (const [agency, found] of letters) expect(found.size, agency).toBe(1);
    expect(new Set([...letters.values()].map((s) => [...s][0])).size).toBe(6);
  });

  it("stays valid PDF/A in the XMP: brev's property is described by an extension schema, by namespace, prefix and type", () => {
    const view = qpdf(path.join(inject("samples").sample, DISPATCH, "dss.pdf"));
    const xml = view.stream(view.catalog["/Metadata"] as string).data.toString("utf8");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const values = Array.from(doc.getElementsByTagNameNS(XMP_NAMESPACE, XMP_PROPERTY));
    expect(values).toHaveLength(1);
    expect(values[0]?.prefix).toBe(XMP_PREFIX);
    // One pdfaExtension:schemas bag, in which one schema describes brev's namespace and its one property.
    expect(doc.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/extension/", "schemas")).toHaveLength(1);
    const schemas = Array.from(doc.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/schema#", "namespaceURI")).map((e) => e.parentNode);
    const brev = schemas.find((s) => s?.textContent?.includes(XMP_NAMESPACE)) as unknown as Element;
    const field = (ns: string, name: string) => Array.from(brev.getElementsByTagNameNS(ns, name)).map((e) => e.textContent);
    expect(field("http://www.aiim.org/pdfa/ns/schema#", "prefix")).toEqual([XMP_PREFIX]);
    expect(field("http://www.aiim.org/pdfa/ns/property#", "name")).toEqual([XMP_PROPERTY]);
    expect(field("http://www.aiim.org/pdfa/ns/property#", "valueType")).toEqual(["Text"]);
    expect(field("http://www.aiim.org/pdfa/ns/property#", "category")).toEqual(["internal"]);
    expect(field("http://www.aiim.org/pdfa/ns/property#", "description")[0]).not.toBe("");
  });

  it("is found in a DOCX saved again by another program (its parts deflated and reordered)", async () => {
    const file = path.join(inject("samples").sample, DISPATCH, "dss.docx");
    const original = await inspect(file, "docx");
    const zip = await JSZip.loadAsync(await readFile(file));
    const again = new JSZip();
    for (const name of Object.keys(zip.files).reverse()) again.file(name, await (zip.file(name) as JSZip.JSZipObject).async("uint8array"));
    const copy = path.join(await mkdtemp(path.join(tmpdir(), "brev-tr-docx-")), "dss.docx");
    await writeFile(copy, await again.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await inspect(copy, "docx")).stamp).toEqual(original.stamp);
    // A file that is no zip at all carries none.
    await writeFile(copy, "not a zip");
    expect((await inspect(copy, "docx")).stamp).toBeUndefined();
  });
});
