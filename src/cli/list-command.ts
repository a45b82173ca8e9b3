// `brev list`: one line per agency.
import type { Command } from "commander";
import { listAgencies } from "../api/list.js";
import { type CommandEnv, withOutput } from "./command-env.js";
import { Reporter } from "./reporter.js";

export function listCommand(program: Command, env: CommandEnv): void {
  const command = program
    .command("list")
    .description("one line per agency: id, name, our ref, date, deadline")
    .argument("[registry...]", "registry YAML files");
  withOutput(command).action(async (registries: string[], opts: { json?: boolean; quiet?: boolean }) => {
    const reporter = new Reporter(env.io, env.terminal, opts);
    env.reporter = reporter;
    const { rows, warnings } = await listAgencies(registries, env.ctx);
    const table = [["id", "name", "our ref", "date", "deadline"], ...rows.map((r) => [r.id, r.name, r.ourRef || "-", r.date, r.deadline || "-"])];
    const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length))) ?? [];
    for (const row of table) reporter.line(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "));
    reporter.document({ ok: true, agencies: rows, warnings });
  });
}
