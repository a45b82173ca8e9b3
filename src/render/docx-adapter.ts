// Every use brev makes of docx's private parts, in one place, each patch with what it replaces and why. They were
// written for docx DOCX_VERSION exactly (package.json pins it, and a test fails when the installed version is
// another). docx.ts uses docx's public API and this file only.
//
// The patches:
// 1. `Packer.compiler` called directly (docx's parts as text, by path) instead of Packer's zip: brev zips them itself,
//    with the letter's date, reusing parts compressed for earlier letters (zip.ts).
// 2. `Packer.compiler.formatter.format` replaced for the whole process: parts that are the same in every letter of a
//    dispatch are formatted once and reused, their calls on the file's `Numbering` and `Media` replayed.
// 3. The document's private parts (`Styles`, `Headers`, `Footers`, `FootNotes`, `Endnotes`, `Settings`,
//    `AppProperties`, `ContentTypes`, `Numbering.concreteNumberingMap`) read to name them for patch 2.
// 4. A hyperlink of brev's own (`XmlComponent.prepForXml`, `context.viewWrapper.Relationships`, `ConcreteHyperlink`)
//    instead of ExternalHyperlink: its relationship id comes from its URL.
//
// Without them (`{ patched: false }`, public API only: Packer.toBuffer, ExternalHyperlink) the letters have the same
// text and parts, zipped again with brev's dates, but are slower to make, and a letter with a link differs from run
// to run: docx draws a random relationship id for each ExternalHyperlink (in document.xml and its .rels).
import type { IContext, IXmlableObject } from "docx";
import { ConcreteHyperlink, type Document, ExternalHyperlink, Packer, type ParagraphChild, XmlComponent } from "docx";
import { sha256 } from "../shared/hash.js";
import { adapterVersionProblem } from "./adapter-version.js";
import { unzipParts } from "./zip.js";

/** The docx version the patches below were written for and checked against. */
export const DOCX_VERSION = "9.15.2";

/**
 * Why the patches may not fit the installed docx (its version is not DOCX_VERSION); undefined when they fit.
 * `installed`: the version brev loads (renderers.ts installedVersion).
 */
export function docxVersionProblem(installed: string): string | undefined {
  return adapterVersionProblem({ pkg: "docx", file: "src/render/docx-adapter.ts", constant: "DOCX_VERSION", version: DOCX_VERSION }, installed);
}

/** What a letter's shared parts are made of: the keys they are formatted once by (patch 2). */
export interface SharedParts {
  /** The styles part's key (they depend on the language only). */
  styles: string;
  /** The key of the i-th header and footer (in the document's order). */
  header(i: number): string;
  footer(i: number): string;
}

export interface DocxAdapterOptions {
  /** false: docx's public API only (see the top of this file for what differs). Default true. */
  patched?: boolean;
}

export interface DocxAdapter {
  /** Whether the parts of these keys are formatted already in this process (so a letter may leave them empty). */
  formattedBefore(keys: readonly string[]): boolean;
  /** An external hyperlink around the runs. */
  hyperlink(link: string, children: ParagraphChild[]): ParagraphChild;
  /** The package's parts, by path, in the order they are zipped; `overrides` replace docx's own parts. */
  parts(document: Document, shared: SharedParts, overrides: { path: string; data: string }[]): Promise<Iterable<[string, string | Uint8Array]>>;
}

export function docxAdapter(options: DocxAdapterOptions = {}): DocxAdapter {
  if (options.patched === false) {
    return {
      formattedBefore: () => false,
      hyperlink: (link, children) => new ExternalHyperlink({ link, children }),
      parts: async (document, _shared, overrides) => unzipParts(await Packer.toBuffer(document, undefined, overrides)),
    };
  }
  return {
    formattedBefore(keys) {
      // Emptied between letters only: a letter built to reuse its frame must find it when it is formatted.
      if (formatted.size >= FORMATTED_MAX) formatted.clear();
      return keys.every((key) => formatted.has(key));
    },
    hyperlink: (link, children) => new Hyperlink(link, children) as unknown as ParagraphChild,
    async parts(document, shared, overrides) {
      markSharedParts(document, shared);
      return compiler().compile(document, undefined, overrides);
    },
  };
}

/**
 * Patch 1. docx's compiler: the package's parts as text (and the media as bytes), by path, in the order they are
 * zipped. Replaces Packer's zip, which stamps every entry with the clock (the same letter would differ from run to run)
 * and compresses every part again for every letter. Patch 2 is installed the first time it is asked for.
 */
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array>;
  formatter: { format(input: object, context: unknown): unknown };
}
let installed: Compiler | undefined;

function compiler(): Compiler {
  if (installed) return installed;
  installed = (Packer as unknown as { compiler: Compiler }).compiler;
  shareFormatting(installed);
  return installed;
}

