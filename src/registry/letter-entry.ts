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

export interface Sender {
  name: string;
  short_name: string;
  letterhead: string[];
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
