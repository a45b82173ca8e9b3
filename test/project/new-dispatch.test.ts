// `brev new <id>` starts the next dispatch: onto an existing registry it says so and writes nothing; the addendum is
// the next one (or the one the id carries); comments that name the old id name the new; its own header comment is
// written once however long the chain; each agency's our_ref is left empty to fill in, and until it is, validate
// says where. Messages compared whole, in English and bokmål.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { setLanguage } from "../../src/i18n/catalogue.js";
import { newDispatch, numbersFromId } from "../../src/project/new-dispatch.js";
import { runInProcess } from "../helpers/run-in-process.js";

const MAY_4 = () => Date.UTC(2026, 4, 4, 12);

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "brev-new-"));
  const made = await runInProcess(["init", "p"], root);
  expect(made.code, made.stderr).toBe(0);
  return path.join(root, "p");
}

async function newIn(dir: string, args: string[], lang = "en") {
  return runInProcess(["new", ...args, "--lang", lang], dir, { clock: MAY_4 });
}

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const text = await readFile(path.join(dir, name)).catch(() => undefined);
    if (text) out[name] = createHash("sha256").update(text).digest("hex");
  }
  return out;
}

const read = (dir: string, id: string) => readFile(path.join(dir, "data", `${id}.yaml`), "utf8");

afterEach(() => setLanguage("en"));

describe("brev new onto a registry that exists", () => {
  it("says it exists, naming the file, and writes nothing (en, nb), with or without --from", async () => {
    const dir = await project();
    expect((await newIn(dir, ["tillegg-2-2026"])).code).toBe(0);
    const before = await files(dir);

    const en = await newIn(dir, ["tillegg-2-2026"]);
    expect(en.code).toBe(3);
    expect(en.stderr.split("\n")[0]).toBe("brev: data/tillegg-2-2026.yaml already exists; brev new writes nothing over it (nothing was written)");
    const nb = await newIn(dir, ["tillegg-2-2026"], "nb");
    expect(nb.code).toBe(3);
    expect(nb.stderr.split("\n")[0]).toBe("brev: data/tillegg-2-2026.yaml finnes allerede; brev new skriver ikke over den (ingenting ble skrevet)");
    const nn = await newIn(dir, ["tillegg-2-2026", "--from", "data/tillegg-1-2026.yaml"], "nn");
    expect(nn.code).toBe(3);
    expect(nn.stderr.split("\n")[0]).toBe("brev: data/tillegg-2-2026.yaml finst allereie; brev new skriv ikkje over ho (ingenting vart skrive)");
    // From a folder inside the project, the path as the clerk would type it.
    const inside = await runInProcess(["new", "tillegg-2-2026"], path.join(dir, "templates"));
    expect(inside.stderr.split("\n")[0]).toBe("brev: ../data/tillegg-2-2026.yaml already exists; brev new writes nothing over it (nothing was written)");
    expect(await files(dir)).toEqual(before);
  });

  it("the hint names the next free id to start from it (en, nb), or asks for another id", async () => {
    const dir = await project();
    expect((await newIn(dir, ["tillegg-2-2026"])).code).toBe(0);
    expect((await newIn(dir, ["tillegg-3-2026", "--from", "data/tillegg-2-2026.yaml"])).code).toBe(0);
    await expect(newDispatch({ dispatch: "tillegg-2-2026", today: "2026-05-04" }, dir)).rejects.toMatchObject({
      code: "project.dispatchExists",
      exitCode: 3,
      hint: "to start the next dispatch from it: brev new tillegg-4-2026 --from data/tillegg-2-2026.yaml; to change tillegg-2-2026: edit data/tillegg-2-2026.yaml",
    });
    setLanguage("nb");
    await expect(newDispatch({ dispatch: "tillegg-2-2026", today: "2026-05-04" }, dir)).rejects.toMatchObject({
      code: "project.dispatchExists",
      message: "data/tillegg-2-2026.yaml finnes allerede; brev new skriver ikke over den (ingenting ble skrevet)",
      hint: "vil du starte neste utsending fra den: brev new tillegg-4-2026 --from data/tillegg-2-2026.yaml; vil du endre tillegg-2-2026: rediger data/tillegg-2-2026.yaml",
    });
    setLanguage("en");
    await expect(newDispatch({ dispatch: "tillegg-1-2026", today: "2026-05-04" }, dir)).rejects.toMatchObject({
      hint: "to start the next dispatch from it: brev new tillegg-4-2026 --from data/tillegg-1-2026.yaml; to change tillegg-1-2026: edit data/tillegg-1-2026.yaml",
    });
    await writeFile(path.join(dir, "data/rapport.yaml"), await read(dir, "tillegg-1-2026"));
    await expect(newDispatch({ dispatch: "rapport", today: "2026-05-04" }, dir)).rejects.toMatchObject({
      hint: "choose another id for the new dispatch; to change rapport: edit data/rapport.yaml",
    });
  });
});

