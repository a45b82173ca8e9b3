// `brev list`: one line per agency.

import { t } from "../i18n/catalogue.js";
import { ExitCode, listAgencies } from "../index.js";
import { type CommandSpec, type OutputOptions, registryArgument, withOutput } from "./command.js";

export const listCommand: CommandSpec<OutputOptions> = {
  define: (program) =>
    withOutput(
      program
        .command("list")
        .description(t.cli.listDescription())
        .argument(...registryArgument()),
    ),
  async run(registries, _opts, { ctx, reporter }) {
    const { rows, warnings, errors } = await listAgencies(registries, ctx);
    // A broken registry's errors, then the others' agencies: one unfinished dispatch hides no other.
    reporter.diagnostics([...errors, ...warnings]);
    // The dispatch first: an agency in two dispatches is two lines, told apart by it.
    const headings = [t.cli.listDispatch(), t.cli.listId(), t.cli.listName(), t.cli.listOurRef(), t.cli.listDate(), t.cli.listDeadline()];
    const table = [headings, ...rows.map((r) => [r.dispatch, r.id, r.name, r.ourRef || "-", r.date, r.deadline || "-"])];
    const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length))) ?? [];
    for (const row of table) reporter.line(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "));
    const ok = errors.length === 0;
    return { code: ok ? ExitCode.ok : ExitCode.invalidInput, document: { ok, agencies: rows, errors, warnings } };
  },
};
