// The documentation's commands still run (issue 20, point 7). Every `brev …` and `npx brev …` in README.md and docs/*.md,
// in a code block or in inline code (tables and prose), is checked in one of these ways, which each test's name says:
// - "run": in-process, English, on one shared copy of the sample project, exit 0; a `generate` that does not narrow
//   itself runs narrowed (`-f docx`, and `-a dss` where the command allows it), and a PDF is made as DOCX, to stay cheap;
// - "run in an empty folder" (init), "run in its own copy" (new: it adds a registry the other runs would read),
//   "run, stopped at once" (preview, --watch: started, then stopped as Ctrl-C would);
// - "accepted": a command that needs another setup (diff needs git history) or names a command in prose without its
//   operands: brev has the command and every option it names (from the command's --help; commander answers --help
//   before it looks at the other options, so `… --help` alone would pass a made-up option).
// Every command is also held against its --help, and so is every option in a row of a table of commands. A doc that
// names an option or a command brev does not have fails here. Then: every relative link leads to a file (and heading).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { PLAIN } from "../../src/cli/terminal.js";
import { REPO } from "../helpers/sample.js";
import { workspace } from "../helpers/workspace.js";

const DOC_FILES = [
  "README.md",
  ...readdirSync(path.join(REPO, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
].sort();
const doc = (file: string): string => readFileSync(path.join(REPO, file), "utf8");

/** A markdown text with its fenced code blocks blanked out (lines kept, so offsets still give line numbers). */
function withoutFences(text: string): { prose: string; fenced: { line: number; text: string }[] } {
  const fenced: { line: number; text: string }[] = [];
  let inFence = false;
  const prose = text
    .split("\n")
    .map((line, i) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return "";
      }
      if (!inFence) return line;
      fenced.push({ line: i + 1, text: line });
      return "";
    })
    .join("\n");
  return { prose, fenced };
}

