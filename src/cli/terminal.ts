// Where the CLI prints, and what it knows of it: a terminal or not, CI or not, colour or not.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Appends Markdown to the CI job's summary page (GitHub's $GITHUB_STEP_SUMMARY), when there is one. */
  summary?: (markdown: string) => void;
}

export interface Terminal {
  isTTY: boolean;
  ci: boolean;
  color: boolean;
  columns: number;
}

export const PLAIN: Terminal = { isTTY: false, ci: false, color: false, columns: 80 };
