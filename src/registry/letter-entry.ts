// The validated, defaults-resolved input for one letter: what compose needs, and nothing of YAML. Fields that come
// from the registry keep the registry's names (our_ref, short_name), which are also the names templates use.
import type { z } from "zod";
import type { CalendarDate } from "../shared/calendar-date.js";
import type { language, naming } from "./schema.js";

/** The written standards, and the ways to name an agency: as the schema declares them. */
export type Language = z.output<typeof language>;
export type Naming = z.output<typeof naming>;

export interface Person {
  name: string;
  phone?: string;
  email?: string;
}

export interface Signatory {
  name: string;
  title: string;
  by_authority: boolean;
}

/** The sender's logo: where the image is (absolute; inside the project folder), and what it shows. */
export interface Logo {
  path: string;
  /** The project folder the image must stay inside. */
  project: string;
  alt: string;
  /** Where `file` sits in the registry, for messages about the image. */
  sourcePath: (string | number)[];
}

export interface Sender {
  name: string;
  short_name: string;
  /** In the letter's language. */
  letterhead: string[];
  logo?: Logo;
  postal_address: string[];
  office_address: string[];
  email?: string;
  web?: string;
  phone?: string;
  org_nr?: string;
  department?: string;
  case_handler?: Person;
}

export interface Recipient {
  id: string;
  name: string;
  short_name?: string;
  naming: Naming;
  address: string[];
  /** The agency's organisation number, nine digits without spaces (validated, check digit included). */
  org_nr?: string;
}

/** What the case and archive system journals the letter by (`archive:`): the agency's keys over the dispatch's. */
export interface Archive {
  system?: string;
  journalenhet?: string;
  dokumenttype?: string;
  public_title?: string;
  screening?: string;
}

export interface LetterEntry {
  dispatchId: string;
  template: string;
  language: Language;
  year: number;
  addendum?: number;
  date: CalendarDate;
  deadline?: CalendarDate;
  our_ref?: string;
  your_ref?: string;
  sender: Sender;
  agency: Recipient;
  signatories: Signatory[];
  copies: string[];
  attachments: string[];
  electronic_signature: boolean;
  /** Per-agency text that replaces a named template block: Markdown written by the registry's author. */
  blocks: Record<string, string>;
  /** Data for the template: the dispatch's fields with the agency's merged over them, key by key. */
  fields: Record<string, unknown>;
  /** The journal's details: the dispatch's `archive:` with the agency's merged over it, key by key. */
  archive: Archive;
  /** Where this agency's entry sits in the registry, for mapping later errors back to the file. */
  sourcePath: (string | number)[];
}

export interface Dispatch {
  id: string;
  /** The registry file, as messages show it. */
  file: string;
  template: string;
  entries: LetterEntry[];
}
