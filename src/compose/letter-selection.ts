// Which letters of the registries a run makes, said as data: the agencies named (`--agency`), a shard of the run, and
// the letters named one by one (`brev adopt`'s files). Every part left out selects everything.
import type { LetterEntry } from "../registry/letter-entry.js";
import type { BrokenRegistry, LoadedDispatch } from "../registry/load-dispatches.js";
import { selectAgencies } from "../registry/select-agencies.js";
import { inShard, type Shard } from "../registry/shard.js";
import { InvalidInputError, UsageError } from "../shared/errors.js";

export interface Selection {
  /** Agency ids, matched as `--agency` matches them; an id no registry has is a usage error. */
  agencies?: readonly string[];
  shard?: Shard;
  /** Only these letters (a dispatch's id and an agency's). */
  letters?: readonly { dispatch: string; agency: string }[];
}

/** The selection as a test of a letter entry, checked against the registries that loaded. */
export function selectedBy(selection: Selection, dispatches: readonly LoadedDispatch[], broken: readonly BrokenRegistry[]): (entry: LetterEntry) => boolean {
  const { agencies, shard, letters } = selection;
  let byAgency: (entry: LetterEntry) => boolean;
  try {
    byAgency = selectAgencies(dispatches, agencies);
  } catch (e) {
    // An agency that only a broken registry has is not known: its registry's errors say why, not "unknown agency".
    if (e instanceof UsageError && broken.length > 0 && (agencies?.length ?? 0) > 0) throw new InvalidInputError(broken.flatMap((b) => b.errors));
    throw e;
  }
  const named = letters && new Set(letters.map((l) => `${l.dispatch}/${l.agency}`));
  return (e) => byAgency(e) && (!shard || inShard(shard, e.dispatchId, e.agency.id)) && (!named || named.has(`${e.dispatchId}/${e.agency.id}`));
}
