// The format-free letter: what both renderers read, and nothing else. Plain, JSON-serialisable data.
import type { CalendarDate } from "../shared/calendar-date.js";

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Where the run links to (http, https or mailto). */
  link?: string;
}

/** A list item: its text, and at most one level of list inside it. */
export interface ListItem {
  content: Inline[];
  sublist?: { ordered: boolean; items: { content: Inline[] }[] };
}

export type Align = "left" | "center" | "right";

export type Block =
  | { type: "heading"; level: number; number?: string; content: Inline[] }
  | { type: "paragraph"; content: Inline[] }
  | { type: "list"; ordered: boolean; items: ListItem[] }
  /** A table with one header row; `align` per column (numbers right-aligned). */
  | { type: "table"; align: Align[]; header: Inline[][]; rows: Inline[][][] };

export interface LabelledLines {
  label: string;
  lines: string[];
}

export interface SignatoryLines {
  name: string;
  title: string;
}

/** A letter as the journal (Noark 5) records it: what the archivist needs that the letter does not show. */
export interface ArchiveRecord {
  /** The agency's id: the letter's files are out/<dispatch>/<agency>.<format>. */
  agency: string;
  /** The case system's name (`archive.system`), e.g. "Elements". */
  system?: string;
  /** `archive.journalenhet`. */
  journalenhet?: string;
  /** `archive.dokumenttype`; "Utgående brev" unless given. */
  dokumenttype: string;
  /** `archive.public_title`: the title in the public journal (eInnsyn), when given. */
  publicTitle?: string;
  /** `archive.screening`: the legal basis when the letter is exempt in part, e.g. "Offl. § 13 jf. fvl. § 13". */
  screening?: string;
  /** The sender's department (administrativEnhet). */
  department?: string;
  /** The case handler's name (saksansvarlig, saksbehandler). */
  caseHandler?: string;
  /** The recipient as the letter names it, and its postal address lines. */
  recipientName: string;
  /** The agency's short name ("DSS"), when the registry gives one: a screened public title hides it too. */
  recipientShortName?: string;
  recipientAddress: string[];
  /** The agency's organisation number, nine digits without spaces (`org_nr`). */
  recipientOrgNr?: string;
}

export interface LetterModel {
  meta: {
    title: string;
    subject: string;
    author: string;
    /** BCP 47 tag, e.g. "nb-NO". */
    language: string;
    /** The letter's date; the only date a renderer may write into the file. */
    date: CalendarDate;
    /**
     * What a letter file carries to vouch for itself: the hashes of the inputs it was made from. Never set by compose
     * (the model's own hash is one of them): the output stage adds it before rendering, and renderers write it into the
     * file's metadata exactly as given.
     */
    fingerprint?: string;
    /** What an archive system files the letter by (Noark 5): written as document properties. */
    references: {
      dispatch: string;
      recipient: string;
      our_ref?: string;
      your_ref?: string;
    };
    /** What the case and archive system journals the letter by (the arkivmelding, journal.csv); not drawn. */
    archive: ArchiveRecord;
  };
  letterhead: string[];
  /** The sender's logo, drawn in the letterhead of page 1; the image itself is a render asset, found by its hash. */
  logo?: { image: string; alt: string; width: number; height: number };
  recipient: string[];
  /** Deres ref / Vår ref / Dato, in that order; an empty value is shown as an empty cell. */
  reference: { label: string; value: string }[];
  title: string;
  body: Block[];
  closing: string;
  signatories: SignatoryLines[];
  electronicSignature?: string;
  attachments?: LabelledLines;
  copies?: LabelledLines;
  /** Page-1 footer: columns, each a stack of labelled sections. */
  footer: LabelledLines[][];
  /** The word before a page number on later pages ("Side"). */
  pageLabel: string;
}
