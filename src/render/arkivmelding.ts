// The arkivmelding (eFormidling, Noark 5): how the case and archive system journals one letter. One `mappe` of type
// saksmappe (the case, from `our_ref` when it has the Norwegian form YY/NNNN-D) holding one `basisregistrering` of type
// journalpost (the outgoing letter), whose `dokumentbeskrivelse` names the PDF (Arkivformat) and the DOCX when the run
// writes it (Produksjonsformat). Every element stands where the sequences of arkivmelding.xsd and the Noark 5
// metadatakatalog.xsd (v3.1) put it; the values are Noark vocabulary (fixed Norwegian terms the schema and the
// catalogue name), not words for the clerk, so none of them comes from the i18n catalogue.
//
// Deterministic: the same model and options give the same bytes. The systemIDs are name-based UUIDs (version 5) of
// the dispatch, the agency and the element, so a rerun gives the same ids and two letters never share one; letters
// with the same case number share the saksmappe's id. The only date written is the letter's own (or the run's file
// date, from SOURCE_DATE_EPOCH). Nothing is refused: the registry has already refused what a letter may not carry.

import type { RendererFactory, RenderOptions } from "../model/formats.js";
import type { ArchiveRecord, LetterModel } from "../model/letter-model.js";
import type { CalendarDate } from "../shared/calendar-date.js";
import { NAMESPACE_URL, uuidV5 } from "../shared/uuid.js";
import { XML_COMMENT_PREFIX, XML_COMMENT_SUFFIX } from "./file-fingerprint.js";
import { escapeXml } from "./xml-escape.js";

const ARKIVMELDING_NS = "http://www.arkivverket.no/standarder/noark5/arkivmelding";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** The namespace of every systemID brev writes into an arkivmelding (an identifier, never fetched). */
const ID_NAMESPACE = uuidV5("urn:brev:arkivmelding", NAMESPACE_URL);

/** `archive.system` when the registry does not name the case system. */
const DEFAULT_SYSTEM = "brev";

// Noark 5 vocabulary (metadatakatalog.xsd enumerations and the catalogue's values).
const JOURNALPOSTTYPE = "Utgående dokument";
// The schema's journalstatus values are Journalført, Ferdigstilt fra saksbehandler, Godkjent av leder, Ekspedert,
// Arkivert, Utgår. brev records the entry and makes the files; it does not send the letter, so "Ekspedert" (sent) is
// the case system's to set when it sends. "Journalført" (registered in the journal) is what brev has done, and what
// the upstream example (an outgoing letter through eFormidling) writes.
const JOURNALSTATUS = "Journalført";
// The case goes on after one letter (a tildelingsbrev's addenda are journal entries of one open case).
const SAKSSTATUS = "Under behandling";
const DOKUMENTSTATUS = "Dokumentet er ferdigstilt";
const HOVEDDOKUMENT = "Hoveddokument";
const MOTTAKER = "Mottaker";
const ARKIVFORMAT = "Arkivformat";
const PRODUKSJONSFORMAT = "Produksjonsformat";
// Screening (skjerming), written when `archive.screening` gives a legal basis. tilgangsrestriksjon (M500) is free text
// in the schema; "Unntatt offentlighet" is the one value the Noark 5 catalogue makes every system know, and Noark 5
// writes self-explanatory text rather than Noark 4 codes ("U", "13"). The basis itself ("Offl. § 13 jf. fvl. § 13") is
// the skjermingshjemmel (M501), as the registry gives it. skjermingMetadata (M502) says what the public journal hides:
// the recipient's name, and the words of the title replaced in offentligTittel when there are any. No
// skjermingDokument: the letter is exempt in part, and the catalogue asks for a redacted variant of a document screened
// in part, which brev does not make.
const TILGANGSRESTRIKSJON = "Unntatt offentlighet";
const SKJERMING_NAVN_MOTTAKER = "Skjerming navn mottaker";
const SKJERMING_TITTEL_UTVALGTE_ORD = "Skjerming tittel registrering - utvalgte ord";
/** What stands for a screened name in offentligTittel, as case systems write it. */
export const SCREENED = "*****";

export const arkivmeldingRenderer: RendererFactory = (_assets, options) => async (model: LetterModel) =>
  new TextEncoder().encode(arkivmeldingXml(model, options));

/** The case number in `our_ref`: "20/5012-3" -> saksaar 2020, sakssekvensnummer 5012, dokumentnummer 3. */
export interface CaseReference {
  saksaar: number;
  sakssekvensnummer: number;
  dokumentnummer: number;
}

// YY/NNNN-D (and the four-digit year some case systems print: YYYY/NNNN-D), spaces around the ends allowed.
const CASE_REFERENCE = /^\s*(\d{2}|\d{4})\/(\d{1,9})-(\d{1,9})\s*$/;

