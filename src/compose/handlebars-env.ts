// An isolated Handlebars environment with brev's helpers. Data arrives as LiteralText tokens;
// helpers unwrap their arguments, compute, and wrap the result again.
import Handlebars from "handlebars";
import { parseCalendarDate } from "../registry/calendar-date.js";
import type { Language, Naming } from "../registry/letter-entry.js";
import { formatLongDate, formatShortDate } from "./format-date.js";
import { genitive } from "./genitive.js";
import type { LiteralText } from "./literal-text.js";

/** What a render passes to the helpers besides the template context. */
export interface RenderState {
  literal: LiteralText;
  language: Language;
  blocks: Record<string, string>;
  agency: { name: string; shortName?: string; naming: Naming };
  mentioned: boolean;
}

export const KNOWN_HELPERS = ["long-date", "short-date", "genitive", "agency", "block"] as const;

type HelperOptions = Handlebars.HelperOptions & { data: { brev: RenderState } };

export function createHandlebarsEnv(): typeof Handlebars {
  const env = Handlebars.create();
  const state = (options: HelperOptions) => options.data.brev;
  const date = (value: unknown, options: HelperOptions) => {
    const text = state(options).literal.resolve(String(value ?? ""));
    const parsed = parseCalendarDate(text);
    if (typeof parsed === "string") throw new Error(`expected a date, got ${JSON.stringify(text)}`);
    return parsed;
  };

  env.registerHelper("long-date", (value: unknown, options: HelperOptions) =>
    state(options).literal.wrap(formatLongDate(date(value, options), state(options).language)),
  );
  env.registerHelper("short-date", (value: unknown, options: HelperOptions) => state(options).literal.wrap(formatShortDate(date(value, options))));
  env.registerHelper("genitive", (value: unknown, options: HelperOptions) => {
    const { literal } = state(options);
    return literal.wrap(genitive(literal.resolve(String(value ?? ""))));
  });
  // The agency as the running text names it: "Husleietvistutvalget (HTU)" the first time, "HTU" after.
  env.registerHelper("agency", (options: HelperOptions) => {
    const s = state(options);
    const { name, shortName, naming } = s.agency;
    const first = !s.mentioned;
    s.mentioned = true;
    if (!shortName || naming === "name") return s.literal.wrap(name);
    if (naming === "short_name") return s.literal.wrap(shortName);
    return s.literal.wrap(first ? `${name} (${shortName})` : shortName);
  });
  // A named block: the agency's own text when the registry gives one, else the template's default.
  env.registerHelper("block", function (this: unknown, name: unknown, options: HelperOptions) {
    const s = state(options);
    const key = s.literal.resolve(String(name));
    const own = s.blocks[key];
    return own !== undefined ? s.literal.wrap(own) : options.fn(this);
  });
  return env;
}
