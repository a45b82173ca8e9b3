// The arkivmelding (issue 19, points 2, 4 and 6): every sample letter's file validated against the published schema
// (test/fixtures/arkivmelding, with libxml2's validator built to WebAssembly), read back with an XML parser, and the
// rules an archivist needs checked one by one. The mutation tests show the schema check can fail.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { composeLetters } from "../../src/api/letters.js";
import type { RenderOptions } from "../../src/model/formats.js";
import type { LetterModel } from "../../src/model/letter-model.js";
import { arkivmeldingRenderer, caseReference, screenNames, splitAddress } from "../../src/render/arkivmelding.js";
import { XML_COMMENT_PREFIX, XML_COMMENT_SUFFIX } from "../../src/render/file-fingerprint.js";
import { NAMESPACE_URL, uuidV5 } from "../../src/shared/uuid.js";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";

const NS = "http://www.arkivverket.no/standarder/noark5/arkivmelding";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const FIXTURES = path.join(REPO, "test/fixtures/arkivmelding");
const GOLDEN = path.join(REPO, "test/fixtures/golden");
/** Where the note's excerpt is written (the Distriktssenteret letter of the sample). */
const NOTE_FILE = "/work/distriktssenteret.arkivmelding.xml";
const BOTH: RenderOptions = { formats: ["pdf", "docx"] };

const SCHEMA = { fileName: "arkivmelding.xsd", contents: readFileSync(path.join(FIXTURES, "arkivmelding.xsd")) };
const IMPORTED = { fileName: "metadatakatalog.xsd", contents: readFileSync(path.join(FIXTURES, "metadatakatalog.xsd")) };

interface XmlFile {
  fileName: string;
  contents: string;
}

