// An isolated Handlebars environment with brev's helpers. Data arrives as LiteralText tokens;
// helpers unwrap their arguments, compute, and wrap the result again.
import Handlebars from "handlebars";
import type { Language, Naming } from "../registry/letter-entry.js";
import { parseCalendarDate } from "../shared/calendar-date.js";
import { formatLongDate, formatShortDate } from "./format-date.js";
import { addNumbers, formatNumber, isPlainDecimal } from "./format-number.js";
import { genitive } from "./genitive.js";
import type { LiteralText } from "./literal-text.js";

/** What a render passes to the helpers besides the template context. */
export interface RenderState {
  literal: LiteralText;
  language: Language;
  blocks: Record<string, string>;
  agency: { name: string; short_name?: string; naming: Naming };
  mentioned: boolean;
}

/** How each helper is called; compile-template checks every use against this before any letter is rendered. */
export const HELPERS = {
  "long-date": { params: 1, block: false, usage: "long-date needs a date, e.g. {{long-date date}}" },
  "short-date": { params: 1, block: false, usage: "short-date needs a date, e.g. {{short-date deadline}}" },
  genitive: { params: 1, block: false, usage: "genitive needs a name, e.g. {{genitive (agency)}}" },
  agency: { params: 0, block: false, usage: "agency takes nothing: write {{agency}}" },
  block: { params: 1, block: true, usage: 'block needs a name in quotes and an end, e.g. {{#block "status"}}default text{{/block}}' },
  number: { params: 1, block: false, usage: "number needs a number, e.g. {{number fields.belop}}" },
  kroner: { params: 1, block: false, usage: "kroner needs a number, e.g. {{kroner fields.belop}}" },
  sum: { params: 2, block: false, usage: 'sum needs a list and the name of the number in it, e.g. {{kroner (sum fields.rader "belop")}}' },
} as const;

export type HelperName = keyof typeof HELPERS;
export const KNOWN_HELPERS = Object.keys(HELPERS) as HelperName[];

/** A helper given a value it cannot use; `lineNumber` and `column` are where Handlebars says the call is. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly column: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

type HelperOptions = Handlebars.HelperOptions & { data: { brev: RenderState }; loc?: { start: { line: number; column: number } } };

// Handlebars logs through one shared logger that writes to the console; a template must never print anything
// (a --json run's stdout is one JSON document), so the logger is silenced and the `log` helper removed.
(Handlebars.logger as { level: unknown }).level = "silent";

/**
 * How often {{#each}} may run its body, and how much text those runs may make (values counted at their full length),
 * in one render of a letter's part: three lists of 1000 nested in each other are a billion runs, and a long field
 * printed for each of 1000 rows gigabytes. A letter's longest list is a few hundred rows.
 */
export const MAX_ITERATIONS = 100_000;
export const MAX_ITERATION_TEXT = 2_000_000;