/** The case number in a letter's `our_ref`, or undefined when it has another form. `letterYear` places a two-digit year. */
export function caseReference(ourRef: string | undefined, letterYear: number): CaseReference | undefined {
  const m = CASE_REFERENCE.exec(ourRef ?? "");
  if (!m) return undefined;
  const [year, sequence, document] = [m[1] as string, Number(m[2]), Number(m[3])];
  let saksaar = Number(year);
  if (year.length === 2) {
    // The century of the letter's date, or the one before when that would put the case after the letter's next year.
    saksaar += Math.floor(letterYear / 100) * 100;
    if (saksaar > letterYear + 1) saksaar -= 100;
  }
  return { saksaar, sakssekvensnummer: sequence, dokumentnummer: document };
}

/** A postal address as the journal records it: the lines before "NNNN STED", the postnummer and the poststed. */
export interface PostalAddress {
  postadresse: string[];
  postnummer?: string;
  poststed?: string;
}

const POSTNUMMER_STED = /^(\d{4})\s+(\S.*)$/u;

/** Splits an address whose last line is "NNNN STED"; an address without one is all postadresse. */
export function splitAddress(lines: readonly string[]): PostalAddress {
  const present = lines.map((l) => l.trim()).filter((l) => l !== "");
  const m = POSTNUMMER_STED.exec(present.at(-1) ?? "");
  if (!m) return { postadresse: present };
  return { postadresse: present.slice(0, -1), postnummer: m[1] as string, poststed: (m[2] as string).trim() };
}

/**
 * The title in the public journal (point 4 of issue 19): `archive.public_title` when given; else, for a screened letter,
 * the title with the recipient's names replaced by "*****"; else the title itself.
 */
export function offentligTittel(model: LetterModel): string {
  const { archive, title } = model.meta;
  if (archive.publicTitle !== undefined && archive.publicTitle !== "") return archive.publicTitle;
  if (archive.screening === undefined || archive.screening === "") return title;
  return screenNames(title, recipientNames(archive));
}

/** The names a screened title hides: the recipient's name, and the agency's short name when the model has one. */
function recipientNames(archive: ArchiveRecord): string[] {
  return [archive.recipientName, ...(archive.recipientShortName !== undefined ? [archive.recipientShortName] : [])];
}

/** `text` with each whole-word occurrence of a name replaced by "*****" (longest name first, any case). */
export function screenNames(text: string, names: readonly string[]): string {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ""))].sort((a, b) => b.length - a.length);
  let result = text;
  for (const name of wanted) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), SCREENED);
  }
  return result;
}

/** The files the arkivmelding names, in order: the PDF, and the DOCX when the run writes it. */
export function namedFiles(model: LetterModel, options: RenderOptions): { variantformat: string; file: string }[] {
  const agency = model.meta.archive.agency;
  return [
    { variantformat: ARKIVFORMAT, file: `${agency}.pdf` },
    ...(options.formats?.includes("docx") ? [{ variantformat: PRODUKSJONSFORMAT, file: `${agency}.docx` }] : []),
  ];
}

/** The systemIDs of one letter's arkivmelding. */
export function systemIds(model: LetterModel): { melding: string; saksmappe: string; journalpost: string; dokumentbeskrivelse: string } {
  const { dispatch } = model.meta.references;
  const { agency } = model.meta.archive;
  const id = (...name: (string | number)[]) => uuidV5(JSON.stringify(name), ID_NAMESPACE);
  const ref = caseReference(model.meta.references.our_ref, model.meta.date.year);
  return {
    melding: id(dispatch, agency, "melding"),
    // The case, by the sender and its case number: every letter of the case shares it, whatever its dispatch.
    saksmappe: ref ? id("saksmappe", model.meta.author, ref.saksaar, ref.sakssekvensnummer) : id(dispatch, agency, "saksmappe"),
    journalpost: id(dispatch, agency, "journalpost"),
    dokumentbeskrivelse: id(dispatch, agency, "dokumentbeskrivelse"),
  };
}

