// `list`: one row per agency, with the values a clerk checks before sending.
import { formatShortDate } from "../compose/format-date.js";
import type { AgencyRow } from "../model/commands.js";
import { loadDispatches } from "../registry/load-dispatches.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import type { BrevContext } from "./context.js";

/** The rows of every registry that loads; a broken one's errors are given instead of its rows (it stops only itself). */
export async function listAgencies(
  registries: readonly string[],
  ctx: BrevContext,
): Promise<{ rows: AgencyRow[]; warnings: Diagnostic[]; errors: Diagnostic[] }> {
  const { dispatches, warnings, broken } = await loadDispatches(registries, ctx, { contain: true });
  const rows = dispatches.flatMap(({ dispatch }) =>
    dispatch.entries.map((e) => ({
      dispatch: dispatch.id,
      id: e.agency.id,
      name: e.agency.name,
      ourRef: e.our_ref ?? "",
      date: formatShortDate(e.date),
      deadline: e.deadline ? formatShortDate(e.deadline) : "",
    })),
  );
  return { rows, warnings, errors: broken.flatMap((b) => b.errors) };
}