describe("the new dispatch's addendum", () => {
  it.each([
    ["tillegg-1-2026", "tillegg-2-2026", { addendum: 1, year: 2026 }, { addendum: 2, year: 2026 }],
    ["tillegg-1-2026", "tillegg-5-2026", { addendum: 1, year: 2026 }, { addendum: 5, year: 2026 }],
    ["tillegg-3-2026", "tillegg-1-2027", { addendum: 3, year: 2026 }, { addendum: 1, year: 2027 }],
    // The id does not carry it: the next addendum.
    ["tillegg-1-2026", "rapport-mars", { addendum: 1, year: 2026 }, { addendum: 2, year: undefined }],
    ["tillegg-1-2026", "tillegg-2-2026-ekstra", { addendum: 1, year: 2026 }, { addendum: 2, year: undefined }],
    ["budsjett-2026", "budsjett-2027", { addendum: 4, year: 2026 }, { addendum: 5, year: 2027 }],
    // Two parts that could be the addendum: the id says nothing for sure.
    ["t-1-1", "t-2-3", { addendum: 1, year: 2026 }, { addendum: 2, year: undefined }],
    // No addendum: none made up.
    ["x-1", "x-2", { addendum: undefined, year: 2026 }, { addendum: undefined, year: undefined }],
  ])("%s -> %s", (from, to, old, expected) => {
    expect(numbersFromId(from, to, old)).toEqual(expected);
  });

  it("is written to the registry and said (en, nb): the next one, or the one the id carries", async () => {
    const dir = await project();
    const en = await newIn(dir, ["tillegg-2-2026"]);
    expect(en.stdout).toBe(
      "made data/tillegg-2-2026.yaml: the sender and 2 agencies of data/tillegg-1-2026.yaml; addendum 2; refs and dates cleared (date 2026-05-04, deadline YYYY-MM-DD to fill in)\n" +
        "\nnext:\n  edit data/tillegg-2-2026.yaml (refs, dates, the agencies)\n  npx brev preview data/tillegg-2-2026.yaml\n",
    );
    expect(parse(await read(dir, "tillegg-2-2026")).dispatch).toMatchObject({ addendum: 2, year: 2026, date: "2026-05-04", deadline: "YYYY-MM-DD" });
    const nb = await newIn(dir, ["rapport-mai", "--from", "data/tillegg-2-2026.yaml"], "nb");
    expect(nb.stdout).toBe(
      "laget data/rapport-mai.yaml: avsenderen og 2 virksomheter fra data/tillegg-2-2026.yaml; tillegg nr. 3; referanser og datoer tømt (dato 2026-05-04, fristen YYYY-MM-DD må fylles inn)\n" +
        "\nneste:\n  rediger data/rapport-mai.yaml (referanser, datoer, virksomhetene)\n  npx brev preview data/rapport-mai.yaml\n",
    );
    expect(parse(await read(dir, "rapport-mai")).dispatch.addendum).toBe(3);
    // The addendum line's comment was about the old number: gone with it.
    expect(await read(dir, "tillegg-2-2026")).toMatch(/^ {2}addendum: 2\n/m);
    expect((await newIn(dir, ["tillegg-1-2027", "--from", "data/tillegg-2-2026.yaml"])).code).toBe(0);
    expect(parse(await read(dir, "tillegg-1-2027")).dispatch).toMatchObject({ addendum: 1, year: 2027 });
  });
});

describe("comments that name the old dispatch", () => {
  it("name the new id (the folder of the letters, the files), and with --template the new template's files", async () => {
    const dir = await project();
    expect((await newIn(dir, ["tillegg-2-2026", "--template", "rapport"])).code).toBe(0);
    const text = await read(dir, "tillegg-2-2026");
    const body = text.split("\n").slice(2).join("\n"); // without the schema line and brev new's header
    expect(body).not.toContain("tillegg-1-2026");
    expect(text).toContain("  id: tillegg-2-2026                  # names the folder of the letters: out/tillegg-2-2026/\n");
    expect(text).toContain("  - id: digdir                        # names the files: out/tillegg-2-2026/digdir.pdf and .docx\n");
    expect(text).toContain("  template: rapport                   # templates/rapport.nb.md.hbs (and .nn.md.hbs for nynorsk)\n");
    expect(text).toContain("    language: nn                      # this letter is written from templates/rapport.nn.md.hbs\n");
    // A text that only looks like the id (a longer id, a quoted value) is left alone.
    await writeFile(
      path.join(dir, "data/tillegg-1-2026.yaml"),
      (await read(dir, "tillegg-1-2026")).replace("  year: 2026\n", '  year: 2026                          # not tillegg-1-2026-b, nor "x#tillegg-1-2026"\n'),
    );
    expect((await newIn(dir, ["tillegg-3-2026", "--from", "data/tillegg-1-2026.yaml"])).code).toBe(0);
    expect(await read(dir, "tillegg-3-2026")).toContain('# not tillegg-1-2026-b, nor "x#tillegg-3-2026"\n');
  });

  it("an id that is also a word: only where it names the folder or the file, the clerk's words left alone", async () => {
    const dir = await project();
    const text = (await read(dir, "tillegg-1-2026"))
      .replace("id: tillegg-1-2026", "id: rapport")
      .replaceAll("out/tillegg-1-2026/", "out/rapport/")
      .replace("  year: 2026\n", "  year: 2026                          # rapport om arbeidet; see data/rapport.yaml\n");
    await writeFile(path.join(dir, "data/tillegg-1-2026.yaml"), text);
    expect((await newIn(dir, ["rapport-2"])).code).toBe(0);
    const made = await read(dir, "rapport-2");
    expect(made).toContain("# names the folder of the letters: out/rapport-2/\n");
    expect(made).toContain("# names the files: out/rapport-2/digdir.pdf and .docx\n");
    expect(made).toContain("# rapport om arbeidet; see data/rapport-2.yaml\n");
  });
});

