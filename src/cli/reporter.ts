// How a command speaks: human lines (coloured on a terminal unless NO_COLOR, a progress bar for long runs),
// or exactly one JSON document on stdout with --json. --quiet keeps only errors and warnings.
import { t } from "../i18n/catalogue.js";
import type { Diagnostic } from "../index.js";
import { formatDiagnostic, githubAnnotation, severityWord } from "./format-diagnostic.js";
import type { Io, Terminal } from "./terminal.js";

export interface OutputMode {
  json?: boolean;
  quiet?: boolean;
  /** Errors and warnings as GitHub Actions workflow commands on stdout, each file as the repository names it. */
  github?: { fileOf: (file: string) => string };
}

/** A run shorter than this shows no progress bar. */
const PROGRESS_AFTER_MS = 400;

/** Milliseconds since some fixed moment; Date.now in the CLI, a fake in tests. */
export type Clock = () => number;

export class Reporter {
  private readonly started: number;
  private progressShown = false;

  constructor(
    private readonly io: Io,
    private readonly terminal: Terminal,
    readonly mode: OutputMode = {},
    private readonly clock: Clock = () => 0,
  ) {
    this.started = clock();
  }

  /** Human output on stdout (not with --json or --quiet). */
  line(text: string): void {
    if (!this.mode.json && !this.mode.quiet) this.io.stdout(`${text}\n`);
  }

  /** Text on stdout as it is, in every mode (`brev schema`'s document). */
  raw(text: string): void {
    this.io.stdout(text);
  }

  /** Errors and warnings on stderr, as `file:line:col: severity: message` (with --json they go into the document). */
  diagnostics(list: readonly Diagnostic[]): void {
    if (this.mode.json) return;
    this.clearProgress();
    const { github } = this.mode;
    if (github) {
      for (const d of list) this.io.stdout(`${githubAnnotation(d, github.fileOf(d.file))}\n`);
      return;
    }
    for (const d of list) {
      const word = severityWord(d.severity);
      const coloured = this.terminal.color ? `${d.severity === "error" ? "\x1b[31m" : "\x1b[33m"}${word}\x1b[0m` : word;
      this.io.stderr(`${formatDiagnostic(d, coloured)}\n`);
    }
  }

  /** A problem that is not a diagnostic (no file position), on stderr; also with --quiet, never with --json. */
  problem(text: string): void {
    if (this.mode.json) return;
    this.clearProgress();
    this.io.stderr(`${text}\n`);
  }

  /** A passing note on stderr (e.g. waiting for another run); not with --json or --quiet. */
  note(text: string): void {
    if (this.mode.json || this.mode.quiet) return;
    this.clearProgress();
    this.io.stderr(`brev: ${text}\n`);
  }

  /** Markdown for the CI job's summary page (in GitHub Actions), when there is one. */
  summary(markdown: string): void {
    if (this.mode.github) this.io.summary?.(markdown);
  }

  /** The one JSON document of a --json run. */
  document(data: unknown): void {
    if (this.mode.json) this.io.stdout(`${JSON.stringify(data, null, 2)}\n`);
  }

  /**
   * A run that failed: its diagnostics, then `brev: message` (and its hint); with --json, one document that carries the
   * problem's code (the same in every language) beside its words.
   */
  fail(exitCode: number, errors: Diagnostic[], warnings: Diagnostic[], message: string, said: { code?: string; hint?: string } = {}): void {
    if (this.mode.json) {
      this.document({ ok: false, exitCode, ...(said.code ? { code: said.code } : {}), message, ...(said.hint ? { hint: said.hint } : {}), errors, warnings });
      return;
    }
    this.diagnostics([...errors, ...warnings]);
    this.io.stderr(`brev: ${message}\n${said.hint ? `  ${t.cli.hint()} ${said.hint}\n` : ""}`);
  }

  /** A mistake on the command line, and where to read how to write it (on stderr, whatever the mode). */
  usage(message: string, help: string): void {
    this.clearProgress();
    this.io.stderr(`${message}\n${help}\n`);
  }

  progress(done: number, total: number): void {
    const { isTTY, ci } = this.terminal;
    if (!isTTY || ci || this.mode.json || this.mode.quiet) return;
    if (!this.progressShown && this.clock() - this.started < PROGRESS_AFTER_MS) return;
    this.progressShown = true;
    const width = Math.max(10, Math.min(40, this.terminal.columns - 30));
    const filled = Math.round((done / Math.max(1, total)) * width);
    this.io.stderr(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
    if (done === total) this.clearProgress();
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.io.stderr("\r\x1b[K");
    this.progressShown = false;
  }
}
