// `brev new [dispatch-id]`: a new dispatch registry, a new template, or both.
import { say, t } from "../i18n/catalogue.js";
import { ExitCode, isLetterLanguage, letterLanguageChoices, letterLanguageCodes, newDispatch, UsageError } from "../index.js";
import { type CommandSpec, type OutputOptions, withOutput } from "./command.js";

interface NewCommandOptions extends OutputOptions {
  from?: string;
  template?: string;
  language?: string;
}

export const newCommand: CommandSpec<NewCommandOptions> = {
  define: (program) =>
    withOutput(
      program
        .command("new")
        .description(t.cli.newDescription())
        .argument(`[${t.cli.argDispatchId()}]`, t.cli.newDispatchArgument())
        .option("--from <registry>", t.cli.fromOption())
        .option("--template <name>", t.cli.templateOption())
        .option(`--language <${letterLanguageCodes().join("|")}>`, t.cli.languageOption()),
    ),
  async run(operands, opts, { ctx, reporter, clock }) {
    if (opts.language !== undefined && !isLetterLanguage(opts.language))
      throw new UsageError(say.project.badLanguage({ given: opts.language, choices: letterLanguageChoices() }));
    const report = await newDispatch(
      {
        ...(operands[0] !== undefined ? { dispatch: operands[0] } : {}),
        ...(opts.from !== undefined ? { from: opts.from } : {}),
        ...(opts.template !== undefined ? { template: opts.template } : {}),
        ...(opts.language !== undefined ? { language: opts.language } : {}),
        today: new Date(clock()).toISOString().slice(0, 10),
      },
      ctx.cwd,
    );
    for (const line of report.summary) reporter.line(line);
    reporter.line(`\n${t.project.next()}\n${report.next.map((n) => `  ${n}`).join("\n")}`);
    return { code: ExitCode.ok, document: { ok: true, ...report } };
  },
};
