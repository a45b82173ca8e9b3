// Property: any value the registry accepts reaches the DOCX as text, and every XML part of the DOCX still parses,
// with two parsers brev does not use: xmldom for each case, and libxml2's xmllint (strict about the characters XML
// allows, where xmldom is lenient; built to WebAssembly, the npm package xmllint-wasm) over all parts of all cases at
// the end. Values the registry refuses are refused
// with a position.
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { memoryPages, validateXML, type XMLFileInfo } from "xmllint-wasm";
import { compileTemplate } from "../../src/compose/compile-template.js";
import { composeLetter } from "../../src/compose/compose-letter.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";
import { validateRegistry } from "../../src/registry/validate-registry.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { registryWith } from "../helpers/entries.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const TEMPLATE = compileTemplate("---\ntitle: Brev til {{agency.name}}\n---\n# Innledning\n\nTil {{agency.name}}, {{our_ref}}.\n", "t.md.hbs");
const render = createDocxRenderer();

const awkward = fc.constantFrom(
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDC00",
  "\uE000",
  "\uE001",
  "\u0085",
  "\u0000",
  "\u000B",
  "\u200B",
  "\u202E",
  "]]>",
  "&amp;",
  "<w:t>",
  "\uD83F\uDFFE",
  "😀",
  "\t",
);
const value = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
  fc.array(fc.oneof(awkward, fc.string({ unit: "grapheme", maxLength: 5 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
);

/** Parses every part with xmldom, and keeps the parts for xmllint. */
async function xmlProblems(docx: Uint8Array, keep: XMLFileInfo[], n: number): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const bytes = (await zip.file(name)?.async("uint8array")) ?? new Uint8Array();
    keep.push({ fileName: `${n}-${name.replace(/[/[\]]/g, "_")}`, contents: bytes });
    const xml = new TextDecoder().decode(bytes);
    new DOMParser({ onError: (level, msg) => problems.push(`${name}: ${level}: ${msg}`) }).parseFromString(xml, "text/xml");
  }
  return problems;
}

describe("values and the DOCX's XML", () => {
  it(`${RUNS} random names and refs: refused with a position, or written into XML that parses`, async () => {
    let accepted = 0;
    const keep: XMLFileInfo[] = [];
    await fc.assert(
      fc.asyncProperty(value, value, async (name, ref) => {
        const parsed = parseRegistry(registryWith(`    name: ${JSON.stringify(name)}\n    our_ref: ${JSON.stringify(ref)}\n`), "r.yaml");
        if (!parsed.ok) return;
        const valid = validateRegistry(parsed.value);
        if (!valid.ok) {
          for (const d of valid.diagnostics) expect(d.line).toBeGreaterThan(0);
          return;
        }
        const [entry] = valid.value.entries;
        if (!entry) throw new Error("no entry");
        accepted++;
        const docx = await render(composeLetter(entry, TEMPLATE));
        expect(await xmlProblems(docx, keep, accepted), JSON.stringify({ name, ref })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10);
    // No schema: xmllint --noout, well-formedness only.
    // In batches: xmllint-wasm runs out of its WebAssembly memory ("memory access out of bounds") on a thousand parts.
    expect(keep.length).toBeGreaterThan(accepted);
    for (let i = 0; i < keep.length; i += 200) {
      const strict = await validateXML({ xml: keep.slice(i, i + 200), schema: [], maxMemoryPages: memoryPages.GiB });
      expect(strict.rawOutput.slice(0, 2000), "xmllint found parts that are not XML").toBe("");
      expect(strict.valid).toBe(true);
    }
  }, 120_000);
});