/** Validates the files against arkivmelding.xsd (which imports metadatakatalog.xsd): the files that validate, and the errors. */
async function schemaCheck(files: readonly XmlFile[]): Promise<{ validated: string[]; errors: string[] }> {
  const result = await validateXML({ xml: files, schema: SCHEMA, preload: IMPORTED });
  // xmllint says "<file> validates" for each file that does: counted, so a check that validated nothing cannot pass.
  const validated = result.rawOutput
    .split("\n")
    .map((line) => /^(.*) validates$/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return { validated, errors: result.errors.map((e) => e.rawMessage) };
}

async function render(model: LetterModel, options: RenderOptions = BOTH): Promise<string> {
  const bytes = await arkivmeldingRenderer({}, options)(model);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function parse(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

function elements(parent: Document | Element, name: string): Element[] {
  const list = parent.getElementsByTagNameNS(NS, name);
  return Array.from({ length: list.length }, (_, i) => list.item(i) as Element);
}

/** The children of `parent` in order, by local name. */
function childNames(parent: Element): string[] {
  const names: string[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) names.push((n as Element).localName ?? "");
  return names;
}

function child(parent: Element, name: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  return undefined;
}

/** The text of the one child `name` of `parent` (undefined when there is none). */
function text(parent: Element, name: string): string | undefined {
  return child(parent, name)?.textContent ?? undefined;
}

function texts(parent: Element, name: string): string[] {
  const found: string[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) found.push(n.textContent ?? "");
  return found;
}

/** The parts of one arkivmelding an archivist reads. */
function partsOf(doc: Document) {
  const root = doc.documentElement as Element;
  const [mappe] = elements(doc, "mappe");
  const [journalpost] = elements(doc, "basisregistrering");
  const [dokumentbeskrivelse] = elements(doc, "dokumentbeskrivelse");
  const [korrespondansepart] = elements(doc, "korrespondansepart");
  if (!mappe || !journalpost || !dokumentbeskrivelse || !korrespondansepart) throw new Error("an arkivmelding without its parts");
  return { root, mappe, journalpost, dokumentbeskrivelse, korrespondansepart, dokumentobjekter: elements(doc, "dokumentobjekt") };
}

/**
 * The rules eFormidling states for an outgoing letter's arkivmelding that the schema leaves open (it lets a journalpost
 * have no korrespondansepart, minOccurs="0"): the broken ones, in words. Checked beside the schema.
 */
function eformidlingRules(xml: string): string[] {
  const doc = parse(xml);
  const broken: string[] = [];
  const rule = (holds: boolean, what: string) => {
    if (!holds) broken.push(what);
  };
  const mapper = elements(doc, "mappe");
  const registreringer = elements(doc, "basisregistrering");
  rule(mapper.length === 1 && mapper[0]?.getAttributeNS(XSI, "type") === "saksmappe", "one mappe, a saksmappe");
  rule(registreringer.length === 1 && registreringer[0]?.getAttributeNS(XSI, "type") === "journalpost", "one basisregistrering, a journalpost");
  const [journalpost] = registreringer;
  rule(journalpost !== undefined && text(journalpost, "journalposttype") === "Utgående dokument", "journalposttype Utgående dokument");
  const parts = elements(doc, "korrespondansepart");
  rule(parts.length > 0 && parts.some((p) => text(p, "korrespondanseparttype") === "Mottaker"), "a korrespondansepart of type Mottaker");
  const beskrivelser = elements(doc, "dokumentbeskrivelse");
  rule(
    beskrivelser.some((d) => text(d, "tilknyttetRegistreringSom") === "Hoveddokument" && text(d, "dokumentstatus") === "Dokumentet er ferdigstilt"),
    "a finished Hoveddokument",
  );
  const objekter = elements(doc, "dokumentobjekt");
  rule(
    objekter.some((o) => text(o, "variantformat") === "Arkivformat" && /\.pdf$/.test(text(o, "referanseDokumentfil") ?? "")),
    "the PDF as Arkivformat",
  );
  rule(text(doc.documentElement as Element, "antallFiler") === String(objekter.length), "antallFiler counts the files named");
  return broken;
}

function golden(id: string): LetterModel {
  return JSON.parse(readFileSync(path.join(GOLDEN, `${id}.json`), "utf8")) as LetterModel;
}

/** A copy of a model with its archive record changed. */
function withArchive(model: LetterModel, archive: Partial<LetterModel["meta"]["archive"]> & Record<string, unknown>): LetterModel {
  return { ...model, meta: { ...model.meta, archive: { ...model.meta.archive, ...archive } } };
}

const isoDate = (m: LetterModel) => `${m.meta.date.year}-${String(m.meta.date.month).padStart(2, "0")}-${String(m.meta.date.day).padStart(2, "0")}`;

describe("the arkivmelding of every sample letter", () => {
  /** "<dispatch>/<agency>" -> model, text. */
  let letters: { id: string; model: LetterModel; xml: string }[];

  beforeAll(async () => {
    const sample = await composeLetters([], { cwd: SAMPLE });
    const budget = await composeLetters([], { cwd: BUDGET });
    expect([...sample.errors, ...budget.errors]).toEqual([]);
    letters = await Promise.all(
      [...sample.letters, ...budget.letters].map(async (l) => ({ id: `${l.dispatchId}/${l.agencyId}`, model: l.model, xml: await render(l.model) })),
    );
  });

  it("validates against the published schema, every one (as many files validated as sample letters)", async () => {
    // The two samples: six letters of inkluderingsdugnaden-2020 and three of budsjettendring-2020, as golden models.
    expect(letters.length).toBe(9);
    const files = letters.map((l) => ({ fileName: `${l.id.replace("/", "--")}.arkivmelding.xml`, contents: l.xml }));
    const { validated, errors } = await schemaCheck(files);
    expect(errors).toEqual([]);
    expect(validated.sort()).toEqual(files.map((f) => f.fileName).sort());
    for (const file of files) expect(eformidlingRules(file.contents), file.fileName).toEqual([]);
  });

  it("reads back with an XML parser: UTF-8, one saksmappe holding one journalpost with one Hoveddokument", () => {
    for (const { id, model, xml } of letters) {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), id).toBe(true);
      const doc = parse(xml);
      const { root, mappe, journalpost, dokumentbeskrivelse, korrespondansepart } = partsOf(doc);
      expect(root.namespaceURI).toBe(NS);
      expect(root.localName).toBe("arkivmelding");
      expect(elements(doc, "mappe")).toHaveLength(1);
      expect(elements(doc, "basisregistrering")).toHaveLength(1);
      expect(elements(doc, "dokumentbeskrivelse")).toHaveLength(1);
      expect(elements(doc, "korrespondansepart")).toHaveLength(1);
      expect(mappe.getAttributeNS(XSI, "type")).toBe("saksmappe");
      expect(journalpost.getAttributeNS(XSI, "type")).toBe("journalpost");
      expect(text(root, "system")).toBe(model.meta.archive.system ?? "brev");
      expect(text(journalpost, "journalposttype")).toBe("Utgående dokument");
      expect(text(journalpost, "journalstatus")).toBe("Journalført");
      expect(text(dokumentbeskrivelse, "tilknyttetRegistreringSom")).toBe("Hoveddokument");
      expect(text(dokumentbeskrivelse, "dokumentstatus")).toBe("Dokumentet er ferdigstilt");
      expect(text(dokumentbeskrivelse, "dokumenttype")).toBe(model.meta.archive.dokumenttype);
      expect(text(korrespondansepart, "korrespondanseparttype")).toBe("Mottaker");
      expect(text(korrespondansepart, "korrespondansepartNavn")).toBe(model.meta.archive.recipientName);
      expect(text(journalpost, "referanseForelderMappe")).toBe(text(mappe, "systemID"));
    }
  });

  it("has the letter's title exactly as in the PDF's metadata, and its date as journaldato, dokumentetsDato and saksdato", () => {
    // Each branch below is taken by some sample letter.
    expect(letters.filter(({ model }) => model.meta.archive.publicTitle !== undefined).length).toBeGreaterThan(0);
    expect(letters.filter(({ model }) => model.meta.archive.screening !== undefined && model.meta.archive.publicTitle === undefined).length).toBeGreaterThan(0);
    expect(letters.filter(({ model }) => model.meta.archive.screening === undefined && model.meta.archive.publicTitle === undefined).length).toBeGreaterThan(0);
    for (const { model, xml } of letters) {
      const { root, mappe, journalpost, dokumentbeskrivelse } = partsOf(parse(xml));
      expect(text(journalpost, "tittel")).toBe(model.meta.title);
      expect(text(dokumentbeskrivelse, "tittel")).toBe(model.meta.title);
      expect(text(mappe, "tittel")).toBe(model.meta.title);
      // The public journal shows the public title when given, the title with the names hidden when screened, else
      // the title (the budget sample has one of each; the rules themselves are tested one by one below).
      const { publicTitle, screening } = model.meta.archive;
      const shown = text(journalpost, "offentligTittel");
      if (publicTitle !== undefined) expect(shown).toBe(publicTitle);
      else if (screening !== undefined) expect(shown).toContain("*****");
      else expect(shown).toBe(model.meta.title);
      expect(child(journalpost, "skjerming") !== undefined).toBe(screening !== undefined);
      expect(text(journalpost, "journaldato")).toBe(isoDate(model));
      expect(text(journalpost, "dokumentetsDato")).toBe(isoDate(model));
      expect(text(mappe, "saksdato")).toBe(isoDate(model));
      expect(text(root, "tidspunkt")).toBe(`${isoDate(model)}T00:00:00`);
    }
  });

  it("takes the case from our_ref YY/NNNN-D: saksaar, sakssekvensnummer, dokumentnummer (1 without one)", () => {
    const byId = new Map(letters.map((l) => [l.id, partsOf(parse(l.xml))]));
    const digdir = byId.get("budsjettendring-2020/digdir");
    expect(digdir && text(digdir.mappe, "saksaar")).toBe("2020");
    expect(digdir && text(digdir.mappe, "sakssekvensnummer")).toBe("5012");
    expect(digdir && text(digdir.dokumentbeskrivelse, "dokumentnummer")).toBe("3");
    const dss = byId.get("inkluderingsdugnaden-2020/dss");
    expect(dss && [text(dss.mappe, "saksaar"), text(dss.mappe, "sakssekvensnummer"), text(dss.dokumentbeskrivelse, "dokumentnummer")]).toEqual([
      "2019",
      "4649",
      "79",
    ]);
    // htu has no our_ref: no case number, document number 1.
    const htu = byId.get("inkluderingsdugnaden-2020/htu");
    expect(htu && child(htu.mappe, "saksaar")).toBeUndefined();
    expect(htu && child(htu.mappe, "sakssekvensnummer")).toBeUndefined();
    expect(htu && text(htu.dokumentbeskrivelse, "dokumentnummer")).toBe("1");
  });

  it("names the department and the case handler (administrativEnhet, saksansvarlig, saksbehandler)", () => {
    const distrikt = letters.find((l) => l.id === "inkluderingsdugnaden-2020/distriktssenteret");
    if (!distrikt) throw new Error("no Distriktssenteret letter");
    const { mappe, korrespondansepart } = partsOf(parse(distrikt.xml));
    expect(text(mappe, "administrativEnhet")).toBe("Regionalpolitisk avdeling");
    expect(text(mappe, "saksansvarlig")).toBe("Knut Ove Nordås");
    expect(text(korrespondansepart, "saksbehandler")).toBe("Knut Ove Nordås");
    expect(text(korrespondansepart, "administrativEnhet")).toBe("Regionalpolitisk avdeling");
    // Without a department or case handler: the sender as administrativEnhet, no saksbehandler.
    const htu = letters.find((l) => l.id === "inkluderingsdugnaden-2020/htu");
    if (!htu) throw new Error("no htu letter");
    const parts = partsOf(parse(htu.xml));
    expect(text(parts.mappe, "administrativEnhet")).toBe(htu.model.meta.author);
    expect(child(parts.korrespondansepart, "saksbehandler")).toBeUndefined();
    expect(child(parts.korrespondansepart, "administrativEnhet")).toBeUndefined();
  });

  it("splits the postal address where its last line is 'NNNN STED'", () => {
    for (const { model, xml } of letters) {
      const { korrespondansepart } = partsOf(parse(xml));
      const lines = model.meta.archive.recipientAddress;
      if (lines.length === 0) {
        expect(childNames(korrespondansepart)).toEqual(["korrespondanseparttype", "korrespondansepartNavn"]);
        continue;
      }
      const [postnummer, ...sted] = (lines.at(-1) as string).split(" ");
      expect(texts(korrespondansepart, "postadresse")).toEqual(lines.slice(0, -1));
      expect(text(korrespondansepart, "postnummer")).toBe(postnummer);
      expect(text(korrespondansepart, "poststed")).toBe(sted.join(" "));
    }
    expect(splitAddress(["Skolegata 22", "7713 STEINKJER"])).toEqual({ postadresse: ["Skolegata 22"], postnummer: "7713", poststed: "STEINKJER" });
    expect(splitAddress(["Postboks 8129 Dep", "0032  OSLO "])).toEqual({ postadresse: ["Postboks 8129 Dep"], postnummer: "0032", poststed: "OSLO" });
    expect(splitAddress(["c/o Ola", "Postboks 1", "9999 NORD I LANDET"])).toEqual({
      postadresse: ["c/o Ola", "Postboks 1"],
      postnummer: "9999",
      poststed: "NORD I LANDET",
    });
    // Not the form: all of it is postadresse.
    expect(splitAddress(["Storgata 1", "SE-111 22 Stockholm"])).toEqual({ postadresse: ["Storgata 1", "SE-111 22 Stockholm"] });
    expect(splitAddress(["Storgata 1", "123 OSLO"])).toEqual({ postadresse: ["Storgata 1", "123 OSLO"] });
    expect(splitAddress([])).toEqual({ postadresse: [] });
  });

  it("names the PDF as Arkivformat, the DOCX as Produksjonsformat only when the run writes it; antallFiler counts them", async () => {
    const model = golden("inkluderingsdugnaden-2020/distriktssenteret");
    for (const [options, files] of [
      [{ formats: ["pdf", "docx"] }, ["Arkivformat distriktssenteret.pdf", "Produksjonsformat distriktssenteret.docx"]],
      [{ formats: ["docx", "pdf"] }, ["Arkivformat distriktssenteret.pdf", "Produksjonsformat distriktssenteret.docx"]],
      [{ formats: ["pdf"] }, ["Arkivformat distriktssenteret.pdf"]],
      [{}, ["Arkivformat distriktssenteret.pdf"]],
    ] as const) {
      const xml = await render(model, options as RenderOptions);
      const { root, dokumentobjekter } = partsOf(parse(xml));
      expect(dokumentobjekter.map((o) => `${text(o, "variantformat")} ${text(o, "referanseDokumentfil")}`)).toEqual(files);
      expect(text(root, "antallFiler")).toBe(String(files.length));
      expect((await schemaCheck([{ fileName: "a.xml", contents: xml }])).validated).toEqual(["a.xml"]);
    }
  });

  it("gives the same bytes, and so the same ids, when rendered again", async () => {
    for (const { model, xml } of letters) expect(await render(structuredClone(model))).toBe(xml);
  });

  it("never gives two letters one id, except the saksmappe of letters with the same case number", () => {
    const ids = letters.map(({ id, xml }) => {
      const doc = parse(xml);
      const { root, mappe, journalpost, dokumentbeskrivelse } = partsOf(doc);
      return {
        id,
        melding: text(root, "meldingId") as string,
        saksmappe: text(mappe, "systemID") as string,
        journalpost: text(journalpost, "systemID") as string,
        dokumentbeskrivelse: text(dokumentbeskrivelse, "systemID") as string,
      };
    });
    const v5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const perLetter = ids.flatMap((i) => [i.melding, i.journalpost, i.dokumentbeskrivelse]);
    for (const id of [...perLetter, ...ids.map((i) => i.saksmappe)]) expect(id).toMatch(v5);
    expect(new Set(perLetter).size).toBe(perLetter.length);
    // The saksmappe: one per case number (20/5012 for the three budget letters, 19/4649 for dss and kartverket,
    // 20/49 for Distriktssenteret), one per letter without one (digdir, htu, valgdirektoratet of the sample).
    const saksmappe = (id: string) => ids.find((i) => i.id === id)?.saksmappe;
    const budget = ["budsjettendring-2020/digdir", "budsjettendring-2020/kartverket", "budsjettendring-2020/valgdirektoratet"].map(saksmappe);
    expect(new Set(budget).size).toBe(1);
    expect(saksmappe("inkluderingsdugnaden-2020/dss")).toBe(saksmappe("inkluderingsdugnaden-2020/kartverket"));
    expect(new Set(ids.map((i) => i.saksmappe)).size).toBe(6);
    expect(new Set([...perLetter, ...new Set(ids.map((i) => i.saksmappe))]).size).toBe(perLetter.length + 6);
  });
});

describe("the public journal (offentligTittel, skjerming)", () => {
  const distrikt = golden("inkluderingsdugnaden-2020/distriktssenteret");
  const title = distrikt.meta.title;
  const screened = title.replace("Distriktssenteret", "*****");
  const basis = "Offl. § 13 jf. fvl. § 13";

  it("screening: skjerming on the journalpost, and the recipient's name replaced by ***** in offentligTittel", async () => {
    const xml = await render(withArchive(distrikt, { screening: basis }));
    expect((await schemaCheck([{ fileName: "s.xml", contents: xml }])).errors).toEqual([]);
    const { mappe, journalpost, korrespondansepart } = partsOf(parse(xml));
    expect(screened).not.toBe(title);
    expect(text(journalpost, "tittel")).toBe(title);
    expect(text(journalpost, "offentligTittel")).toBe(screened);
    expect(text(mappe, "offentligTittel")).toBe(screened);
    const skjerming = child(journalpost, "skjerming");
    if (!skjerming) throw new Error("no skjerming");
    expect(text(skjerming, "tilgangsrestriksjon")).toBe("Unntatt offentlighet");
    expect(text(skjerming, "skjermingshjemmel")).toBe(basis);
    expect(texts(skjerming, "skjermingMetadata")).toEqual(["Skjerming navn mottaker", "Skjerming tittel registrering - utvalgte ord"]);
    // The journal keeps the name; the public journal hides it (skjermingMetadata says so).
    expect(text(korrespondansepart, "korrespondansepartNavn")).toBe("Distriktssenteret");
  });

  it("screening hides the agency's short name too, once the model carries it", async () => {
    const dss = golden("inkluderingsdugnaden-2020/dss");
    const xml = await render(withArchive(dss, { screening: basis, recipientShortName: "DSS" }));
    expect(text(partsOf(parse(xml)).journalpost, "offentligTittel")).toBe(dss.meta.title.replace("DSS", "*****"));
    expect(
      screenNames("Brev til DSS og Departementenes sikkerhets- og serviceorganisasjon (dss)", ["DSS", "Departementenes sikkerhets- og serviceorganisasjon"]),
    ).toBe("Brev til ***** og ***** (*****)");
    // Whole words only: a name inside another word stays.
    expect(screenNames("DSSBygg og Kartverkets kart", ["DSS", "Kartverket"])).toBe("DSSBygg og Kartverkets kart");
  });

  it("public_title wins: with screening, and without it", async () => {
    const publicTitle = "Tillegg til tildelingsbrev 2020 – handlingsplan for inkluderingsdugnaden";
    for (const archive of [{ publicTitle, screening: basis }, { publicTitle }]) {
      const xml = await render(withArchive(distrikt, archive));
      expect((await schemaCheck([{ fileName: "p.xml", contents: xml }])).errors).toEqual([]);
      const { journalpost } = partsOf(parse(xml));
      expect(text(journalpost, "tittel")).toBe(title);
      expect(text(journalpost, "offentligTittel")).toBe(publicTitle);
      expect(child(journalpost, "skjerming") !== undefined).toBe(archive.screening !== undefined);
    }
  });

  it("the case system's name, journalenhet and dokumenttype from the registry", async () => {
    const xml = await render(withArchive(distrikt, { system: "Elements", journalenhet: "KMD", dokumenttype: "Brev" }));
    expect((await schemaCheck([{ fileName: "e.xml", contents: xml }])).errors).toEqual([]);
    const { root, mappe, journalpost, dokumentbeskrivelse } = partsOf(parse(xml));
    expect(text(root, "system")).toBe("Elements");
    expect(text(mappe, "journalenhet")).toBe("KMD");
    expect(text(journalpost, "journalenhet")).toBe("KMD");
    expect(text(dokumentbeskrivelse, "dokumenttype")).toBe("Brev");
  });
});

describe("the file itself", () => {
  const distrikt = golden("inkluderingsdugnaden-2020/distriktssenteret");

  it("carries the fingerprint as a comment on the line after the XML declaration, and only when given", async () => {
    const fingerprint = "sha256:0123abcd model:4567 template:89ef";
    const xml = await render({ ...distrikt, meta: { ...distrikt.meta, fingerprint } });
    const lines = xml.split("\n");
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toBe(`<!-- brev-fingerprint: ${fingerprint} -->`);
    expect(lines[1]).toBe(`${XML_COMMENT_PREFIX}${fingerprint}${XML_COMMENT_SUFFIX}`);
    expect((await schemaCheck([{ fileName: "f.xml", contents: xml }])).errors).toEqual([]);
    const plain = await render(distrikt);
    expect(plain).not.toContain("<!--");
    expect(xml.replace(`${lines[1]}\n`, "")).toBe(plain);
  });

  it('escapes text for XML (a title with & < > " reads back as written)', async () => {
    const title = 'Brev om <vedlegg> & "sitater" > alt';
    const model = withArchive(
      { ...distrikt, meta: { ...distrikt.meta, title } },
      { recipientName: "A & B <AS>", recipientAddress: ["Gate 1 & 2", "0150 OSLO"] },
    );
    const xml = await render(model);
    expect((await schemaCheck([{ fileName: "x.xml", contents: xml }])).errors).toEqual([]);
    const { journalpost, korrespondansepart } = partsOf(parse(xml));
    expect(text(journalpost, "tittel")).toBe(title);
    expect(text(korrespondansepart, "korrespondansepartNavn")).toBe("A & B <AS>");
    expect(texts(korrespondansepart, "postadresse")).toEqual(["Gate 1 & 2"]);
  });

  it("writes the run's file date (SOURCE_DATE_EPOCH) as tidspunkt and the records' dates, the letter's date as the journal's", async () => {
    const xml = await render(distrikt, { ...BOTH, fileDate: new Date(Date.UTC(2020, 10, 12, 8, 30, 0)) });
    expect((await schemaCheck([{ fileName: "t.xml", contents: xml }])).errors).toEqual([]);
    const { root, journalpost } = partsOf(parse(xml));
    expect(text(root, "tidspunkt")).toBe("2020-11-12T08:30:00Z");
    expect(text(journalpost, "opprettetDato")).toBe("2020-11-12T08:30:00Z");
    expect(text(journalpost, "journaldato")).toBe("2020-11-11");
  });

  it("is the one of the note: the sample letter to Distriktssenteret", async () => {
    const xml = await render(distrikt);
    writeFileSync(NOTE_FILE, xml);
    expect((await schemaCheck([{ fileName: "distriktssenteret.arkivmelding.xml", contents: xml }])).validated).toEqual(["distriktssenteret.arkivmelding.xml"]);
  });
});

describe("the schema check catches a broken file (mutation tests)", () => {
  const distrikt = golden("inkluderingsdugnaden-2020/distriktssenteret");

  it("the unbroken file validates", async () => {
    expect(await schemaCheck([{ fileName: "ok.xml", contents: await render(distrikt) }])).toEqual({ validated: ["ok.xml"], errors: [] });
  });

  it("the unbroken file keeps eFormidling's rules", async () => {
    expect(eformidlingRules(await render(distrikt))).toEqual([]);
  });

  it("fails without the korrespondansepart: by eFormidling's rule, since the schema itself allows none", async () => {
    const xml = await render(distrikt);
    const broken = xml.replace(/\n *<korrespondansepart>[\s\S]*<\/korrespondansepart>/, "");
    expect(broken).not.toContain("korrespondansepart");
    // arkivmelding.xsd: <xs:element name="korrespondansepart" … minOccurs="0" …/> in journalpost. The published schema
    // accepts the file; the check that runs beside it (the rules eFormidling states) does not.
    expect(SCHEMA.contents.toString("utf8")).toMatch(/name="korrespondansepart" type="korrespondansepart"\s+minOccurs="0"/);
    expect((await schemaCheck([{ fileName: "no-part.xml", contents: broken }])).validated).toEqual(["no-part.xml"]);
    expect(eformidlingRules(broken)).toEqual(["a korrespondansepart of type Mottaker"]);
    // And one without its required name fails the schema itself.
    const nameless = xml.replace(/\n *<korrespondansepartNavn>[^<]*<\/korrespondansepartNavn>/, "");
    expect(nameless).not.toBe(xml);
    const { validated, errors } = await schemaCheck([{ fileName: "no-name.xml", contents: nameless }]);
    expect(validated).toEqual([]);
    expect(errors.join("\n")).toMatch(/korrespondansepartNavn/);
  });

  it("fails with two elements swapped (journalstatus before journalposttype; systemID after tittel)", async () => {
    const xml = await render(distrikt);
    const swaps: [RegExp, string][] = [
      [/(<journalposttype>[^<]*<\/journalposttype>)(\n *)(<journalstatus>[^<]*<\/journalstatus>)/, "$3$2$1"],
      [/(<systemID>[^<]*<\/systemID>)(\n *)(<tittel>[^<]*<\/tittel>)/, "$3$2$1"],
    ];
    for (const [i, [pattern, replacement]] of swaps.entries()) {
      const broken = xml.replace(pattern, replacement);
      expect(broken).not.toBe(xml);
      const { validated, errors } = await schemaCheck([{ fileName: `swap-${i}.xml`, contents: broken }]);
      expect(validated).toEqual([]);
      expect(errors.join("\n")).toMatch(/This element is not expected/);
    }
  });
});

describe("the pieces", () => {
  it("name-based UUIDs are RFC 4122 version 5 (the RFC's DNS example)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(uuidV5("a", NAMESPACE_URL)).toBe(uuidV5("a", NAMESPACE_URL));
    expect(uuidV5("a", NAMESPACE_URL)).not.toBe(uuidV5("b", NAMESPACE_URL));
    expect(() => uuidV5("a", "not-a-uuid")).toThrow();
  });

  it("reads a case number in our_ref only in the form YY/NNNN-D (or YYYY/NNNN-D)", () => {
    expect(caseReference("20/5012-3", 2020)).toEqual({ saksaar: 2020, sakssekvensnummer: 5012, dokumentnummer: 3 });
    expect(caseReference("19/4649-79", 2020)).toEqual({ saksaar: 2019, sakssekvensnummer: 4649, dokumentnummer: 79 });
    expect(caseReference("2020/49-15", 2020)).toEqual({ saksaar: 2020, sakssekvensnummer: 49, dokumentnummer: 15 });
    expect(caseReference("99/12-1", 2020)).toEqual({ saksaar: 1999, sakssekvensnummer: 12, dokumentnummer: 1 });
    expect(caseReference("21/12-1", 2020)).toEqual({ saksaar: 2021, sakssekvensnummer: 12, dokumentnummer: 1 });
    for (const other of [undefined, "", "20/5012", "KMD 20/5012-3", "20-5012-3", "2/5012-3", "20/5012-3a", "Vår ref. 20/5012-3"])
      expect(caseReference(other, 2020)).toBeUndefined();
  });
});
