// The registry's shape: zod schemas for the YAML a clerk writes. Unknown keys are errors.
import { z } from "zod";
import { type Said, say } from "../i18n/catalogue.js";
import { DEFAULT_LETTER_LANGUAGE, type LetterLanguageCode, letterLanguageChoices, letterLanguageCodes } from "../model/languages.js";
import { type CalendarDate, isLetterDate, parseCalendarDate } from "../shared/calendar-date.js";
import { clip } from "../shared/clip.js";
import { fixId, ID, MAX_ID_LENGTH } from "../shared/id.js";
import { coded } from "./coded-message.js";
import { fieldValues } from "./fields.js";
import { orgNrProblem } from "./org-nr.js";
import { textProblem } from "./text-rules.js";

const MAX_TEXT = 2000;
const MAX_BLOCK = 20000;

function textOf(max: number, empty: () => Said = () => say.registry.mustNotBeEmpty()) {
  return z
    .string({ error: () => coded(say.registry.expectedText()) })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, { error: () => coded(empty()) })
        .max(max, { error: () => coded(say.registry.longerThan({ max })) })
        .superRefine((s, ctx) => {
          const problem = textProblem(s);
          if (problem) ctx.addIssue({ code: "custom", message: coded(problem) });
        }),
    );
}

export const text = textOf(MAX_TEXT);
export const blockText = textOf(MAX_BLOCK);
/** A case reference: empty is a reference not filled in yet (as `brev new` leaves it); `~` is none on purpose. */
const reference = textOf(MAX_TEXT, () => say.registry.emptyReference());
const lines = z.array(text, { error: () => coded(say.registry.expectedLines()) });

export const calendarDate = z
  .string({ error: () => coded(say.registry.expectedDate()) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => coded(say.registry.notADate({ input: clip(String(i.input)) })) })
  .transform((s, ctx): CalendarDate => {
    const parsed = parseCalendarDate(s);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: coded(say.registry.impossibleDate({ detail: parsed })) });
      return z.NEVER;
    }
    if (!isLetterDate(parsed)) {
      ctx.addIssue({ code: "custom", message: coded(say.registry.dateOutOfRange({ date: s })) });
      return z.NEVER;
    }
    return parsed;
  });

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
export const fileStem = z
  .string({ error: () => coded(say.registry.expectedId()) })
  .regex(ID, { error: (issue) => coded(say.registry.badId({ input: clip(String(issue.input)), fixed: fixId(String(issue.input)) })) })
  .max(MAX_ID_LENGTH, { error: () => coded(say.registry.longerThan({ max: MAX_ID_LENGTH })) })
  .refine((s) => !WINDOWS_RESERVED.test(s), { error: (i) => coded(say.registry.reservedName({ input: clip(String(i.input)) })) });

/** A block's name, as the template writes it in {{#block "name"}}: letters of any alphabet, digits and hyphens. */
export const blockName = z.string().regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, {
  error: (i) => coded(say.registry.badBlockName({ input: clip(String(i.input)) })),
});

/** The letters' languages, as the letter-language table has them. */
export const language = z.enum(letterLanguageCodes(), { error: () => coded(say.registry.expectedLanguage({ choices: letterLanguageChoices() })) });

const yesNo = z.boolean({ error: (i) => coded(say.registry.expectedYesNo({ input: typeof i.input === "string" ? clip(i.input) : undefined })) });

export const person = z.strictObject({ name: text, phone: text.optional(), email: text.optional() });

export const signatory = z.strictObject({
  name: text,
  title: text,
  by_authority: yesNo.default(false),
});

/** An organisation number: nine digits, with spaces or without, and a valid check digit; kept as written. */
export const orgNr = text.pipe(
  z.string().superRefine((s, ctx) => {
    const problem = orgNrProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: coded(problem) });
  }),
);

/**
 * What the case and archive system journals a letter by, and the letter does not show (the arkivmelding, journal.csv):
 * set for the dispatch, and an agency's own keys go before the dispatch's, key by key (`~`: none for this agency).
 */
