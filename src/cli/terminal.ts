// Where the CLI prints, and what it knows of it: a terminal or not, CI or not, colour or not.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Terminal {
  isTTY: boolean;
  ci: boolean;
  color: boolean;
  columns: number;
}

export const PLAIN: Terminal = { isTTY: false, ci: false, color: false, columns: 80 };
