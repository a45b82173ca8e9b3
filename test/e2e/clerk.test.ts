// The clerk's loop through the CLI: a new letters folder (init), letters from it (generate, and its own npm test), a
// new dispatch and template (new), and letters written again on every save (generate --watch). The built command runs
// init in bokmål, new, the project's npm test and --watch; the other steps are the built CLI's run in this process.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initProject } from "../../src/project/init-project.js";
import { registryJsonSchema } from "../../src/registry/json-schema.js";
import { brev, startBrev } from "../helpers/cli.js";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { pdfText, readPdf } from "../helpers/read-pdf.js";
import { brevHere, runInProcess } from "../helpers/run-in-process.js";
import { REPO } from "../helpers/sample.js";
import { editFile, hashes } from "../helpers/workspace.js";

const STARTER_FILES = [
  ".github/workflows/letters.yml",
  ".gitignore",
  "README.md",
  "assets/README.md",
  "data/registry.schema.json",
  "data/tillegg-1-2026.yaml",
  "package.json",
  "templates/tillegg.nb.md.hbs",
  "templates/tillegg.nn.md.hbs",
];

describe("brev init", () => {
  it("makes a letters folder that generates, passes its own test, and is never written over", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "brev-init-"));
    // init through the CLI's run here (the bokmål init below goes through the built command).
    const made = await brevHere(["init", "letters", "--brev", `file:${REPO}`], root);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("made letters/data/tillegg-1-2026.yaml\n");
    expect(made.stdout).toContain("next:\n  cd letters\n  npm install\n  npx brev preview\n");
    const dir = path.join(root, "letters");
    expect(Object.keys(await hashes(dir)).sort()).toEqual(STARTER_FILES);
    // The workflow is brev's own; the schema is today's; package.json installs brev and runs it.
    expect(await readFile(path.join(dir, ".github/workflows/letters.yml"), "utf8")).toBe(
      await readFile(path.join(REPO, ".github/workflows/letters.yml"), "utf8"),
    );
    expect(JSON.parse(await readFile(path.join(dir, "data/registry.schema.json"), "utf8"))).toEqual(registryJsonSchema());
    const pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "letters", private: true, dependencies: { "brev-tildelingsbrev": `file:${REPO}` }, scripts: { test: "brev validate" } });

    // Again: refused, nothing changed.
    const before = await hashes(dir);
    const again = await runInProcess(["init", "letters"], root);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(
      /^brev: letters\/\.github\/workflows\/letters\.yml, .* are already there; brev writes nothing over existing files \(nothing was written\)\n$/,
    );
    expect(await hashes(dir)).toEqual(before);

    // Letters from it, in bokmål and nynorsk, with no warning (the built CLI's run in this process: the project's own
    // npm test below runs the built command).
    const generated = await brevHere(["generate"], dir);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stderr).toBe("");
    expect(generated.stdout).toContain("7 written, 0 unchanged");
    expect(await pdfText(path.join(dir, "out/tillegg-1-2026/digdir.pdf"))).toMatch(/Tillegg nr\. 1 til tildelingsbrev 2026 til Digitaliseringsdirektoratet/);
    expect(await pdfText(path.join(dir, "out/tillegg-1-2026/kartverket.pdf"))).toMatch(/Innleiing[\s\S]*innan 1\.3\.2026[\s\S]*Med helsing/);
    // The nynorsk letter in nynorsk from its letterhead to its signature; the bokmål one in bokmål.
    const letter = async (id: string) => (await readPdf(await readFile(path.join(dir, `out/tillegg-1-2026/${id}.pdf`)))).pages.join("\n");
    const nn = await letter("kartverket");
    expect(nn).toContain("DET KONGELEGE");
    expect(nn).toContain("DIGITALISERINGS- OG FORVALTNINGSDEPARTEMENTET");
    expect(nn).toContain("seniorrådgjevar");
    expect(nn).not.toMatch(/DET KONGELIGE|seniorrådgiver/);
    const nb = await letter("digdir");
    expect(nb).toContain("DET KONGELIGE");
    expect(nb).toContain("seniorrådgiver");
    expect(nb).not.toMatch(/DET KONGELEGE|seniorrådgjevar/);

    // Its own tests: npm test, with brev linked where npm install puts it.
    await mkdir(path.join(dir, "node_modules/.bin"), { recursive: true });
    await symlink(REPO, path.join(dir, "node_modules/brev-tildelingsbrev"));
    await symlink("../brev-tildelingsbrev/bin/brev.js", path.join(dir, "node_modules/.bin/brev"));
    const test = spawnSync("npm", ["test", "--silent"], { cwd: dir, encoding: "utf8" });
    expect(test.status, test.stderr).toBe(0);
    expect(test.stdout).toContain("ok: 2 letters, 0 warnings");
  });
});