export function createHandlebarsEnv(): typeof Handlebars {
  const env = Handlebars.create();
  env.unregisterHelper("log");
  boundEach(env);
  const state = (options: HelperOptions) => options.data.brev;
  const fail = (name: HelperName, detail: string, options: HelperOptions, hint?: string): never => {
    const at = options.loc?.start ?? { line: 1, column: 0 };
    throw new HelperError(`${HELPERS[name].usage}; ${detail}`, at.line, at.column, hint);
  };
  const date = (name: HelperName, value: unknown, options: HelperOptions) => {
    const text = state(options).literal.resolve(String(value ?? ""));
    const parsed = parseCalendarDate(text);
    if (typeof parsed === "string") return fail(name, `got ${JSON.stringify(text)}`, options);
    return parsed;
  };

  env.registerHelper("long-date", (value: unknown, options: HelperOptions) =>
    state(options).literal.wrap(formatLongDate(date("long-date", value, options), state(options).language)),
  );
  env.registerHelper("short-date", (value: unknown, options: HelperOptions) =>
    state(options).literal.wrap(formatShortDate(date("short-date", value, options))),
  );
  env.registerHelper("genitive", (value: unknown, options: HelperOptions) => {
    const { literal } = state(options);
    if (typeof value !== "string" && typeof value !== "number") return fail("genitive", "got nothing to put in the genitive", options);
    return literal.wrap(genitive(literal.resolve(String(value))));
  });
  // The agency as the running text names it: "Husleietvistutvalget (HTU)" the first time, "HTU" after.
  env.registerHelper("agency", (options: HelperOptions) => {
    const s = state(options);
    const { name, short_name: shortName, naming } = s.agency;
    const first = !s.mentioned;
    s.mentioned = true;
    if (!shortName || naming === "name") return s.literal.wrap(name);
    if (naming === "short_name") return s.literal.wrap(shortName);
    return s.literal.wrap(first ? `${name} (${shortName})` : shortName);
  });
  // A named block: the agency's own text when the registry gives one, else the template's default. The agency's text
  // is Markdown (paragraphs, lists, tables, bold), written by the registry's author; it is never run as template code.
  env.registerHelper("block", function (this: unknown, name: unknown, options: HelperOptions) {
    const s = state(options);
    const key = s.literal.resolve(String(name));
    const own = s.blocks[key];
    return own !== undefined ? own : options.fn(this);
  });
  const numberText = (name: HelperName, value: unknown, options: HelperOptions): string => {
    const text = typeof value === "string" || typeof value === "number" ? state(options).literal.resolve(String(value)) : "";
    if (!isPlainDecimal(text))
      return fail(
        name,
        `got ${typeof value === "object" && value !== null ? "a list or group" : JSON.stringify(text)}`,
        options,
        "write the number in the registry in digits, e.g. belop: 3500000 or belop: 12.5 (no spaces, no kr)",
      );
    return text;
  };
  env.registerHelper("number", (value: unknown, options: HelperOptions) =>
    state(options).literal.wrap(formatNumber(numberText("number", value, options)) ?? ""),
  );
  env.registerHelper("kroner", (value: unknown, options: HelperOptions) =>
    state(options).literal.wrap(`${formatNumber(numberText("kroner", value, options)) ?? ""} kroner`),
  );
  env.registerHelper("sum", (list: unknown, key: unknown, options: HelperOptions) => {
    if (!Array.isArray(list)) return fail("sum", "the first argument is not a list", options);
    const name = state(options).literal.resolve(String(key));
    const values = Array.from(list as unknown[], (item) => numberText("sum", ownField(item, name), options));
    return state(options).literal.wrap(addNumbers(values));
  });
  // Handlebars' own lookup gives nothing for a name the data lacks, and strict mode does not check a helper: a
  // misspelt name, or one every object inherits ("constructor", "__proto__"), would print nothing. brev's lookup
  // takes only a field the group or list itself has, and otherwise fails as strict mode does, naming it.
  env.registerHelper("lookup", function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as HelperOptions;
    const at = options.loc?.start ?? { line: 1, column: 0 };
    if (args.length !== 3) throw new HelperError('lookup needs a group or list and a name, e.g. {{lookup fields "belop"}}', at.line, at.column);
    const name = state(options).literal.resolve(String(args[1]));
    const value = ownField(args[0], name);
    // Shaped as Handlebars' own strict-mode error, so it is reported (with "did you mean") as every missing field is.
    if (value === undefined) throw Object.assign(new Error(`"${name}" not defined in lookup`), { lineNumber: at.line, column: at.column });
    return value;
  });
  return env;
}

/** What the {{#each}} blocks of one render have done so far, per render (RenderState is made afresh for each). */
const work = new WeakMap<RenderState, { runs: number; text: number }>();

/** Handlebars' own each, its body counted: past either limit the render stops with a template error at the each. */
function boundEach(env: typeof Handlebars): void {
  const each = env.helpers.each as (this: unknown, context: unknown, options: Handlebars.HelperOptions) => string;
  env.registerHelper("each", function (this: unknown, context: unknown, options: HelperOptions) {
    const brev = options.data.brev;
    const done = work.get(brev) ?? { runs: 0, text: 0 };
    work.set(brev, done);
    const at = options.loc?.start ?? { line: 1, column: 0 };
    const fn = options.fn;
    const counted = (item: unknown, runOptions?: Handlebars.RuntimeOptions) => {
      const text = fn(item, runOptions);
      done.text += brev.literal.resolvedLength(text);
      if (++done.runs > MAX_ITERATIONS || done.text > MAX_ITERATION_TEXT)
        throw new HelperError(
          `the {{#each}} blocks here run more than ${MAX_ITERATIONS.toLocaleString("en")} times or make more than ${MAX_ITERATION_TEXT.toLocaleString("en")} characters for one letter`,
          at.line,
          at.column,
          "a letter cannot be that long; do not put an {{#each}} over a long list inside another {{#each}}",
        );
      return text;
    };
    return each.call(this, context, Object.assign({}, options, { fn: Object.assign(counted, fn) }));
  });
}

/** A field a group or list has itself (never an inherited name, nor the text brev gives it when printed). */
function ownField(data: unknown, name: string): unknown {
  if (data === null || typeof data !== "object") return undefined;
  return Object.prototype.propertyIsEnumerable.call(data, name) ? (data as Record<string, unknown>)[name] : undefined;
}
