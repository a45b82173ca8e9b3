// An isolated Handlebars environment with brev's helpers. Data arrives as LiteralText tokens;
// helpers unwrap their arguments, compute, and wrap the result again.
import Handlebars from "handlebars";
import { type Said, say } from "../i18n/catalogue.js";
import type { Got } from "../i18n/en/compose.js";
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
  /** Fields the template asked for that the data lacks, in the order met; the render goes on without them. */
  misses: FieldMiss[];
}

/** Where Handlebars says something is in the part of the template it compiled (line from 1, column from 0). */
export interface PartLocation {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/**
 * A field the template asked for that the data does not have: its name, the group (or text, or list) it was asked
 * of, and where. compile-template adds where that is in the template file and the path as the template writes it.
 */
export interface FieldMiss {
  name: string;
  parent: unknown;
  loc: PartLocation | undefined;
  /** Asked with {{lookup …}}: the template names the group, not the whole path. */
  lookup?: boolean;
  line?: number;
  col?: number;
  /** The path as written in the template ("agency.navn"); undefined for a lookup. */
  written?: string;
}

/**
 * What a missing field gives while the render goes on to find the next: every field, an empty text when printed,
 * nothing to go through in {{#each}}. Never in a letter: a letter with a missing field is not made.
 */
export const MISSING: object = new Proxy(Object.create(null) as object, {
  has: () => true,
  get: (_target, key) => (key === "toString" ? () => "" : typeof key === "symbol" ? undefined : MISSING),
  getOwnPropertyDescriptor: (_target, key) =>
    typeof key === "symbol" ? undefined : { value: MISSING, enumerable: false, configurable: true, writable: false },
});

/** How each helper is called; compile-template checks every use against this before any letter is rendered. */
export const HELPERS = {
  "long-date": { params: 1, block: false },
  "short-date": { params: 1, block: false },
  genitive: { params: 1, block: false },
  agency: { params: 0, block: false },
  block: { params: 1, block: true },
  number: { params: 1, block: false },
  kroner: { params: 1, block: false },
  sum: { params: 2, block: false },
} as const;

export type HelperName = keyof typeof HELPERS;
export const KNOWN_HELPERS = Object.keys(HELPERS) as HelperName[];

/** A helper given a value it cannot use; `lineNumber` and `column` are where Handlebars says the call is. */
export class HelperError extends Error {
  constructor(
    readonly said: Said,
    readonly lineNumber: number,
    readonly column: number,
  ) {
    super(said.message);
  }
}

/** The check brev's compiler puts on every step of a path ("agency", then "navn"): a name no template can call. */
const FIELD_CHECK = "brev field";
/** What a step of a path only asked about ({{#if a.b}}) is taken from: the value if it is a group, else nothing. */
const GROUP_OR_NONE = "brev group";
const NONE: object = Object.freeze(Object.create(null) as object);

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
  strictEveryStep(env);
  boundEach(env);
  const state = (options: HelperOptions) => options.data.brev;
  const fail = (name: HelperName, got: Got, options: HelperOptions): never => {
    const at = options.loc?.start ?? { line: 1, column: 0 };
    throw new HelperError(say.compose.helperGot({ helper: name, ...got }), at.line, at.column);
  };
  const date = (name: HelperName, value: unknown, options: HelperOptions) => {
    const text = state(options).literal.resolve(String(value ?? ""));
    const parsed = parseCalendarDate(text);
    if (typeof parsed === "string") return fail(name, { got: "text", text }, options);
    return parsed;
  };

  // A field already said to be missing gives nothing more to say: the helpers print nothing for it.
  // Handlebars hands every helper's last argument (the options it expects there) a lookupProperty of its own: the
  // calls brev's compiler makes end with an empty object for it.
  env.registerHelper(FIELD_CHECK, (parent: unknown, name: string, loc: PartLocation | undefined, data: { brev?: RenderState } | undefined) => {
    if (parent === MISSING || hasOwnValue(parent, name)) return parent;
    const brev = data?.brev;
    // Shaped as Handlebars' own strict-mode error, for a render without brev's state (never in brev itself).
    if (!brev) throw Object.assign(new Error(`"${name}" not defined in ${String(parent)}`), { lineNumber: loc?.start.line, column: loc?.start.column });
    brev.misses.push({ name, parent, loc });
    const stand: Record<string, unknown> = Object.create(null);
    Object.defineProperty(stand, name, { value: MISSING, enumerable: true });
    return stand;
  });

  env.registerHelper(GROUP_OR_NONE, (value: unknown) => (value !== null && typeof value === "object" ? value : NONE));