export const archive = z.strictObject({
  /** The case system's name, e.g. Elements, Public 360, ePhorte, WebSak. */
  system: text.nullable().optional(),
  journalenhet: text.nullable().optional(),
  /** The document type; "Utgående brev" unless given. */
  dokumenttype: text.nullable().optional(),
  /** The title in the public journal (eInnsyn), when not the letter's own. */
  public_title: text.nullable().optional(),
  /** The legal basis for exempting the letter in part, e.g. "Offl. § 13 jf. fvl. § 13". */
  screening: text.nullable().optional(),
});

const count = z
  .number({ error: () => coded(say.registry.expectedWholeNumber()) })
  .int({ error: () => coded(say.registry.expectedWholeNumber()) })
  .positive();

/**
 * Fields set for the whole dispatch (under `dispatch:`, at the top, or under `sender:`) that any agency may override:
 * each letter's entry takes the agency's value over the dispatch's (letter-entry.ts, one merge for them all).
 */
export const overridable = {
  date: calendarDate.optional(),
  deadline: calendarDate.optional(),
  addendum: count.optional(),
  year: count.optional(),
  language: language.optional(),
  /** `~` (null): none, on purpose (not warned about, and not taken from the dispatch). */
  signatories: z.array(signatory).nullable().optional(),
  copies: lines.optional(),
  attachments: lines.optional(),
  electronic_signature: yesNo.optional(),
  department: text.optional(),
  case_handler: person.optional(),
  /** Data for the template (`{{fields.name}}`): the agency's are merged over the dispatch's, key by key. */
  fields: fieldValues.optional(),
};

const NAMINGS = ["name", "short_name", "name_then_short_name"] as const;
export const naming = z.enum(NAMINGS, { error: () => coded(say.registry.expectedNaming({ choices: [...NAMINGS] })) });

export const agency = z.strictObject({
  id: fileStem,
  name: text,
  short_name: text.optional(),
  naming: naming.optional(),
  /** `~` (null): left empty on purpose, not warned about. */
  address: lines.nullable().optional(),
  our_ref: reference.nullable().optional(),
  your_ref: reference.nullable().optional(),
  blocks: z.record(blockName, blockText).optional(),
  org_nr: orgNr.optional(),
  archive: archive.optional(),
  ...overridable,
});

/**
 * The letterhead's lines, or its lines per language ({ nb: […], nn: […] }) where the written standards differ: the
 * default language's required, each other's optional (a letter in it without its own takes the default's).
 */
const oneLine = { error: () => coded(say.registry.needsOneLine()) };
const letterheadLines = () => lines.min(1, oneLine);
const letterheadPerLanguage = Object.fromEntries(
  letterLanguageCodes().map((code) => [code, code === DEFAULT_LETTER_LANGUAGE ? letterheadLines() : letterheadLines().optional()]),
) as { [K in LetterLanguageCode]: z.ZodOptional<ReturnType<typeof letterheadLines>> };
const letterhead = z.union([letterheadLines(), z.strictObject(letterheadPerLanguage)], {
  error: () => coded(say.registry.expectedLetterhead()),
});

/** The sender's logo (the coat of arms): an image file next to the registry, and what it shows, in words. */
export const logo = z.strictObject({ file: text, alt: text });

export const sender = z.strictObject({
  name: text,
  short_name: text,
  letterhead,
  logo: logo.optional(),
  postal_address: lines.default([]),
  office_address: lines.default([]),
  email: text.optional(),
  web: text.optional(),
  phone: text.optional(),
  org_nr: orgNr.optional(),
  department: text.optional(),
  case_handler: person.optional(),
});

export const dispatch = z.strictObject({
  id: fileStem,
  template: fileStem,
  language: language.default(DEFAULT_LETTER_LANGUAGE),
  year: count,
  addendum: count.optional(),
  date: calendarDate,
  deadline: calendarDate.optional(),
  fields: fieldValues.optional(),
  archive: archive.optional(),
});

export const registry = z.strictObject({
  dispatch,
  sender,
  signatories: z.array(signatory).default([]),
  copies: lines.default([]),
  attachments: lines.default([]),
  electronic_signature: yesNo.default(false),
  agencies: z.array(agency).min(1, { error: () => coded(say.registry.needsOneAgency()) }),
});

export type RegistryData = z.output<typeof registry>;
export type AgencyData = z.output<typeof agency>;
export type ArchiveData = z.output<typeof archive>;
