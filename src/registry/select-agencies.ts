// Turns `--agency` ids into a filter, refusing ids that no registry has (with a "did you mean").

import { didYouMean } from "../shared/did-you-mean.js";
import { UsageError } from "../shared/errors.js";
import type { LetterEntry } from "./letter-entry.js";
import type { LoadedDispatch } from "./load-dispatches.js";

/** Known ids named in the message; the rest are counted. */
const NAMED = 20;

export function selectAgencies(dispatches: readonly LoadedDispatch[], ids: readonly string[] | undefined): (entry: LetterEntry) => boolean {
  if (!ids) return () => true;
  // An empty selection is a mistake (an empty variable in a script), never "every agency".
  if (ids.length === 0) throw new UsageError("--agency names no agency; name at least one (e.g. -a dss), or leave it out to make every agency's letter");
  // Each id once (an agency is often in several dispatches), in the registries' order.
  const known = [...new Set(dispatches.flatMap((d) => d.dispatch.entries.map((e) => e.agency.id)))];
  const knownSet = new Set(known);
  const unknown = ids.filter((id) => !knownSet.has(id));
  if (unknown.length > 0) {
    const [first] = unknown;
    const suggestion = first ? didYouMean(first, known) : undefined;
    throw new UsageError(
      `unknown agency ${unknown.map((u) => `"${u}"`).join(", ")}${suggestion ? `; did you mean "${suggestion}"?` : `; known: ${known.slice(0, NAMED).join(", ")}${known.length > NAMED ? ` and ${known.length - NAMED} more` : ""}`}`,
    );
  }
  const wanted = new Set(ids);
  return (entry) => wanted.has(entry.agency.id);
}