/** The inline code spans of prose (a span may wrap across lines, never across a paragraph), with their line. */
function codeSpans(prose: string): { line: number; text: string }[] {
  const spans: { line: number; text: string }[] = [];
  for (const m of prose.matchAll(/`([^`]+)`/g)) {
    if ((m[1] ?? "").includes("\n\n")) continue;
    spans.push({ line: prose.slice(0, m.index).split("\n").length, text: (m[1] ?? "").replace(/\s+/g, " ").trim() });
  }
  return spans;
}

const COMMAND = /^(?:npx )?brev (.+)$/;

interface Documented {
  /** As written, e.g. `brev diff [registry…] [--base <git-ref>]`. */
  written: string;
  where: string[];
}

/** Every `brev …` command of the docs, the same command written twice counted once (with both places). */
function documentedCommands(): Documented[] {
  const found = new Map<string, Documented>();
  const add = (written: string, where: string) => {
    const key = written.replace(/^npx /, "");
    const entry = found.get(key) ?? { written: key, where: [] };
    entry.where.push(where);
    found.set(key, entry);
  };
  for (const file of DOC_FILES) {
    const { prose, fenced } = withoutFences(doc(file));
    // A shell line: its comment dropped, then each command of `a && b`.
    for (const { line, text } of fenced)
      for (const part of text.replace(/(^|\s)#.*$/, "").split(" && ")) {
        const command = part.trim();
        if (COMMAND.test(command)) add(command, `${file}:${line}`);
      }
    for (const { line, text } of codeSpans(prose)) if (COMMAND.test(text)) add(text, `${file}:${line}`);
  }
  return [...found.values()];
}

// The values a placeholder of the docs stands for in a run. A new placeholder in a doc needs its value here.
const VALUES: Record<string, string> = {
  "dispatch-id": "tillegg-5-2026",
  "file…": "out/inkluderingsdugnaden-2020/dss.docx",
  "git-ref": "HEAD",
  base: "main",
  name: "rundskriv",
  n: "0",
  owner: "example",
};

/** The command line a documented command stands for: optional `[…]` kept when they hold an option, placeholders filled. */
function argvOf(written: string): string[] {
  const rest = (COMMAND.exec(written)?.[1] ?? "").replace(/\[([^[\]]*)\]/g, (_, inner: string) => (inner.startsWith("-") ? inner : ""));
  return rest
    .split(/\s+/)
    .filter((token) => token !== "")
    .map((token) => (token === "i/n" ? "1/2" : token))
    .map((token) =>
      token.replace(/<([^>]+)>/g, (_, name: string) => {
        const value = VALUES[name];
        if (value === undefined) throw new Error(`${written}: no value for the placeholder <${name}> (add one to VALUES)`);
        return value;
      }),
    );
}

async function brev(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    cwd,
    env: { BREV_LANG: "en" },
    io: {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      summary: () => {},
    },
    terminal: PLAIN,
    clock: () => 0,
    version: "0.0.0-test",
    // preview and --watch: stopped at once, as by Ctrl-C right after they started.
    untilStopped: () => Promise.resolve(),
  });
  return { code, stdout, stderr };
}

/** What a command's --help lists: its options (and whether each takes a value), its required operands, or the commands. */
interface Help {
  options: Map<string, boolean>;
  required: number;
  commands: string[];
}

async function helpOf(command: string | undefined, cwd: string): Promise<Help> {
  const said = await brev(command ? [command, "--help"] : ["--help"], cwd);
  if (said.code !== 0) throw new Error(`brev ${command ?? ""} --help exits ${said.code}: ${said.stderr}`);
  const options = new Map<string, boolean>();
  const commands: string[] = [];
  let section = "";
  for (const line of said.stdout.split("\n")) {
    if (/^\S.*:$/.test(line)) section = line;
    const option = /^ {2}(?:(-\w), )?(--[\w-]+)( [<[])?/.exec(line);
    if (section === "Options:" && option) {
      if (option[1]) options.set(option[1], Boolean(option[3]));
      options.set(option[2] ?? "", Boolean(option[3]));
    }
    const sub = /^ {2}([a-z]+) /.exec(line);
    if (section === "Commands:" && sub?.[1]) commands.push(sub[1]);
  }
  const usage = /^Usage: .*$/m.exec(said.stdout)?.[0] ?? "";
  return { options, required: (usage.match(/ <[^>]+>/g) ?? []).length, commands };
}

/** The problems of a command line against brev's help: a command or an option brev does not have. */
function problems(argv: string[], program: Help, helps: Map<string, Help>): string[] {
  const command = argv[0] !== undefined && !argv[0].startsWith("-") ? argv[0] : undefined;
  if (command !== undefined && !program.commands.includes(command)) return [`brev has no command "${command}"`];
  const help = command === undefined ? program : (helps.get(command) as Help);
  const found: string[] = [];
  const args = command === undefined ? argv : argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("-")) continue;
    const name = arg.split("=")[0] ?? arg;
    const takesValue = help.options.get(name);
    if (takesValue === undefined) found.push(`brev ${command ?? ""} has no option ${name}`);
    else if (takesValue && !arg.includes("=")) i++;
  }
  return found;
}

type Way = "run" | "run in an empty folder" | "run in its own copy" | "run, stopped at once" | "accepted" | "the program's help";

/** How a command is checked, and the command line that runs (a narrowed one for a `generate` that does not narrow). */
function wayOf(argv: string[], helps: Map<string, Help>): { way: Way; argv: string[] } {
  const [command] = argv;
  if (argv.length === 1 && command === "…") return { way: "the program's help", argv: ["--help"] };
  const help = command ? helps.get(command) : undefined;
  const operands = argv.slice(1).filter((a, i, all) => !a.startsWith("-") && !(all[i - 1] && help?.options.get(all[i - 1] ?? "")));
  if (help && operands.length < help.required) return { way: "accepted", argv };
  // `brev new` needs a dispatch id or --template: named bare, it is prose naming the command.
  if (command === "new" && operands.length === 0 && !argv.includes("--template")) return { way: "accepted", argv };
  if (command === "diff") return { way: "accepted", argv };
  if (command === "init") return { way: "run in an empty folder", argv };
  if (command === "new") return { way: "run in its own copy", argv };
  if (command === "preview" || argv.includes("--watch")) return { way: "run, stopped at once", argv };
  if (command !== "generate") return { way: "run", argv };
  const has = (...names: string[]) => argv.some((a) => names.includes(a.split("=")[0] ?? a));
  // A PDF is made as DOCX: the first PDF of a process shapes its fonts (about 2 s), and the commands are the point here.
  const narrowed = argv.map((a, i) => (["-f", "--format"].includes(argv[i - 1] ?? "") ? a.replace(/\bpdf\b/, "docx") : a));
  if (!has("-f", "--format")) {
    narrowed.push("-f", "docx");
    if (!has("-a", "--agency", "--shard", "--prune")) narrowed.push("-a", "dss");
  }
  return { way: "run", argv: narrowed };
}

/** Every option in a row of a table whose first cell is a brev command: `-a, --agency <ids>`, `-a dss,htu`, `--prune`. */
function tableOptions(): { where: string; command: string; options: string[] }[] {
  const rows: { where: string; command: string; options: string[] }[] = [];
  for (const file of DOC_FILES) {
    const { prose } = withoutFences(doc(file));
    prose.split("\n").forEach((line, i) => {
      const first = /^\| `(?:npx )?brev ([a-z]+)[^`]*` \|/.exec(line);
      if (!first?.[1]) return;
      const options = codeSpans(line)
        .slice(1)
        .filter((span) => span.text.startsWith("-"))
        .flatMap((span) => span.text.split(/[\s,]+/).filter((token) => /^--?[a-zA-Z][\w-]*$/.test(token)));
      rows.push({ where: `${file}:${i + 1}`, command: first[1], options: [...new Set(options)] });
    });
  }
  return rows;
}

