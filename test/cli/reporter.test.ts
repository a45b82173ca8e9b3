// How the CLI speaks: progress only on a terminal and after a moment (by the clock it is given), colour unless
// NO_COLOR, and --json keeps stdout to one document.
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/cli/reporter.js";
import { PLAIN, type Terminal } from "../../src/cli/terminal.js";

const capture = () => {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
};
const TTY: Terminal = { isTTY: true, ci: false, color: true, columns: 80 };
const warning = { file: "r.yaml", line: 2, col: 3, path: "x", severity: "warning" as const, message: "hm" };

describe("reporter", () => {
  it("draws a progress bar on a terminal once a run takes a moment, and never in CI or off a terminal", () => {
    for (const [terminal, shows] of [
      [TTY, true],
      [{ ...TTY, ci: true }, false],
      [PLAIN, false],
    ] as const) {
      const { out, io } = capture();
      let now = 5000;
      const reporter = new Reporter(io, terminal, {}, () => now);
      reporter.progress(1, 10);
      now += 1000;
      reporter.progress(5, 10);
      expect(out.stderr.includes("5/10"), JSON.stringify(terminal)).toBe(shows);
      expect(out.stderr.includes("1/10")).toBe(false);
    }
  });

  it("colours severities on a terminal unless NO_COLOR, and --json keeps stdout to one document", () => {
    const colour = capture();
    new Reporter(colour.io, TTY).diagnostics([warning]);
    expect(colour.out.stderr).toContain("\x1b[33mwarning\x1b[0m");
    const plain = capture();
    new Reporter(plain.io, { ...TTY, color: false }).diagnostics([warning]);
    expect(plain.out.stderr).toBe("r.yaml:2:3: warning: hm\n");
    const json = capture();
    const reporter = new Reporter(json.io, TTY, { json: true });
    reporter.line("wrote x");
    reporter.diagnostics([warning]);
    reporter.document({ ok: true });
    expect(JSON.parse(json.out.stdout)).toEqual({ ok: true });
    expect(json.out.stderr).toBe("");
  });

  it("--quiet drops the human lines", () => {
    const { out, io } = capture();
    new Reporter(io, PLAIN, { quiet: true }).line("wrote x");
    expect(out.stdout).toBe("");
  });
});
