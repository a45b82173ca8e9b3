// The fixed words of a letter, per language. Templates and renderers take them from here.
import type { Language } from "../registry/letter-entry.js";

export interface Labels {
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

export const LABELS: Readonly<Record<Language, Labels>> = {
  nb: {
    yourRef: "Deres ref",
    ourRef: "Vår ref",
    date: "Dato",
    closing: "Med hilsen",
    byAuthority: "(e.f.)",
    electronicSignature: "Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer",
    attachments: "Vedlegg",
    copies: "Kopi",
    page: "Side",
    postalAddress: "Postadresse",
    officeAddress: "Kontoradresse",
    phone: "Telefon",
    orgNr: "Org.nr.",
    department: "Avdeling",
    caseHandler: "Saksbehandler",
    months: MONTHS,
  },
  nn: {
    yourRef: "Dykkar ref",
    ourRef: "Vår ref",
    date: "Dato",
    closing: "Med helsing",
    byAuthority: "(e.f.)",
    electronicSignature: "Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar",
    attachments: "Vedlegg",
    copies: "Kopi",
    page: "Side",
    postalAddress: "Postadresse",
    officeAddress: "Kontoradresse",
    phone: "Telefon",
    orgNr: "Org.nr.",
    department: "Avdeling",
    caseHandler: "Saksbehandlar",
    months: MONTHS,
  },
};