// One copy of the sample for the runs, and what brev's help says, before the tests are named (each name says its way).
const sample = await workspace();
/** The folders this file made, removed at its end. */
const made = [sample];
const program = await helpOf(undefined, sample);
const helps = new Map<string, Help>();
for (const command of program.commands) if (command !== "help") helps.set(command, await helpOf(command, sample));
const DOCUMENTED = documentedCommands().map((c) => {
  const argv = argvOf(c.written);
  const { way, argv: line } = wayOf(argv, helps);
  const runs = line.join(" ") === argv.join(" ") ? "" : ` as brev ${line.join(" ")}`;
  return { ...c, argv, way, line, checked: `${way}${runs}`, at: c.where.join(", ") };
});
/** The documented commands by the command line that checks them: `brev validate` and `brev validate [registry…]` run once. */
const CHECKS = [
  ...DOCUMENTED.reduce((groups, c) => {
    const key = `${c.way} ${c.line.join(" ")}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
    return groups;
  }, new Map<string, typeof DOCUMENTED>()).values(),
];

describe("the commands in README.md and docs/", () => {
  beforeAll(async () => {
    // A letter for the runs that read one (adopt, --check): the sample's dss letter as DOCX.
    expect((await brev(["generate", "-q", "-a", "dss", "-f", "docx"], sample)).code).toBe(0);
  });
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it("finds the commands (code blocks and inline code) and the tables of commands", () => {
    expect(DOCUMENTED.length).toBeGreaterThanOrEqual(20);
    expect(DOCUMENTED.some((c) => c.where.some((w) => w.startsWith("docs/clerk.md")))).toBe(true);
    expect(DOCUMENTED.filter((c) => c.way !== "accepted").length).toBeGreaterThanOrEqual(15);
    expect(tableOptions().length).toBeGreaterThanOrEqual(9);
  });

  for (const { where, command, options } of tableOptions())
    it(`the options in the table row at ${where} are options of brev ${command}: ${options.join(" ")}`, () => {
      expect(problems([command, ...options], program, helps)).toEqual([]);
    });

  for (const same of CHECKS) {
    const { way, line, checked } = same[0] as (typeof DOCUMENTED)[number];
    it(`${same.map((c) => c.written).join(" | ")}: ${checked} (${same.map((c) => c.at).join(", ")})`, async () => {
      for (const { written, argv } of same) expect(problems(way === "the program's help" ? line : argv, program, helps), written).toEqual([]);
      if (way === "accepted") return;
      const cwd =
        way === "run in an empty folder" ? await mkdtemp(path.join(tmpdir(), "brev-docs-")) : way === "run in its own copy" ? await workspace() : sample;
      made.push(cwd);
      const said = await brev(line, cwd);
      expect(said.code, `brev ${line.join(" ")}: ${said.stderr}`).toBe(0);
      if (way === "run, stopped at once" && line[0] === "preview") expect(said.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\S+/);
    });
  }
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchors(file: string): string[] {
  return withoutFences(doc(file))
    .prose.split("\n")
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, "").trim()));
}

describe("the links in README.md and docs/", () => {
  const links = DOC_FILES.flatMap((file) => {
    const prose = withoutFences(doc(file)).prose.replace(/`[^`]*`/g, "");
    return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? "")
      .filter((target) => !/^[a-z]+:/.test(target))
      .map((target) => ({ file, target }));
  });

  it("finds the README's links to the docs", () => {
    const fromReadme = links.filter((l) => l.file === "README.md").map((l) => l.target);
    expect(fromReadme).toEqual(expect.arrayContaining(["docs/clerk.md", "docs/archivist.md", "docs/ci.md", "docs/development.md", "docs/letter-1.png"]));
  });

  for (const { file, target } of links)
    it(`${file}: ${target}`, () => {
      const [name = "", anchor] = target.split("#");
      const linked = name === "" ? file : path.posix.join(path.posix.dirname(file), name);
      expect(linked.startsWith(".."), `${target} leaves the repository`).toBe(false);
      expect(existsSync(path.join(REPO, linked)), `${file} links to ${target}: no such file`).toBe(true);
      if (anchor !== undefined) expect(anchors(linked), `${file} links to ${target}: no such heading in ${linked}`).toContain(anchor);
    });
});
