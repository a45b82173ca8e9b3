// What to say about a field a template asks for that the letter does not have: the path as the template writes it
// ("agency.navn"), and either the field meant ("agency.name"), or what the group asked has ("agency has: id, name, …").
// The names a template can use are the registry's own, in English; a clerk writing Norwegian reaches first for the
// Norwegian word, so the few common ones are read as the field they name (FIELD_WORDS).
import { type Said, say } from "../i18n/catalogue.js";
import { didYouMean } from "../shared/did-you-mean.js";
import type { FieldMiss } from "./handlebars-env.js";

/**
 * Norwegian words (bokmål and nynorsk) for the fields every letter's template context has (compose-letter.ts,
 * templateContext), and only those: a word is read as its field only where that field is there to suggest.
 */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  navn: "name",
  namn: "name",
  kortnavn: "short_name",
  kortnamn: "short_name",
  frist: "deadline",
  svarfrist: "deadline",
  dato: "date",
  år: "year",
  aar: "year",
  språk: "language",
  målform: "language",
  tillegg: "addendum",
  avsender: "sender",
  avsendar: "sender",
  mottaker: "agency",
  mottakar: "agency",
  virksomhet: "agency",
  verksemd: "agency",
  avdeling: "department",
  utsending: "dispatch",
  felt: "fields",
  var_ref: "our_ref",
  vår_ref: "our_ref",
  deres_ref: "your_ref",
  dykkar_ref: "your_ref",
};

/** Fields a letter has only when the registry gives them: missing, they are said as not given, not as unknown. */
const OPTIONAL = new Set(["our_ref", "your_ref", "deadline", "addendum", "agency.short_name", "sender.short_name", "sender.department"]);

/** Where a bare name is looked for besides the group it was asked of, in this order. */
const GROUPS = ["fields", "agency", "sender", "dispatch", "blocks"];

/** Names listed in a hint, at most; the rest are counted. */
const LISTED = 24;

type Group = Record<string, unknown>;

const isGroup = (v: unknown): v is Group => v !== null && typeof v === "object" && !Array.isArray(v);
const keysOf = (v: unknown): string[] => (isGroup(v) ? Object.keys(v) : []);

/** One step of a path, read as written, as a Norwegian word for a field, or as a near miss of one that is there. */
function step(group: unknown, name: string, near: boolean): string | undefined {
  const keys = keysOf(group);
  if (keys.includes(name)) return name;
  const word = FIELD_WORDS[name.toLowerCase()];
  if (word !== undefined && keys.includes(word)) return word;
  // A name of one or two letters is near every short name: only a longer one is read as a near miss.
  return near && name.length > 2 ? didYouMean(name, keys) : undefined;
}

/** The rest of a path after a step that was fixed, each step read as `step` reads it; undefined if one is not there. */
function rest(value: unknown, steps: readonly string[]): string[] | undefined {
  const out: string[] = [];
  let at = value;
  for (const name of steps) {
    const found = step(at, name, true);
    if (found === undefined) return undefined;
    out.push(found);
    at = (at as Group)[found];
  }
  return out;
}

/** Splits a written path into what it starts from ("../", "this.", "@root.") and its steps. */
function splitPath(written: string): { start: string; steps: string[] } {
  const start = /^(?:@root[./]|(?:\.\.\/)+|this[./]|\.\/)?/.exec(written)?.[0] ?? "";
  const steps = written
    .slice(start.length)
    .split(/[./]/)
    .filter((s) => s !== "");
  return { start, steps };
}

/**
 * The words for a field the template asked for that this letter lacks. `context` is the letter's template context
 * (the data as wrapped for the template), `pathOf` where a value of it is ("agency", "" for the letter itself).
 */
export function unknownFieldSaid(miss: FieldMiss, context: Group, pathOf: (value: unknown) => string | undefined): Said {
  const parentPath = pathOf(miss.parent);
  const written = miss.written ?? (parentPath ? `${parentPath}.${miss.name}` : miss.name);
  const { start, steps } = splitPath(written);
  // The step that failed: the one whose steps before it lead, from the letter, to the group it was asked of. A path
  // that starts elsewhere (inside {{#each}}, or with ../) is read in its group alone.
  const rootedAt = steps.findIndex((s, i) => s === miss.name && steps.slice(0, i).join(".") === parentPath);
  const rooted = rootedAt >= 0 && (start === "" || start.startsWith("@root")) && parentPath !== undefined;
  const index = rooted ? rootedAt : steps.lastIndexOf(miss.name);
  const before = index >= 0 ? steps.slice(0, index) : [];
  const after = index >= 0 ? steps.slice(index + 1) : [];
  const of = before.length > 0 ? `${start}${before.join(".")}` : rooted ? "" : (parentPath ?? "");
  const said = (hint: Parameters<typeof say.compose.unknownField>[0]["hint"]) => say.compose.unknownField({ path: written, hint });

  if (typeof miss.parent === "string" || typeof miss.parent === "number") return said({ kind: "text", of });
  if (Array.isArray(miss.parent)) return said({ kind: "list", of });
  if (!isGroup(miss.parent)) return said({ kind: "none" });
  const full = [...before, miss.name].join(".");
  if (rooted && after.length === 0 && OPTIONAL.has(full)) return said({ kind: "notGiven", path: `${start}${full}` });

  // In the group it was asked of: a Norwegian word, or a near miss.
  const local = step(miss.parent, miss.name, true);
  const localRest = local === undefined ? undefined : rest(miss.parent[local], after);
  if (local !== undefined && localRest) return said({ kind: "meant", path: [`${start}${[...before, local].join(".")}`, ...localRest].join("."), given: true });

  // Written from the letter itself: the same name (or its field) in another group, or in the letter, or a near miss.
  if (rooted) {
    const word = FIELD_WORDS[miss.name.toLowerCase()];
    const places: [string, unknown][] = [["", context], ...GROUPS.map((g) => [g, context[g]] as [string, unknown])];
    for (const [group, value] of places) {
      if (group === parentPath) continue;
      const found = step(value, miss.name, false);
      const more = found === undefined ? undefined : rest((value as Group)[found], after);
      if (found !== undefined && more) return said({ kind: "meant", path: [`${start}${group ? `${group}.` : ""}${found}`, ...more].join("."), given: true });
    }
    // A field every letter can have, but this one does not: meant, and said to be missing from the registry.
    for (const [group] of places) {
      const optional = word !== undefined && after.length === 0 ? [group, word].filter(Boolean).join(".") : undefined;
      if (optional !== undefined && OPTIONAL.has(optional)) return said({ kind: "meant", path: `${start}${optional}`, given: false });
    }
    const leaves = places.flatMap(([group, value]) => keysOf(value).map((k) => (group ? `${group}.${k}` : k)));
    const leaf = (p: string) => p.split(".").pop() ?? p;
    const near = miss.name.length > 2 ? didYouMean(miss.name, leaves.map(leaf)) : undefined;
    const meant = near === undefined ? undefined : leaves.find((p) => leaf(p) === near && p !== full);
    const meantRest =
      meant === undefined
        ? undefined
        : rest(
            meant.split(".").reduce<unknown>((v, k) => (v as Group)[k], context),
            after,
          );
    if (meant !== undefined && meantRest) return said({ kind: "meant", path: [`${start}${meant}`, ...meantRest].join("."), given: true });
  }

  const fields = keysOf(miss.parent);
  if (fields.length === 0) return said({ kind: "empty", of });
  return said({ kind: "fields", of, fields: fields.slice(0, LISTED), more: Math.max(0, fields.length - LISTED) });
}
