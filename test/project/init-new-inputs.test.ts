// `brev init` and `brev new` never write through a link and are all or nothing: every target and every folder on
// the way is checked before the first byte is written; a refused run leaves the folder exactly as it was (compared by
// hashing the whole tree, links included) and exits 3 naming the path, never 70. `brev new` refuses an id the
// registry would refuse.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initProject } from "../../src/project/init-project.js";
import { writeNewFiles } from "../../src/project/new-files.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";

/** Every path under `root` with what it is: a file's hash, a link's target, "folder". */
async function tree(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    for (const name of (await readdir(dir)).sort()) {
      const file = path.join(dir, name);
      const rel = path.relative(root, file);
      const info = await lstat(file);
      if (info.isSymbolicLink()) found[rel] = `link -> ${await readlink(file)}`;
      else if (info.isDirectory()) {
        found[rel] = "folder";
        await walk(file);
      } else if (!info.isFile()) found[rel] = "special file";
      else
        found[rel] = createHash("sha256")
          .update(await readFile(file))
          .digest("hex");
    }
  }
  await walk(root);
  return found;
}

async function scratch(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "brev-in-project-"));
}

describe("brev init never writes through a link and is all or nothing", () => {
  it.each([
    ["A/templates", "templates"],
    ["A/.github", ".github"],
    ["A/data", "data"],
  ])("%s a link to another folder: refused, nothing written there or in A", async (_, linked) => {
    const root = await scratch();
    const elsewhere = path.join(root, "elsewhere");
    await mkdir(elsewhere);
    await mkdir(path.join(root, "A"));
    await symlink(elsewhere, path.join(root, "A", linked));
    const before = await tree(root);
    const run = await runInProcess(["init", "A"], root);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`brev: A/${linked} is a link; brev never writes through a link (nothing was written)\n`);
    expect(await tree(root)).toEqual(before);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it.each([
    ["a folder elsewhere", "elsewhere"],
    ["nowhere (a dangling link)", "gone"],
  ])("A itself a link, to %s: refused, nothing written there", async (_, target) => {
    const root = await scratch();
    await mkdir(path.join(root, "elsewhere"));
    await symlink(target, path.join(root, "A"));
    const before = await tree(root);
    const run = await runInProcess(["init", "A"], root);
    expect([run.code, run.stderr]).toEqual([3, "brev: A is a link; brev never writes through a link (nothing was written)\n"]);
    expect(await tree(root)).toEqual(before);
  });

  it("a named pipe at a target (A/.gitignore): said to be a named pipe, nothing written", async () => {
    const root = await scratch();
    await mkdir(path.join(root, "A"));
    execFileSync("mkfifo", [path.join(root, "A", ".gitignore")]);
    const before = await tree(root);
    const run = await runInProcess(["init", "A"], root);
    expect([run.code, run.stderr]).toEqual([3, "brev: A/.gitignore is a named pipe, not a file; brev writes nothing over it (nothing was written)\n"]);
    expect(await tree(root)).toEqual(before);
  });

  it("a link at a target file (A/.gitignore to a file elsewhere): refused, the file elsewhere unchanged", async () => {
    const root = await scratch();
    await mkdir(path.join(root, "A"));
    await writeFile(path.join(root, "outside.txt"), "mine\n");
    await symlink("../outside.txt", path.join(root, "A", ".gitignore"));
    const before = await tree(root);
    const run = await runInProcess(["init", "A"], root);
    expect([run.code, run.stderr]).toEqual([3, "brev: A/.gitignore is a link; brev never writes through a link (nothing was written)\n"]);
    expect(await tree(root)).toEqual(before);
  });

  it("B/data a file: refused before .github, .gitignore or assets are written; a later init works once it is gone", async () => {
    const root = await scratch();
    await mkdir(path.join(root, "B"));
    await writeFile(path.join(root, "B", "data"), "not a folder\n");
    const before = await tree(root);
    const run = await runInProcess(["init", "B"], root);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe("brev: B/data is a file where brev needs a folder (nothing was written)\n");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(await tree(root)).toEqual(before);
    const { rm } = await import("node:fs/promises");
    await rm(path.join(root, "B", "data"));
    const again = await runInProcess(["init", "B"], root);
    expect(again.code, again.stderr).toBe(0);
  });

  it("the folder named is a file: refused in words", async () => {
    const root = await scratch();
    await writeFile(path.join(root, "C"), "x");
    const run = await runInProcess(["init", "C"], root);
    expect([run.code, run.stderr]).toEqual([3, "brev: C is a file where brev needs a folder (nothing was written)\n"]);
  });

  it("a folder that does not exist yet, under a link the clerk made above it: made as usual", async () => {
    const root = await scratch();
    await mkdir(path.join(root, "real"));
    await symlink("real", path.join(root, "mine"));
    const run = await runInProcess(["init", "mine/letters"], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("made mine/letters/data/tillegg-1-2026.yaml\n");
    expect((await lstat(path.join(root, "real/letters/.github/workflows/letters.yml"))).isFile()).toBe(true);
  });
});

describe("a write that fails half-way", () => {
  it("takes back every file and folder the run made (a second file at one path fails after the first was written)", async () => {
    const root = await scratch();
    await mkdir(path.join(root, "A"));
    const before = await tree(root);
    const files = [
      { path: "one/a.txt", content: "a" },
      { path: "two/deep/b.txt", content: "b" },
      { path: "two/deep/b.txt", content: "again" },
    ];
    await expect(writeNewFiles(path.join(root, "A"), files, root)).rejects.toThrow("cannot write A/two/deep/b.txt (EEXIST) (nothing was written)");
    expect(await tree(root)).toEqual(before);
  });
});

describe("brev new: the same checks, and the registry's id rule", () => {
  async function project(): Promise<string> {
    const root = await scratch();
    await initProject("p", root);
    return path.join(root, "p");
  }

  it("templates a file: `brev new x --template t` refused before data/x.yaml is written", async () => {
    const dir = await project();
    const { rm } = await import("node:fs/promises");
    await rm(path.join(dir, "templates"), { recursive: true });
    await writeFile(path.join(dir, "templates"), "a file\n");
    const before = await tree(dir);
    const run = await runInProcess(["new", "x", "--template", "t"], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe("brev: templates is a file where brev needs a folder (nothing was written)\n");
    expect(await tree(dir)).toEqual(before);
  });

  it("templates a link to another folder: refused, nothing written there", async () => {
    const dir = await project();
    const elsewhere = await scratch();
    const { rename } = await import("node:fs/promises");
    await rename(path.join(dir, "templates"), path.join(elsewhere, "templates"));
    await symlink(path.join(elsewhere, "templates"), path.join(dir, "templates"));
    const before = [await tree(dir), await tree(elsewhere)];
    const run = await runInProcess(["new", "x", "--template", "t"], dir);
    expect([run.code, run.stderr]).toEqual([3, "brev: templates is a link; brev never writes through a link (nothing was written)\n"]);
    expect([await tree(dir), await tree(elsewhere)]).toEqual(before);
  });

  it("an id over 64 characters: refused as the registry refuses it, nothing written; 64 is fine", async () => {
    const dir = await project();
    const before = await tree(dir);
    const long = `a${"-b".repeat(32)}`; // 65 characters
    const run = await runInProcess(["new", long], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brev: "a-b-b.*" cannot be a dispatch id: it is longer than 64 characters\n$/);
    expect(await tree(dir)).toEqual(before);
    const reserved = await runInProcess(["new", "con"], dir);
    expect([reserved.code, reserved.stderr]).toEqual([2, 'brev: "con" cannot be a dispatch id: "con" is a reserved file name on Windows\n']);
    const longTemplate = await runInProcess(["new", "--template", long], dir);
    expect(longTemplate.stderr).toMatch(/cannot be a template name: it is longer than 64 characters/);

    const most = long.slice(0, 64).replace(/-$/, "c");
    const ok = await runInProcess(["new", most], dir);
    expect(ok.code, ok.stderr).toBe(0);
    // What `new` accepts, `validate` accepts (but for the deadline to fill in).
    const check = await runInProcess(["validate", `data/${most}.yaml`], dir);
    expect(check.stderr).not.toMatch(/dispatch\.id/);
  });

  it('a registry named outside the project: said to be outside it (not "no project here"), nothing written', async () => {
    const dir = await project();
    const elsewhere = await scratch();
    await writeFile(path.join(elsewhere, "reg.yaml"), "dispatch: { id: OUTSIDE }\n");
    const before = await tree(dir);
    const run = await runInProcess(["new", "q1", "--from", path.join(elsewhere, "reg.yaml")], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^brev: cannot start from .*reg\.yaml: it is outside the project folder \.; copy it into data\/ first, or name a registry there\n$/,
    );
    expect(await tree(dir)).toEqual(before);
  });

  it("the current template in that language a link out of the project: said, not replaced by the other language's", async () => {
    const dir = await project();
    const elsewhere = await scratch();
    await writeFile(path.join(elsewhere, "t.md.hbs"), "OUTSIDE-SECRET\n");
    const { rm } = await import("node:fs/promises");
    await rm(path.join(dir, "templates", "tillegg.nb.md.hbs"));
    await symlink(path.join(elsewhere, "t.md.hbs"), path.join(dir, "templates", "tillegg.nb.md.hbs"));
    const before = await tree(dir);
    const run = await runInProcess(["new", "--template", "zz", "--language", "nb"], dir);
    expect([run.code, run.stderr]).toEqual([
      3,
      "brev: cannot start templates/zz.nb.md.hbs from templates/tillegg.nb.md.hbs: it leads outside the project folder (through a link)\n",
    ]);
    expect(await tree(dir)).toEqual(before);
  });

  it("a registry to start from that is a link out of the project: refused unread", async () => {
    const dir = await project();
    const elsewhere = await scratch();
    await writeFile(path.join(elsewhere, "secret.yaml"), "dispatch: { id: OUTSIDE-SECRET }\n");
    await symlink(path.join(elsewhere, "secret.yaml"), path.join(dir, "data", "linked.yaml"));
    const run = await runInProcess(["new", "y", "--from", "data/linked.yaml"], dir);
    expect([run.code, run.stderr]).toEqual([3, "brev: cannot read data/linked.yaml: it leads outside the project folder (through a link)\n"]);
    expect(run.stderr + run.stdout).not.toContain("OUTSIDE-SECRET");
  });
});
