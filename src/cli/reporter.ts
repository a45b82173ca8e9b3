// How a command speaks: human lines (coloured on a terminal unless NO_COLOR, a progress bar for long runs),
// or exactly one JSON document on stdout with --json. --quiet keeps only errors and warnings.
import type { Diagnostic } from "../index.js";
import { formatDiagnostic, githubAnnotation } from "./format-diagnostic.js";
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
      const text = formatDiagnostic(d);
      this.io.stderr(
        `${this.terminal.color ? text.replace(/: (error|warning): /, (_, s: string) => `: ${s === "error" ? "\x1b[31merror\x1b[0m" : "\x1b[33mwarning\x1b[0m"}: `) : text}\n`,
      );
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

  fail(exitCode: number, errors: Diagnostic[], warnings: Diagnostic[], message: string): void {
    if (this.mode.json) {
      this.document({ ok: false, exitCode, message, errors, warnings });
      return;
    }
    this.diagnostics([...errors, ...warnings]);
    this.io.stderr(`brev: ${message}\n`);
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
