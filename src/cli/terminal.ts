// What the CLI knows of where it prints: a terminal or not, CI or not, colour or not.

export interface Terminal {
  isTTY: boolean;
  ci: boolean;
  color: boolean;
  columns: number;
}

export const PLAIN: Terminal = { isTTY: false, ci: false, color: false, columns: 80 };
