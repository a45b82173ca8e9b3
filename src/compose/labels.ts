// The fixed words of a letter, per language. Templates and renderers take them from here.
import type { Language } from "../registry/letter-entry.js";

export interface Labels {
  /** BCP 47 tag of the language, for the document's metadata. */
  tag: string;
  yourRef: string;
  ourRef: string;
  date: string;
  closing: string;
  byAuthority: string;
  electronicSignature: string;
  attachments: string;
  copies: string;
  page: string;
  postalAddress: string;
  officeAddress: string;
  phone: string;
  orgNr: string;
  department: string;
  caseHandler: string;
  months: readonly string[];
}

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"] as const;

/** The words bokmål and nynorsk letters share. */
const SHARED = {
  ourRef: "Vår ref",
  date: "Dato",
  byAuthority: "(e.f.)",
  attachments: "Vedlegg",
  copies: "Kopi",
  page: "Side",
  postalAddress: "Postadresse",
  officeAddress: "Kontoradresse",
  phone: "Telefon",
  orgNr: "Org.nr.",
  department: "Avdeling",
  months: MONTHS,
} as const;

export const LABELS: Readonly<Record<Language, Labels>> = {
  nb: {
    ...SHARED,
    tag: "nb-NO",
    yourRef: "Deres ref",
    closing: "Med hilsen",
    electronicSignature: "Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer",
    caseHandler: "Saksbehandler",
  },
  nn: {
    ...SHARED,
    tag: "nn-NO",
    yourRef: "Dykkar ref",
    closing: "Med helsing",
    electronicSignature: "Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar",
    caseHandler: "Saksbehandlar",
  },
};