describe("brev init speaks the clerk's language", () => {
  it("in bokmål and nynorsk: what it says, the README, the registry's comments, .gitignore; the letters the same", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "brev-init-lang-"));
    const nbRun = brev(["init", "nb", "--lang", "nb", "--brev", `file:${REPO}`], root);
    expect(nbRun.code, nbRun.stderr).toBe(0);
    expect(nbRun.stdout).toContain("laget nb/data/tillegg-1-2026.yaml\n");
    expect(nbRun.stdout).toContain("\nneste:\n  cd nb\n  npm install\n  npx brev preview\n");
    // nynorsk and English through the CLI's own run in this process (bokmål above went through the built command).
    const nnRun = await runInProcess(["init", "nn"], root, { env: { BREV_LANG: "nn" } });
    expect(nnRun.code, nnRun.stderr).toBe(0);
    expect(nnRun.stdout).toContain("laga nn/README.md\n");
    const enRun = await runInProcess(["init", "en"], root);
    expect(enRun.stdout).toContain("made en/README.md\n");
    const read = (lang: string, file: string) => readFile(path.join(root, lang, file), "utf8");

    expect(await read("nb", "README.md")).toContain("## Departementets egen kopi av brev");
    expect(await read("nb", "README.md")).toContain("npx brev init <mappe> --brev ../brev-0.1.0.tgz");
    expect(await read("nn", "README.md")).toContain("## Departementet sin eigen kopi av brev");
    expect(await read("en", "README.md")).toContain("## The ministry's own copy of brev");
    expect(await read("nb", "assets/README.md")).toContain("Legg departementets logo her");
    expect(await read("nn", "data/tillegg-1-2026.yaml")).toContain("# gir namn til mappa med breva: out/tillegg-1-2026/");
    expect(await read("nb", "data/tillegg-1-2026.yaml")).toContain("# gir navn til mappen med brevene: out/tillegg-1-2026/");
    expect(await read("nb", ".gitignore")).toBe(
      "# det npm install legger her (package.json og package-lock.json sier hva det er)\nnode_modules/\n" +
        "# brevene som brev generate skriver (kan lages på nytt fra data/ og templates/ når som helst)\nout/\n",
    );
    expect(JSON.parse(await read("nn", "package.json")).description).toBe("Brev til verksemder frå eit register, laga med brev");
    // The letters' own text is the same whatever the language of the run: the templates, and the registry's data.
    for (const lang of ["nb", "nn"]) {
      for (const file of ["templates/tillegg.nb.md.hbs", "templates/tillegg.nn.md.hbs"]) expect(await read(lang, file)).toBe(await read("en", file));
      expect(parse(await read(lang, "data/tillegg-1-2026.yaml"))).toEqual(parse(await read("en", "data/tillegg-1-2026.yaml")));
    }
    // Every comment of the example registry is in the run's language (none left in English).
    const comments = (text: string) => text.split("\n").filter((l) => /#\s/.test(l) && !l.startsWith("# yaml-language-server"));
    expect(comments(await read("nb", "data/tillegg-1-2026.yaml")).join("\n")).not.toMatch(/\b(the|for every|names the)\b/);
    expect(comments(await read("nb", "data/tillegg-1-2026.yaml"))).toHaveLength(comments(await read("en", "data/tillegg-1-2026.yaml")).length);
    expect(comments(await read("nn", "data/tillegg-1-2026.yaml"))).toHaveLength(comments(await read("en", "data/tillegg-1-2026.yaml")).length);
  });
});

