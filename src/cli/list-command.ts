// `brev list`: one line per agency.
import { ExitCode, listAgencies } from "../index.js";
import { type CommandSpec, type OutputOptions, REGISTRY_ARGUMENT, withOutput } from "./command.js";

export const listCommand: CommandSpec<OutputOptions> = {
  define: (program) =>
    withOutput(
      program
        .command("list")
        .description("one line per agency: id, name, our ref, date, deadline")
        .argument(...REGISTRY_ARGUMENT),
    ),
  async run(registries, _opts, { ctx, reporter }) {
    const { rows, warnings } = await listAgencies(registries, ctx);
    reporter.diagnostics(warnings);
    const table = [["id", "name", "our ref", "date", "deadline"], ...rows.map((r) => [r.id, r.name, r.ourRef || "-", r.date, r.deadline || "-"])];
    const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length))) ?? [];
    for (const row of table) reporter.line(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "));
    return { code: ExitCode.ok, document: { ok: true, agencies: rows, warnings } };
  },
};
