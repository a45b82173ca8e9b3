// Turns `--agency` ids into a filter: ids are matched without regard to case (`-a Kartverket` is kartverket), and an
// id no registry has is refused with the nearest known ids ("did you mean"), or the known ids when none is near.

import { say } from "../i18n/catalogue.js";
import { editDistance } from "../shared/did-you-mean.js";
import { UsageError } from "../shared/errors.js";
import { fixId } from "../shared/id.js";
import type { LetterEntry } from "./letter-entry.js";
import type { LoadedDispatch } from "./load-dispatches.js";

/** Known ids named in the message; the rest are counted. */
const NAMED = 20;
/** Near ids suggested for an unknown one, nearest first. */
const SUGGESTED = 3;

export function selectAgencies(dispatches: readonly LoadedDispatch[], ids: readonly string[] | undefined): (entry: LetterEntry) => boolean {
  if (!ids) return () => true;
  // An empty selection is a mistake (an empty variable in a script), never "every agency".
  if (ids.length === 0) throw new UsageError(say.registry.noAgencyNamed());
  // Each id once (an agency is often in several dispatches), in the registries' order.
  const known = [...new Set(dispatches.flatMap((d) => d.dispatch.entries.map((e) => e.agency.id)))];
  const knownSet = new Set(known);
  // Every id is lower-case (the registry's rule), so an id in capitals means the same agency.
  const wanted = ids.map((id) => id.toLowerCase());
  const unknown = ids.filter((_, i) => !knownSet.has(wanted[i] ?? ""));
  if (unknown.length > 0) {
    const [first] = unknown;
    throw new UsageError(
      say.registry.unknownAgency({
        ids: unknown,
        suggestions: first === undefined ? [] : nearest(first, known),
        known: known.slice(0, NAMED),
        more: Math.max(0, known.length - NAMED),
      }),
    );
  }
  const selected = new Set(wanted);
  return (entry) => selected.has(entry.agency.id);
}

/**
 * The known ids nearest to `id`: the id as the registry would write it (`Kartverket Sør` -> kartverket-sor), then
 * those a few typing mistakes away (at most a third of the id's length), and those it starts (valgdir ->
 * valgdirektoratet; kartverket -> kartverket-sor, kartverket-nord).
 */
function nearest(id: string, known: readonly string[]): string[] {
  const fixed = fixId(id) ?? id.toLowerCase();
  const limit = Math.max(1, Math.floor(fixed.length / 3));
  return known
    .map((k) => ({ k, d: fixed.length >= 3 && k.startsWith(fixed) ? 0.5 : editDistance(fixed, k) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, SUGGESTED)
    .map(({ k }) => k);
}
