// The validated, defaults-resolved input for one letter: what compose needs, and nothing of YAML. Derived from the
// schema (schema.ts), never written by hand: the fields an agency may override (`overridable`, and `archive`) come
// out of one merge of the agency's values over the dispatch's, so a new such field is a change to schema.ts (its
// words in field-help.ts) and nothing here. Fields that come from the registry keep the registry's names (our_ref,
// short_name), which are also the names templates use.
import type { z } from "zod";
import { DEFAULT_LETTER_LANGUAGE } from "../model/languages.js";
import { mergeFields } from "./fields.js";
import { orgNrDigits } from "./org-nr.js";
import {
  type agency,
  type dispatch,
  type language,
  type logo,
  type naming,
  overridable,
  type person,
  type registry,
  sender,
  type signatory,
} from "./schema.js";

type RegistryData = z.output<typeof registry>;
type AgencyData = z.output<typeof agency>;
type SenderData = z.output<typeof sender>;
/** A value given: `~` (null, none on purpose) and a key left out are not. */
type Given<T> = Exclude<T, null | undefined>;

/** The written standards, and the ways to name an agency: as the schema declares them. */
export type Language = z.output<typeof language>;
export type Naming = z.output<typeof naming>;
export type Person = z.output<typeof person>;
export type Signatory = z.output<typeof signatory>;

/** The fields an agency may set over the dispatch's. */
type MergeKey = keyof typeof overridable | "archive";
const MERGE_KEYS: readonly MergeKey[] = [...(Object.keys(overridable) as (keyof typeof overridable)[]), "archive"];

/**
 * Mappings whose keys go over the dispatch's one by one: in `fields` a `~` is a value (the template sees it, empty),
 * in `archive` it is none for this agency.
 */
const BY_KEY = { fields: "keep", archive: "drop" } as const satisfies Partial<Record<MergeKey, "keep" | "drop">>;
type ByKey = keyof typeof BY_KEY;

/** Where the dispatch sets each (under `dispatch:`, at the top, or under `sender:`): one place each. */
type DispatchLevel = Pick<z.output<typeof dispatch> & RegistryData & SenderData, MergeKey>;

/** Required where the dispatch level always gives it (a required key, or a default); a mapping merged by key always. */
type Merged = {
  [K in Exclude<MergeKey, ByKey> as undefined extends DispatchLevel[K] ? never : K]: Given<AgencyData[K]> | DispatchLevel[K];
} & {
  [K in Exclude<MergeKey, ByKey> as undefined extends DispatchLevel[K] ? K : never]?: Given<AgencyData[K] | DispatchLevel[K]>;
} & {
  [K in ByKey]: (typeof BY_KEY)[K] extends "keep" ? Given<DispatchLevel[K]> : { [P in keyof Given<DispatchLevel[K]>]?: Given<Given<DispatchLevel[K]>[P]> };
};

/** The sender's own fields an agency may override (department, case_handler): they stay the sender's in the entry. */
type SenderKey = Extract<MergeKey, keyof SenderData>;
const SENDER_KEYS = MERGE_KEYS.filter((key): key is SenderKey => key in sender.shape);

/** The sender's logo: where the image is (absolute; inside the project folder), and what it shows. */
export type Logo = Omit<z.output<typeof logo>, "file"> & {
  path: string;
  /** The project folder the image must stay inside. */
  project: string;
  /** Where `file` sits in the registry, for messages about the image. */
  sourcePath: (string | number)[];
};

/** The sender, with the letterhead in the letter's language, the logo found, and the agency's overrides. */
export type Sender = Omit<SenderData, "letterhead" | "logo" | SenderKey> & Pick<Merged, SenderKey> & { letterhead: string[]; logo?: Logo };

/** The agency the letter goes to. `org_nr`: nine digits without spaces (validated, check digit included). */
export type Recipient = Pick<AgencyData, "id" | "name" | "short_name" | "org_nr"> & { naming: Naming; address: string[] };

/** The journal's details (`archive:`): the dispatch's with the agency's merged over them, key by key. */
export type Archive = Merged["archive"];

export type LetterEntry = Omit<Merged, SenderKey> & {
  dispatchId: string;
  template: string;
  our_ref?: string;
  your_ref?: string;
  sender: Sender;
  agency: Recipient;
  /** Per-agency text that replaces a named template block: Markdown written by the registry's author. */
  blocks: Record<string, string>;
  /** Where this agency's entry sits in the registry, for mapping later errors back to the file. */
  sourcePath: (string | number)[];
};

export interface Dispatch {
  id: string;
  /** The registry file, as messages show it. */
  file: string;
  template: string;
  entries: LetterEntry[];
}

/** One agency's letter entry: the agency's values over the dispatch's, the sender's letterhead in its language. */
export function resolveEntry(data: RegistryData, agency: AgencyData, index: number, logo: Logo | undefined): LetterEntry {
  const merged = overDispatch(data, agency) as Record<string, unknown>;
  const ofSender = Object.fromEntries(SENDER_KEYS.flatMap((key) => (merged[key] === undefined ? [] : [[key, merged[key]]])));
  for (const key of SENDER_KEYS) delete merged[key];
  const { letterhead: letterheads, logo: _file, ...senderData } = data.sender;
  // A letterhead per language; a letter in a language without its own takes the default language's.
  const letterhead = Array.isArray(letterheads) ? letterheads : (letterheads[merged.language as Language] ?? letterheads[DEFAULT_LETTER_LANGUAGE] ?? []);
  return {
    dispatchId: data.dispatch.id,
    template: data.dispatch.template,
    ...(merged as Omit<Merged, SenderKey>),
    ...given({ our_ref: agency.our_ref, your_ref: agency.your_ref }),
    sender: { ...given(senderData), letterhead, ...(logo ? { logo } : {}), ...ofSender } as Sender,
    agency: {
      id: agency.id,
      name: agency.name,
      ...given({ short_name: agency.short_name }),
      naming: agency.naming ?? (agency.short_name ? "name_then_short_name" : "name"),
      address: agency.address ?? [],
      ...given({ org_nr: agency.org_nr === undefined ? undefined : orgNrDigits(agency.org_nr) }),
    },
    blocks: { ...(agency.blocks ?? {}) },
    sourcePath: ["agencies", index],
  };
}

/**
 * The one merge: for each field an agency may override, the agency's value, else the dispatch's. An agency's `~` is
 * none on purpose (an empty list where the dispatch gives a list); a mapping is merged key by key (BY_KEY).
 */
function overDispatch(data: RegistryData, agency: AgencyData): Merged {
  const level: Partial<Record<MergeKey, unknown>> = { ...data.sender, ...data, ...data.dispatch };
  const merged: Record<string, unknown> = {};
  for (const key of MERGE_KEYS) {
    const theirs = level[key];
    const ours = agency[key];
    const byKey = (BY_KEY as Partial<Record<MergeKey, "keep" | "drop">>)[key];
    const value = byKey
      ? byKeys(theirs as Record<string, unknown> | undefined, ours as Record<string, unknown> | undefined, byKey)
      : ours === null
        ? Array.isArray(theirs)
          ? []
          : undefined
        : (ours ?? theirs);
    if (value !== undefined) merged[key] = value;
  }
  return merged as Merged;
}

function byKeys(theirs: Record<string, unknown> | undefined, ours: Record<string, unknown> | undefined, nulls: "keep" | "drop"): Record<string, unknown> {
  const merged = mergeFields(theirs, ours);
  return nulls === "keep" ? merged : Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== null));
}

/** The object without the keys whose value is not given. */
function given<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Given<T[K]> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as { [K in keyof T]?: Given<T[K]> };
}
