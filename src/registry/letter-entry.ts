// The validated, defaults-resolved input for one letter: what compose needs, and nothing of YAML.
import type { CalendarDate } from "./calendar-date.js";

export type Language = "nb" | "nn";
export type Naming = "name" | "short_name" | "name_then_short_name";

export interface Person {
  name: string;
  phone?: string;
  email?: string;
}

export interface Signatory {
  name: string;
  title: string;
  byAuthority: boolean;
}

export interface Sender {
  name: string;
  shortName: string;
  letterhead: string[];
  postalAddress: string[];
  officeAddress: string[];
  email?: string;
  web?: string;
  phone?: string;
  orgNr?: string;
  department?: string;
  caseHandler?: Person;
}

export interface Recipient {
  id: string;
  name: string;
  shortName?: string;
  naming: Naming;
  address: string[];
}

export interface LetterEntry {
  dispatchId: string;
  template: string;
  language: Language;
  year: number;
  addendum?: number;
  date: CalendarDate;
  deadline?: CalendarDate;
  ourRef?: string;
  yourRef?: string;
  sender: Sender;
  agency: Recipient;
  signatories: Signatory[];
  copies: string[];
  attachments: string[];
  electronicSignature: boolean;
  /** Per-agency text that replaces a named template block; plain text, never Markdown. */
  blocks: Record<string, string>;
  /** Where this agency's entry sits in the registry, for mapping later errors back to the file. */
  sourcePath: (string | number)[];
}

export interface Dispatch {
  id: string;
  file: string;
  template: string;
  entries: LetterEntry[];
}
