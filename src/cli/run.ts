// The CLI stage: translates a command line into a library call and its result into text and an exit code. Commander
// parses; each command (one file each) calls the library's public entry and returns its result; errors of every kind
// go through errorToExit. It never exits the process (main does) and reads no environment it is not given.
import path from "node:path";
import { Command, Help, type Option, type Command as Program } from "commander";
import { currentLanguage, say, setLanguage, t } from "../i18n/catalogue.js";
import { chooseLanguage, isLanguage, type Language } from "../i18n/language.js";
import { type BrevContext, ExitCode, UsageError } from "../index.js";
import { adoptCommand } from "./adopt-command.js";
import type { CommandResult, CommandSpec } from "./command.js";
import { diffCommand } from "./diff-command.js";
import { errorToExit } from "./exit-code.js";
import { generateCommand } from "./generate-command.js";
import { initCommand } from "./init-command.js";
import { listCommand } from "./list-command.js";
import { newCommand } from "./new-command.js";
import { previewCommand } from "./preview-command.js";
import { type Clock, Reporter } from "./reporter.js";
import { schemaCommand } from "./schema-command.js";
import { renderThreadsFromEnv, sourceDateFromEnv } from "./source-date.js";
import type { Io, Terminal } from "./terminal.js";
import { validateCommand } from "./validate-command.js";

const COMMANDS = [
  initCommand,
  newCommand,
  generateCommand,
  validateCommand,
  listCommand,
  diffCommand,
  previewCommand,
  adoptCommand,
  schemaCommand,
] as CommandSpec<never>[];

export interface RunEnvironment {
  /** The working folder: relative paths are resolved against it, and shown relative to it. */
  cwd: string;
  /** Environment variables (SOURCE_DATE_EPOCH). */
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
  terminal: Terminal;
  clock: Clock;
  version: string;
  /** Resolves when the user asks a long-running command (preview, --watch) to stop: Ctrl-C. */
  untilStopped?: () => Promise<void>;
  /** More of the library's context (tests inject failing writers, fonts, library versions here). */
  context?: Partial<BrevContext>;
}

/** A diagnostic's file (relative to the working folder) as the repository at `root` names it. */
function repositoryPath(cwd: string, root: string | undefined): (file: string) => string {
  if (!root) return (file) => file;
  return (file) => {
    const inside = path.relative(root, path.resolve(cwd, file));
    return inside.startsWith("..") || path.isAbsolute(inside) ? file : inside.split(path.sep).join("/");
  };
}

/** Commander's help in the run's language: its titles, its usage line, and what it adds to an option's help. */
const HELP = {
  styleTitle: (title: string) =>
    title === "Usage:" || title === "Arguments:" || title === "Options:" || title === "Commands:" || title === "Global Options:"
      ? t.cli.helpTitle({ title })
      : title,
  commandUsage: (command: Program) => new Help().commandUsage(command).replace("[options]", t.cli.usageOptions()).replace("[command]", t.cli.usageCommand()),
  subcommandTerm: (command: Program) =>
    new Help().subcommandTerm(command).replace("[options]", t.cli.usageOptions()).replace("[command]", t.cli.usageCommand()),
  optionDescription: (option: Option) => {
    const extra: string[] = [];
    if (option.argChoices) extra.push(t.cli.helpChoices({ choices: option.argChoices.map((c) => JSON.stringify(c)).join(", ") }));
    if (option.defaultValue !== undefined && (option.required || option.optional))
      extra.push(t.cli.helpDefault({ value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
    return extra.length > 0 ? `${option.description} (${extra.join(", ")})` : option.description;
  },
};

/** The value of --lang on the command line (before commander has parsed it: the help texts depend on it). */
function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") break;
    if (arg === "--lang") found = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  }
  return found;
}

/** Whether the command line asks for --json (read before commander parses, so an early failure is a JSON document too). */
function jsonFlag(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  const args = end === -1 ? argv : argv.slice(0, end);
  return args.some((arg, i) => arg === "--json" || arg === "--report=json" || (arg === "--report" && args[i + 1] === "json"));
}

export async function run(argv: readonly string[], environment: RunEnvironment): Promise<number> {
  const flag = langFlag(argv);
  // The run's language, and back to the one before when the run is over (tests run many in one process).
  const before = currentLanguage();
  setLanguage(chooseLanguage(flag, environment.env));
  try {
    return await runIn(argv, environment, flag);
  } finally {
    setLanguage(before);
  }
}

async function runIn(argv: readonly string[], environment: RunEnvironment, flag: string | undefined): Promise<number> {
  const { io, terminal, clock } = environment;
  let reporter = new Reporter(io, terminal, jsonFlag(argv) ? { json: true } : {}, clock);
  // An unknown BREV_LANG is said (in the locale's language), and the run goes on.
  const brevLang = environment.env.BREV_LANG?.trim();
  if (flag === undefined && brevLang && !isLanguage(brevLang.toLowerCase())) io.stderr(`brev: ${t.cli.unknownBrevLang({ given: brevLang })}\n`);
  let result: CommandResult | undefined;
  try {
    if (flag !== undefined && !isLanguage(flag.trim().toLowerCase())) throw new UsageError(say.cli.unknownLanguage({ given: flag }));
    if (flag !== undefined) setLanguage(flag.trim().toLowerCase() as Language);
    const fileDate = sourceDateFromEnv(environment.env.SOURCE_DATE_EPOCH);
    const renderThreads = renderThreadsFromEnv(environment.env.BREV_RENDER_THREADS);
    const ctx: BrevContext = {
      ...environment.context,
      cwd: environment.cwd,
      ...(fileDate ? { fileDate } : {}),
      ...(renderThreads !== undefined ? { renderThreads } : {}),
    };
    const program = new Command("brev")
      .description(t.cli.programDescription())
      .version(environment.version, undefined, t.cli.versionOption())
      .helpOption("-h, --help", t.cli.helpOption())
      .helpCommand("help [command]", t.cli.helpCommand())
      .exitOverride()
      // Commander's own errors are said by errorToExit, in the run's language (it speaks English only).
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
      .configureHelp(HELP)
      .addHelpText("after", `\n${t.cli.exitCodes()}`);
    program.option("--lang <language>", t.cli.langOption());
    for (const spec of COMMANDS) {
      spec
        .define(program)
        .option("--lang <language>", t.cli.langOption())
        .action(async (...args: unknown[]) => {
          const command = args[args.length - 1] as Program;
          const opts = command.opts();
          const report = opts.json ? "json" : (opts.report ?? (environment.env.GITHUB_ACTIONS === "true" ? "github" : "text"));
          const github = report === "github" ? { fileOf: repositoryPath(environment.cwd, environment.env.GITHUB_WORKSPACE) } : undefined;
          reporter = new Reporter(io, terminal, { json: report === "json", quiet: Boolean(opts.quiet), ...(github ? { github } : {}) }, clock);
          const first = args.length > 2 ? args[0] : undefined;
          const operands = Array.isArray(first) ? (first as string[]) : typeof first === "string" ? [first] : [];
          result = await spec.run(operands, opts as never, {
            ctx,
            reporter,
            clock,
            untilStopped: environment.untilStopped ?? (() => new Promise<void>(() => {})),
          });
        });
    }
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    return errorToExit(error, reporter);
  }
  if (result) reporter.document(result.document);
  return result?.code ?? ExitCode.ok;
}