describe("brev new", () => {
  it("starts a dispatch from the project's registry (refs and dates cleared) and a template from the current one", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "brev-new-"));
    await initProject("p", root);
    const dir = path.join(root, "p");
    // Through the built CLI once, from a folder inside the project; the other cases in this process.
    const made = brev(["new", "tillegg-2-2026", "--template", "rapport"], path.join(dir, "templates"));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(
      /^made data\/tillegg-2-2026\.yaml: the sender and 2 agencies of ..\/data\/tillegg-1-2026\.yaml; addendum 2; refs and dates cleared \(date \d{4}-\d\d-\d\d, deadline YYYY-MM-DD to fill in\)\nmade templates\/rapport\.nb\.md\.hbs: from templates\/tillegg\.nb\.md\.hbs\nmade templates\/rapport\.nn\.md\.hbs: from templates\/tillegg\.nn\.md\.hbs\n\nnext:\n {2}edit ..\/data\/tillegg-2-2026\.yaml \(refs, dates, the agencies\)\n {2}npx brev preview ..\/data\/tillegg-2-2026\.yaml\n$/,
    );
    const text = await readFile(path.join(dir, "data/tillegg-2-2026.yaml"), "utf8");
    const registry = parse(text);
    expect(registry.dispatch).toMatchObject({ id: "tillegg-2-2026", template: "rapport", addendum: 2, deadline: "YYYY-MM-DD" });
    // our_ref left to fill in (empty), the other refs and dates gone.
    expect(registry.agencies.map((a: Record<string, unknown>) => [a.id, a.our_ref, a.your_ref, a.date])).toEqual([
      ["digdir", "", undefined, undefined],
      ["kartverket", "", undefined, undefined],
    ]);
    expect(registry.sender).toEqual(parse(await readFile(path.join(dir, "data/tillegg-1-2026.yaml"), "utf8")).sender);
    expect(text).toContain("# Who signs, for every agency"); // the clerk's comments stay
    expect(await readFile(path.join(dir, "templates/rapport.nn.md.hbs"), "utf8")).toBe(await readFile(path.join(dir, "templates/tillegg.nn.md.hbs"), "utf8"));

    // Until the deadline is filled in, validate says where.
    const check = await runInProcess(["validate", "data/tillegg-2-2026.yaml"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^data\/tillegg-2-2026\.yaml:\d+:13: error: dispatch\.deadline: "YYYY-MM-DD" is not a date; write it as YYYY-MM-DD/m);
    expect(check.stderr).toMatch(/^data\/tillegg-2-2026\.yaml:\d+:14: error: agencies\[0\]\.our_ref: /m);
    expect(check.stderr).toMatch(/^data\/tillegg-2-2026\.yaml:\d+:14: error: agencies\[1\]\.our_ref: /m);
    // The unfinished dispatch stops only its own letters (issue 18, point 5): the other dispatch's are written and
    // checked, the errors said, the run exits 1, and nothing of tillegg-2-2026 is written.
    const written = await brevHere(["generate", "-f", "docx"], dir);
    expect(written.code).toBe(1);
    expect(written.stderr).toMatch(/^data\/tillegg-2-2026\.yaml:\d+:13: error: dispatch\.deadline: /m);
    expect(written.stderr).not.toContain("nothing was written");
    expect(written.stdout).toContain("wrote out/tillegg-1-2026/kartverket.docx");
    expect(existsSync(path.join(dir, "out/tillegg-2-2026"))).toBe(false);
    const checked = await brevHere(["generate", "--check", "-f", "docx"], dir, { BREV_LANG: "nb" });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/^data\/tillegg-2-2026\.yaml:\d+:13: feil: /m);
    expect(checked.stdout).toMatch(/^0 skal skrives, 2 er oppdaterte, 0 uten virksomhet; 3 feil: brevene de gjelder, ble ikke laget\n$/m);
    expect(existsSync(path.join(dir, "out/tillegg-2-2026"))).toBe(false);
    await editFile(path.join(dir, "data/tillegg-2-2026.yaml"), "deadline: YYYY-MM-DD", "deadline: 2026-12-01");
    await editFile(path.join(dir, "data/tillegg-2-2026.yaml"), 'our_ref: ""', "our_ref: 26/201-1");
    await editFile(path.join(dir, "data/tillegg-2-2026.yaml"), 'our_ref: ""', "our_ref: 26/201-2");
    const ok = await runInProcess(["generate", "data/tillegg-2-2026.yaml", "-f", "docx"], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(docxPlainText(await readDocx(await readFile(path.join(dir, "out/tillegg-2-2026/kartverket.docx"))))).toContain("innan 1.12.2026");

    // A missing language's template: the command the message suggests makes it.
    const nn = await runInProcess(["new", "--template", "melding", "--language", "nn"], dir);
    expect(nn.code, nn.stderr).toBe(0);
    expect(nn.stdout).toContain("made templates/melding.nn.md.hbs: from brev's example template");
    // Nothing is written over; a bad id is refused in words.
    expect((await runInProcess(["new", "tillegg-3-2026"], dir)).stderr).toBe(
      "brev: the project has 2 registries; name the one to start from: --from data/tillegg-2-2026.yaml\n",
    );
    expect((await runInProcess(["new", "tillegg-2-2026", "--from", "data/tillegg-1-2026.yaml"], dir)).stderr).toMatch(
      /^brev: data\/tillegg-2-2026\.yaml already exists; brev new writes nothing over it \(nothing was written\)\n/,
    );
    const bad = await runInProcess(["new", "Tillegg 3"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('brev: "Tillegg 3" cannot be a dispatch id: use lower-case letters a-z, digits and single hyphens, e.g. tillegg-3\n');
    const nope = await runInProcess(["new", "x-1", "--from", "data/nope.yaml"], dir);
    expect([nope.code, nope.stderr]).toEqual([3, "brev: cannot read data/nope.yaml: not found\n"]);
  });
});

