// The registry's shape: zod schemas for the YAML a clerk writes. Unknown keys are errors.
import { z } from "zod";
import { type CalendarDate, isLetterDate, parseCalendarDate } from "../shared/calendar-date.js";
import { clip } from "../shared/clip.js";
import { ID } from "../shared/id.js";
import { fieldValues } from "./fields.js";
import { textProblem } from "./text-rules.js";

const MAX_TEXT = 2000;
const MAX_BLOCK = 20000;

/** The message for a value of the wrong kind where text belongs; zod-diagnostics adds the YAML source and a hint. */
export const EXPECTED_TEXT = "expected text";

function textOf(max: number) {
  return z
    .string({ error: EXPECTED_TEXT })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, { error: "must not be empty" })
        .max(max, { error: `is longer than ${max} characters` })
        .superRefine((s, ctx) => {
          const problem = textProblem(s);
          if (problem) ctx.addIssue({ code: "custom", message: problem.message, ...(problem.hint ? { params: { hint: problem.hint } } : {}) });
        }),
    );
}

export const text = textOf(MAX_TEXT);
export const blockText = textOf(MAX_BLOCK);
const lines = z.array(text, { error: "expected a list of lines" });

export const calendarDate = z
  .string({ error: "expected a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `"${clip(String(i.input))}" is not a date; write it as YYYY-MM-DD, e.g. 2020-10-30` })
  .transform((s, ctx): CalendarDate => {
    const parsed = parseCalendarDate(s);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    if (!isLetterDate(parsed)) {
      ctx.addIssue({
        code: "custom",
        message: `${s} is outside the dates a letter can carry: from 1980-01-01 to 2107-12-31, the dates a Word file can record`,
        params: { hint: "check the year" },
      });
      return z.NEVER;
    }
    return parsed;
  });

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
export const fileStem = z
  .string({ error: "expected an id" })
  .regex(ID, {
    error: (issue) => `"${clip(String(issue.input))}" is not a valid id: use lower-case a-z, 0-9 and single hyphens (it becomes a file name)`,
  })
  .max(64, { error: "is longer than 64 characters" })
  .refine((s) => !WINDOWS_RESERVED.test(s), { error: (i) => `"${clip(String(i.input))}" is a reserved file name on Windows` });

/** A block's name, as the template writes it in {{#block "name"}}: letters of any alphabet, digits and hyphens. */
export const blockName = z.string().regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, {
  error: (i) => `"${clip(String(i.input))}" is not a block name: use letters, digits and single hyphens`,
});

export const language = z.enum(["nb", "nn"], { error: 'expected "nb" (bokmål) or "nn" (nynorsk)' });

const yesNo = z.boolean({ error: (i) => (typeof i.input === "string" ? `expected true or false, not "${i.input}"` : "expected true or false") });

export const person = z.strictObject({ name: text, phone: text.optional(), email: text.optional() });

export const signatory = z.strictObject({
  name: text,
  title: text,
  by_authority: yesNo.default(false),
});

const count = z.number({ error: "expected a whole number" }).int({ error: "expected a whole number" }).positive();

/** Fields set for the whole dispatch that any agency may override. */
const overridable = {
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

export const naming = z.enum(["name", "short_name", "name_then_short_name"], {
  error: 'expected "name", "short_name" or "name_then_short_name"',
});

export const agency = z.strictObject({
  id: fileStem,
  name: text,
  short_name: text.optional(),
  naming: naming.optional(),
  /** `~` (null): left empty on purpose, not warned about. */
  address: lines.nullable().optional(),
  our_ref: text.nullable().optional(),
  your_ref: text.nullable().optional(),
  blocks: z.record(blockName, blockText).optional(),
  ...overridable,
});

/** The letterhead's lines, or its lines per language ({ nb: […], nn: […] }) where the written standards differ. */
const letterhead = z.union([lines.min(1, { error: "needs at least one line" }), z.strictObject({ nb: lines.min(1), nn: lines.min(1).optional() })], {
  error: "expected the letterhead's lines, e.g. [DET KONGELIGE, …], or { nb: […], nn: […] }",
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
  org_nr: text.optional(),
  department: text.optional(),
  case_handler: person.optional(),
});

export const dispatch = z.strictObject({
  id: fileStem,
  template: fileStem,
  language: language.default("nb"),
  year: count,
  addendum: count.optional(),
  date: calendarDate,
  deadline: calendarDate.optional(),
  fields: fieldValues.optional(),
});

export const registry = z.strictObject({
  dispatch,
  sender,
  signatories: z.array(signatory).default([]),
  copies: lines.default([]),
  attachments: lines.default([]),
  electronic_signature: yesNo.default(false),
  agencies: z.array(agency).min(1, { error: "needs at least one agency" }),
});

export type RegistryData = z.output<typeof registry>;
export type AgencyData = z.output<typeof agency>;
