// Turns `--agency` ids into a filter, refusing ids that no registry has (with a "did you mean").

import { didYouMean } from "../shared/did-you-mean.js";
import { UsageError } from "../shared/errors.js";
import type { LetterEntry } from "./letter-entry.js";
import type { LoadedDispatch } from "./load-dispatches.js";

export function selectAgencies(dispatches: readonly LoadedDispatch[], ids: readonly string[] | undefined): (entry: LetterEntry) => boolean {
  if (!ids || ids.length === 0) return () => true;
  const known = dispatches.flatMap((d) => d.dispatch.entries.map((e) => e.agency.id));
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const [first] = unknown;
    const suggestion = first ? didYouMean(first, known) : undefined;
    throw new UsageError(
      `unknown agency ${unknown.map((u) => `"${u}"`).join(", ")}${suggestion ? `; did you mean "${suggestion}"?` : `; known: ${known.join(", ")}`}`,
    );
  }
  const wanted = new Set(ids);
  return (entry) => wanted.has(entry.agency.id);
}