/** The arkivmelding of one letter, as text (UTF-8 when written). */
export function arkivmeldingXml(model: LetterModel, options: RenderOptions): string {
  const { meta } = model;
  const { archive } = meta;
  const ids = systemIds(model);
  const ref = caseReference(meta.references.our_ref, meta.date.year);
  const files = namedFiles(model, options);
  const system = archive.system !== undefined && archive.system !== "" ? archive.system : DEFAULT_SYSTEM;
  const when = dateTime(meta.date, options);
  const day = isoDate(meta.date);
  // Who made the records: the case handler when the registry names one, else the system that made them.
  const by = archive.caseHandler ?? system;
  const publicTitle = offentligTittel(model);
  const screening = archive.screening !== undefined && archive.screening !== "" ? archive.screening : undefined;
  const address = splitAddress(archive.recipientAddress);

  const skjerming = screening
    ? node("skjerming", [
        leaf("tilgangsrestriksjon", TILGANGSRESTRIKSJON),
        leaf("skjermingshjemmel", screening),
        leaf("skjermingMetadata", SKJERMING_NAVN_MOTTAKER),
        publicTitle !== meta.title ? leaf("skjermingMetadata", SKJERMING_TITTEL_UTVALGTE_ORD) : undefined,
      ])
    : undefined;

  const dokumentbeskrivelse = node("dokumentbeskrivelse", [
    leaf("systemID", ids.dokumentbeskrivelse),
    leaf("dokumenttype", archive.dokumenttype),
    leaf("dokumentstatus", DOKUMENTSTATUS),
    leaf("tittel", meta.title),
    leaf("opprettetDato", when),
    leaf("opprettetAv", by),
    leaf("tilknyttetRegistreringSom", HOVEDDOKUMENT),
    leaf("dokumentnummer", ref?.dokumentnummer ?? 1),
    leaf("tilknyttetDato", when),
    leaf("tilknyttetAv", by),
    ...files.map((f) =>
      node("dokumentobjekt", [
        leaf("versjonsnummer", 1),
        leaf("variantformat", f.variantformat),
        leaf("opprettetDato", when),
        leaf("opprettetAv", by),
        leaf("referanseDokumentfil", f.file),
      ]),
    ),
  ]);

  const korrespondansepart = node("korrespondansepart", [
    leaf("korrespondanseparttype", MOTTAKER),
    leaf("korrespondansepartNavn", archive.recipientName),
    ...address.postadresse.map((line) => leaf("postadresse", line)),
    optional("postnummer", address.postnummer),
    optional("poststed", address.poststed),
    // The schema's korrespondansepart has no organisasjonsnummer: the org.nr. goes to journal.csv only.
    optional("administrativEnhet", archive.department),
    optional("saksbehandler", archive.caseHandler),
  ]);

  // registrering, then basisregistrering, then journalpost: each extension's sequence follows its base's.
  const journalpost = node(
    "basisregistrering",
    [
      leaf("systemID", ids.journalpost),
      leaf("opprettetDato", when),
      leaf("opprettetAv", by),
      leaf("arkivertDato", when),
      leaf("arkivertAv", by),
      leaf("referanseForelderMappe", ids.saksmappe),
      skjerming,
      dokumentbeskrivelse,
      leaf("tittel", meta.title),
      leaf("offentligTittel", publicTitle),
      leaf("journalposttype", JOURNALPOSTTYPE),
      leaf("journalstatus", JOURNALSTATUS),
      leaf("journaldato", day),
      leaf("dokumentetsDato", day),
      optional("journalenhet", archive.journalenhet),
      korrespondansepart,
    ],
    ' xsi:type="journalpost"',
  );

  // mappe, then saksmappe.
  const mappe = node(
    "mappe",
    [
      leaf("systemID", ids.saksmappe),
      leaf("tittel", meta.title),
      publicTitle !== meta.title ? leaf("offentligTittel", publicTitle) : undefined,
      leaf("opprettetDato", when),
      leaf("opprettetAv", by),
      journalpost,
      ref ? leaf("saksaar", ref.saksaar) : undefined,
      ref ? leaf("sakssekvensnummer", ref.sakssekvensnummer) : undefined,
      leaf("saksdato", day),
      // Required by the schema: the department, else the sender itself (a ministry is an administrative unit too).
      leaf("administrativEnhet", archive.department ?? meta.author),
      // Required by the schema, and a person's name: empty when the registry names no case handler (the schema takes
      // an empty name, as the upstream example's opprettetAv; the case system puts its own user there).
      leaf("saksansvarlig", archive.caseHandler ?? ""),
      optional("journalenhet", archive.journalenhet),
      leaf("saksstatus", SAKSSTATUS),
    ],
    ' xsi:type="saksmappe"',
  );

  const root = node(
    "arkivmelding",
    [leaf("system", system), leaf("meldingId", ids.melding), leaf("tidspunkt", when), leaf("antallFiler", files.length), mappe],
    ` xmlns="${ARKIVMELDING_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${ARKIVMELDING_NS} arkivmelding.xsd"`,
  );

  const fingerprint = meta.fingerprint !== undefined ? [`${XML_COMMENT_PREFIX}${meta.fingerprint}${XML_COMMENT_SUFFIX}`] : [];
  return `${['<?xml version="1.0" encoding="UTF-8"?>', ...fingerprint, ...root].join("\n")}\n`;
}

type Lines = string[] | undefined;

function leaf(name: string, value: string | number): string[] {
  return [`<${name}>${escapeXml(String(value))}</${name}>`];
}

/** An optional element: left out when there is no value (never an empty element). */
function optional(name: string, value: string | undefined): Lines {
  return value === undefined || value === "" ? undefined : leaf(name, value);
}

function node(name: string, children: readonly Lines[], attributes = ""): string[] {
  return [`<${name}${attributes}>`, ...children.flatMap((c) => (c ?? []).map((line) => `  ${line}`)), `</${name}>`];
}

/**
 * Text for XML: the escape of the PDF's XMP metadata (pdf-metadata.ts), and line ends as references, so that a value
 * stays on its element's line and the indentation never enters it.
 */

function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** xs:dateTime: the letter's date at midnight (no zone: a calendar date), or the run's file date in UTC. */
function dateTime(date: CalendarDate, options: RenderOptions): string {
  if (options.fileDate) return options.fileDate.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${isoDate(date)}T00:00:00`;
}