describe("brev new's own header comment", () => {
  it("is written once, however many dispatches are started one from the other, in any language", async () => {
    const dir = await project();
    expect((await newIn(dir, ["tillegg-2-2026"])).code).toBe(0);
    expect((await newIn(dir, ["tillegg-3-2026", "--from", "data/tillegg-2-2026.yaml"], "nb")).code).toBe(0);
    expect((await newIn(dir, ["tillegg-4-2026", "--from", "data/tillegg-3-2026.yaml"], "nn")).code).toBe(0);
    expect((await newIn(dir, ["tillegg-5-2026", "--from", "data/tillegg-4-2026.yaml"])).code).toBe(0);
    const header = (text: string) => text.split("\n").filter((l) => l.includes("brev new. "));
    expect(header(await read(dir, "tillegg-3-2026"))).toEqual([
      "# tillegg-3-2026: startet fra data/tillegg-2-2026.yaml med brev new. Fyll inn fristen (deadline) og saksnummeret (our_ref) for hver virksomhet.",
    ]);
    expect(header(await read(dir, "tillegg-4-2026"))).toEqual([
      "# tillegg-4-2026: starta frå data/tillegg-3-2026.yaml med brev new. Fyll inn fristen (deadline) og saksnummeret (our_ref) for kvar verksemd.",
    ]);
    const last = await read(dir, "tillegg-5-2026");
    expect(header(last)).toEqual(["# tillegg-5-2026: started from data/tillegg-4-2026.yaml by brev new. Fill in the deadline and each agency's our_ref."]);
    // Everything below the header is the clerk's file as it was (but for the values brev new changes).
    expect(last.split("\n").slice(2, 7)).toEqual((await read(dir, "tillegg-1-2026")).split("\n").slice(1, 6));
  });
});

describe("each agency's our_ref", () => {
  it("is left in place, empty, to fill in; validate says where until it is (one left empty on purpose, ~, stays)", async () => {
    const dir = await project();
    await writeFile(path.join(dir, "data/tillegg-1-2026.yaml"), (await read(dir, "tillegg-1-2026")).replace("our_ref: 26/101-2", "our_ref: ~"));
    expect((await newIn(dir, ["tillegg-2-2026"])).code).toBe(0);
    const text = await read(dir, "tillegg-2-2026");
    expect(parse(text).agencies.map((a: { our_ref?: string | null }) => a.our_ref)).toEqual(["", null]);
    const line = text.split("\n").indexOf('    our_ref: ""') + 1;
    expect(line).toBeGreaterThan(0);
    await writeFile(path.join(dir, "data/tillegg-2-2026.yaml"), text.replace("deadline: YYYY-MM-DD", "deadline: 2026-06-01"));
    const check = await runInProcess(["validate", "data/tillegg-2-2026.yaml"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`^data/tillegg-2-2026\\.yaml:${line}:14: error: agencies\\[0\\]\\.our_ref: `, "m"));
    const filled = (await read(dir, "tillegg-2-2026")).replace('our_ref: ""', "our_ref: 26/201-1");
    await writeFile(path.join(dir, "data/tillegg-2-2026.yaml"), filled);
    const ok = await runInProcess(["validate", "data/tillegg-2-2026.yaml"], dir);
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
  });
});

describe("a bad id", () => {
  it.each([
    ["Tillegg 3", "tillegg-3"],
    ["Kartverket Sør", "kartverket-sor"],
    ["Årsrapport_2026", "arsrapport-2026"],
    ["ÆØÅ", "aeoa"],
  ])("%s: the fixed one suggested (en, nb)", async (given, fixed) => {
    const dir = await project();
    const en = await newIn(dir, [given]);
    expect([en.code, en.stderr]).toEqual([
      2,
      `brev: "${given}" cannot be a dispatch id: use lower-case letters a-z, digits and single hyphens, e.g. ${fixed}\n`,
    ]);
    const nb = await newIn(dir, [given], "nb");
    expect(nb.stderr).toBe(`brev: "${given}" kan ikke være en utsendings-id: bruk små bokstaver a-z, sifre og enkle bindestreker, for eksempel ${fixed}\n`);
  });
});