/**
 * Patch 2. Most parts of a DOCX are the same in every letter of a dispatch: the styles (for a language), the
 * letterhead and the footer, the notes parts. Formatting them again for each letter was more than half of the work;
 * each is formatted once (per thread), by a key naming everything it is made of, and reused. Formatting a part also
 * tells the letter's file what it uses: the list numberings (the styles use some) and the images (the letterhead's
 * logo). Those calls are recorded the first time and made again for each later letter, in the same order, so its
 * numbering part and media are what formatting would have given. Replaces docx's formatter for the whole process;
 * a part no key names (every part of a document made with `{ patched: false }`) is formatted by docx as before.
 */
const SIDE_EFFECTS = [
  ["Numbering", "createConcreteNumberingInstance"],
  ["Media", "addImage"],
] as const;
type Recorded = { part: (typeof SIDE_EFFECTS)[number][0]; method: string; args: unknown[] };
type FileParts = Record<(typeof SIDE_EFFECTS)[number][0], Record<string, (...args: unknown[]) => void>>;
const sharedKey = new WeakMap<object, string | (() => string)>();
const formatted = new Map<string, { xml: unknown; calls: Recorded[] }>();
const FORMATTED_MAX = 256;

function shareFormatting(compiler: Compiler): void {
  const format = compiler.formatter.format.bind(compiler.formatter);
  compiler.formatter.format = (input, context) => {
    const named = sharedKey.get(input);
    if (named === undefined) return format(input, context);
    const key = typeof named === "function" ? named() : named;
    const file = (context as { file: FileParts }).file;
    const known = formatted.get(key);
    if (known) {
      for (const { part, method, args } of known.calls) file[part][method]?.(...args);
      return known.xml;
    }
    const calls: Recorded[] = [];
    for (const [part, method] of SIDE_EFFECTS) {
      const target = file[part];
      const original = target[method] as (...args: unknown[]) => void;
      target[method] = (...args: unknown[]) => {
        calls.push({ part, method, args });
        original.apply(target, args);
      };
    }
    try {
      const xml = format(input, context);
      formatted.set(key, { xml, calls });
      return xml;
    } finally {
      for (const [part, method] of SIDE_EFFECTS) delete file[part][method];
    }
  };
}

/** Patch 3. Names the parts of a letter's document that are made of the dispatch's data only, by what they are made of. */
function markSharedParts(document: Document, shared: SharedParts): void {
  const file = document as unknown as {
    Styles: object;
    Settings: object;
    AppProperties: object;
    ContentTypes: object;
    Numbering: object;
    Headers: { View: object }[];
    Footers: { View: object }[];
    FootNotes: { View: object };
    Endnotes: { View: object };
  };
  sharedKey.set(file.Styles, shared.styles);
  for (const [i, header] of file.Headers.entries()) sharedKey.set(header.View, shared.header(i));
  for (const [i, footer] of file.Footers.entries()) sharedKey.set(footer.View, shared.footer(i));
  sharedKey.set(file.FootNotes.View, "footnotes");
  sharedKey.set(file.Endnotes.View, "endnotes");
  sharedKey.set(file.Settings, "settings");
  sharedKey.set(file.AppProperties, "app");
  sharedKey.set(file.ContentTypes, `content types ${file.Headers.length} ${file.Footers.length}`);
  // The numbering part is made of brev's list definitions and the lists this letter uses, known once it is formatted.
  const numbering = file.Numbering as { concreteNumberingMap: Map<string, unknown> };
  sharedKey.set(numbering, () => `numbering ${JSON.stringify([...numbering.concreteNumberingMap.keys()])}`);
}

const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
/** The relationship ids each part's relationships already hold, so a URL linked twice gets one relationship. */
const linked = new WeakMap<object, Set<string>>();

/**
 * Patch 4. An external hyperlink whose relationship id comes from its URL. Replaces docx's ExternalHyperlink, which
 * draws a random id for each link, so the same letter would give different bytes on every run. It adds its
 * relationship to the part being formatted (`context.viewWrapper.Relationships`) and has docx's ConcreteHyperlink
 * write the element, as ExternalHyperlink does once it has drawn its id.
 */
class Hyperlink extends XmlComponent {
  constructor(
    private readonly link: string,
    private readonly children: ParagraphChild[],
  ) {
    super("w:hyperlink");
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const id = `Link${sha256(this.link).slice(0, 16)}`;
    const relationships = context.viewWrapper.Relationships;
    const known = linked.get(relationships) ?? new Set<string>();
    linked.set(relationships, known);
    if (!known.has(id)) relationships.addRelationship(id, HYPERLINK, this.link, "External");
    known.add(id);
    return new ConcreteHyperlink(this.children, id).prepForXml(context);
  }
}