describe("brev generate --watch", () => {
  it("writes again when the registry is saved, says a broken save, and stops on Ctrl-C", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "brev-watch-"));
    await initProject("p", root);
    const dir = path.join(root, "p");
    const registry = path.join(dir, "data/tillegg-1-2026.yaml");
    const watch = startBrev(["generate", "--watch", "-f", "docx"], dir);
    await watch.waitFor(/Ctrl-C stops/);
    expect(watch.output()).toContain("2 written, 0 unchanged");
    let from = watch.output().length;
    await editFile(registry, "name: Kartverket", "name: Statens kartverk");
    await watch.waitFor(/wrote out\/tillegg-1-2026\/kartverket\.docx\n1 written, 1 unchanged\n/, from);
    from = watch.output().length;
    const letters = await hashes(path.join(dir, "out/tillegg-1-2026"));
    await editFile(registry, "    our_ref: 26/101-2", "    our_ref:26/101-2");
    // The broken save is said with its fix, and writes nothing: the letters stay as they were.
    await watch.waitFor(/data\/tillegg-1-2026\.yaml:\d+:5: error: YAML: a key needs a space after its colon\n/, from);
    await watch.waitFor(/hint: write our_ref: 26\/101-2\n/, from);
    expect(watch.output().slice(from)).not.toContain("wrote ");
    expect(await hashes(path.join(dir, "out/tillegg-1-2026"))).toEqual(letters);
    from = watch.output().length;
    await editFile(registry, "    our_ref:26/101-2", "    our_ref: 26/101-2");
    await watch.waitFor(/0 written, 2 unchanged\n/, from);
    expect(await watch.stop()).toBe(0);
    expect(existsSync(path.join(dir, "out/tillegg-1-2026/digdir.pdf"))).toBe(false);
  });
});
