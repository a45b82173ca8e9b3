// The command line: parses arguments with commander and calls the library. Returns an exit code; never exits.
import { Command, Option } from "commander";
import type { BrevContext } from "../api/context.js";
import { generate } from "../api/generate.js";
import { listAgencies } from "../api/list.js";
import { validate } from "../api/validate.js";
import type { Diagnostic } from "../diagnostic.js";
import { ExitCode } from "../errors.js";
import { FORMATS, type Format } from "../output/letter-path.js";
import { type Io, reportError } from "./exit-code.js";
import { formatDiagnostic } from "./format-diagnostic.js";

export async function run(argv: readonly string[], ctx: BrevContext, io: Io, version: string): Promise<number> {
  let code: number = ExitCode.ok;
  const printWarnings = (warnings: Diagnostic[]) => {
    for (const w of warnings) io.stderr(`${formatDiagnostic(w)}\n`);
  };

  const program = new Command("brev")
    .description("Letters to many agencies from one YAML registry and one template, as PDF and DOCX.")
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run brev --help for usage)")
    .addHelpText("after", "\nExit codes: 0 ok, 1 invalid input, 2 usage, 3 file error, 70 internal error.");

  program
    .command("generate")
    .description("write out/<dispatch>/<agency>.pdf and .docx for every agency (default registries: data/*.yaml)")
    .argument("[registry...]", "registry YAML files")
    .option("-a, --agency <ids...>", "only these agencies")
    .addOption(new Option("-f, --format <formats...>", "only these formats").choices([...FORMATS]))
    .option("-o, --out <dir>", "output folder", "out")
    .action(async (registries: string[], opts: { agency?: string[]; format?: Format[]; out: string }) => {
      const report = await generate(
        { registries, ...(opts.agency ? { agencies: opts.agency } : {}), ...(opts.format ? { formats: opts.format } : {}), outDir: opts.out },
        ctx,
      );
      printWarnings(report.warnings);
      for (const e of report.errors) io.stderr(`${formatDiagnostic(e)}\n`);
      for (const f of report.written) io.stdout(`wrote ${f.path}\n`);
      io.stdout(`${report.written.length} file(s) written${report.errors.length > 0 ? `; ${report.errors.length} letter(s) failed` : ""}\n`);
      if (report.errors.length > 0) code = ExitCode.invalidInput;
    });

  program
    .command("validate")
    .description("check registries and templates without writing anything")
    .argument("[registry...]", "registry YAML files")
    .action(async (registries: string[]) => {
      const report = await validate(registries, ctx);
      printWarnings(report.warnings);
      io.stdout(`ok: ${report.letters} letter(s), ${report.warnings.length} warning(s)\n`);
    });

  program
    .command("list")
    .description("one line per agency: id, name, our ref, date, deadline")
    .argument("[registry...]", "registry YAML files")
    .action(async (registries: string[]) => {
      const { rows } = await listAgencies(registries, ctx);
      const table = [["id", "name", "our ref", "date", "deadline"], ...rows.map((r) => [r.id, r.name, r.ourRef || "-", r.date, r.deadline || "-"])];
      const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length))) ?? [];
      for (const row of table) io.stdout(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    return reportError(error, io);
  }
  return code;
}