  env.registerHelper("long-date", (value: unknown, options: HelperOptions) =>
    value === MISSING ? "" : state(options).literal.wrap(formatLongDate(date("long-date", value, options), state(options).language)),
  );
  env.registerHelper("short-date", (value: unknown, options: HelperOptions) =>
    value === MISSING ? "" : state(options).literal.wrap(formatShortDate(date("short-date", value, options))),
  );
  env.registerHelper("genitive", (value: unknown, options: HelperOptions) => {
    const { literal } = state(options);
    if (value === MISSING) return "";
    if (typeof value !== "string" && typeof value !== "number") return fail("genitive", { got: "nothing" }, options);
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
    if (!isPlainDecimal(text)) return fail(name, typeof value === "object" && value !== null ? { got: "group" } : { got: "number", text }, options);
    return text;
  };
  env.registerHelper("number", (value: unknown, options: HelperOptions) =>
    value === MISSING ? "" : state(options).literal.wrap(formatNumber(numberText("number", value, options)) ?? ""),
  );
  // "kroner" is a word of the letter, in both standards, not of brev's interface.
  env.registerHelper("kroner", (value: unknown, options: HelperOptions) =>
    value === MISSING ? "" : state(options).literal.wrap(`${formatNumber(numberText("kroner", value, options)) ?? ""} kroner`),
  );
  env.registerHelper("sum", (list: unknown, key: unknown, options: HelperOptions) => {
    if (list === MISSING) return "";
    if (!Array.isArray(list)) return fail("sum", { got: "notAList" }, options);
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
    if (args.length !== 3) throw new HelperError(say.compose.lookupUsage(), at.line, at.column);
    if (args[0] === MISSING) return MISSING;
    const name = state(options).literal.resolve(String(args[1]));
    const value = ownField(args[0], name);
    if (value !== undefined || hasOwnValue(args[0], name)) return value;
    // Said as every missing field is (with "did you mean"), after the render has gone on to find the others.
    state(options).misses.push({ name, parent: args[0], loc: options.loc as PartLocation | undefined, lookup: true });
    return MISSING;
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
        throw new HelperError(say.compose.eachTooMuch({ runs: MAX_ITERATIONS, characters: MAX_ITERATION_TEXT }), at.line, at.column);
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

/** Whether a group has the field itself, also when its value is empty (null in the registry). */
function hasOwnValue(data: unknown, name: string): boolean {
  return data !== null && typeof data === "object" && Object.prototype.propertyIsEnumerable.call(data, name);
}

type Source = unknown;
interface JsCompiler {
  options: { strict?: boolean };
  source: { currentLocation?: unknown };
  popStack(): Source;
  push(expr: Source): void;
  quotedString(text: string): Source;
  aliasable(name: string): Source;
  nameLookup(parent: Source, name: string, type: string): Source;
  resolvePath(type: string, parts: string[], start: number, falsy: boolean, strict: boolean): void;
}

/**
 * Handlebars' strict mode checks only the last step of a path, and a path only asked about crashed on a missing step
 * ({{#if fields.a.b}} read "b" of nothing): {{virksomhet.navn}} failed on "navn", in "undefined",
 * and {{a.b.c}} with no `a` crashed. brev's compiler checks every step where strict mode checks the last, with
 * brev's own check (FIELD_CHECK), which notes a missing field and lets the render go on, so that every missing field
 * of a letter is found in one render, each with the group it was asked of. Handlebars' own lookup then takes the
 * value, with its guards against inherited names.
 */
function strictEveryStep(env: typeof Handlebars): void {
  const holder = env as unknown as { JavaScriptCompiler: new (...args: unknown[]) => JsCompiler };
  const Base = holder.JavaScriptCompiler;
  function StrictCompiler(this: JsCompiler, ...args: unknown[]) {
    Base.apply(this, args as []);
  }
  StrictCompiler.prototype = Object.create(Base.prototype) as JsCompiler;
  Object.assign(StrictCompiler.prototype, {
    compiler: StrictCompiler,
    resolvePath(this: JsCompiler, type: string, parts: string[], start: number, falsy: boolean, strict: boolean) {
      if (!this.options.strict) return Base.prototype.resolvePath.call(this, type, parts, start, falsy, strict);
      let stack = this.popStack();
      // Asked only whether it is there ({{#if fields.a.b}}): each step from a group, nothing from anything else.
      if (!strict) {
        for (let i = start; i < parts.length; i++)
          stack = this.nameLookup([`helpers[${JSON.stringify(GROUP_OR_NONE)}](`, stack, ", {})"], parts[i] ?? "", type);
        this.push(stack);
        return;
      }
      const loc = JSON.stringify(this.source.currentLocation ?? null);
      for (let i = start; i < parts.length; i++) {
        const name = this.quotedString(parts[i] ?? "");
        stack = [
          this.aliasable("container.strict"),
          "(",
          `helpers[${JSON.stringify(FIELD_CHECK)}](`,
          stack,
          ", ",
          name,
          ", ",
          loc,
          ", data, {}), ",
          name,
          ", ",
          loc,
          ")",
        ];
      }
      this.push(stack);
    },
  });
  holder.JavaScriptCompiler = StrictCompiler as unknown as new (...args: unknown[]) => JsCompiler;
}
