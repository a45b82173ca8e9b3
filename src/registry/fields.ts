// Per-agency data (`fields:`): any YAML scalars, lists and maps, for templates to print and loop over. Checked without
// recursion (a hostile file may nest deeply): at most a few levels deep, names a template can use, every text
// passing the same character rules as the registry's other text, and every number written as plain decimal digits,
// kept as the registry writes them (ExactNumber), never passed through a JavaScript number.
import { z } from "zod";
import { type Said, say } from "../i18n/catalogue.js";
import { clip } from "../shared/clip.js";
import { coded } from "./coded-message.js";
import { textProblem } from "./text-rules.js";

/** A field's name: letters (any alphabet), digits, "_" and "-", starting with a letter or "_". */
export const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const MAX_DEPTH = 6;
const MAX_TEXT = 20_000;

/**
 * A number in `fields`, as the registry writes it: "12.50" stays "12.50" and 9007199254740993 keeps its last digit (a
 * JavaScript number would give 12.5 and …992). `value` is what YAML reads it as, for the checks that need a number.
 */
export class ExactNumber {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}

  toString(): string {
    return this.text;
  }
}

/**
 * A number as letters print it: digits, perhaps a minus and a decimal point with digits after it, and no leading zero
 * ("0", "0.5", "12", not "0012"): a number printed drops such zeros, so a code written that way (a postal code, a
 * reference) would not reach the letter as the registry holds it. The one rule for `fields` and the number helpers
 * (compose/format-number.ts); the groups are the minus, the whole digits and the decimals.
 */
export const PLAIN_DECIMAL = /^(-)?(0|[1-9]\d*)(?:\.(\d+))?$/;
const LEADING_ZERO = /^-?0\d+(\.\d+)?$/;

export const fieldValues = z.record(
  z.string().regex(FIELD_NAME, { error: (i) => coded(say.registry.badFieldName({ name: String(i.input) })) }),
  z.unknown().superRefine((value, ctx) => {
    const stack: [unknown, (string | number)[], number][] = [[value, [], 1]];
    while (stack.length > 0) {
      const [v, path, depth] = stack.pop() as [unknown, (string | number)[], number];
      const fail = (said: Said) => ctx.addIssue({ code: "custom", path, message: coded(said) });
      if (typeof v === "string") {
        const problem = v.length > MAX_TEXT ? say.registry.longerThan({ max: MAX_TEXT }) : textProblem(v, { allowEmpty: true });
        if (problem) fail(problem);
      } else if (v instanceof ExactNumber) {
        if (v.text.length > MAX_TEXT) fail(say.registry.longerThan({ max: MAX_TEXT }));
        else if (LEADING_ZERO.test(v.text)) fail(say.registry.leadingZero({ text: clip(v.text) }));
        else if (!PLAIN_DECIMAL.test(v.text)) fail(say.registry.notDigits({ text: clip(v.text) }));
      } else if (typeof v === "number") {
        if (!Number.isFinite(v)) fail(say.registry.notShowableNumber());
      } else if (typeof v === "boolean" || v === null) {
        // yes/no values and empty fields are fine: templates test them with {{#if}}.
      } else if (depth > MAX_DEPTH) {
        fail(say.registry.fieldTooDeep({ max: MAX_DEPTH }));
      } else if (Array.isArray(v)) {
        for (const [i, item] of v.entries()) stack.push([item, [...path, i], depth + 1]);
      } else if (typeof v === "object") {
        for (const [key, item] of Object.entries(v)) {
          if (!FIELD_NAME.test(key)) fail(say.registry.badFieldName({ name: key }));
          else stack.push([item, [...path, key], depth + 1]);
        }
      } else fail(say.registry.notAYamlValue());
    }
  }),
);

/** The dispatch's fields with the agency's merged over them, key by key. */
export function mergeFields(dispatch: Record<string, unknown> | undefined, agency: Record<string, unknown> | undefined): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const source of [dispatch ?? {}, agency ?? {}]) {
    // defineProperty: a key named "__proto__" (it cannot pass FIELD_NAME, but stay safe) stays a plain key.
    for (const [key, value] of Object.entries(source)) Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}
