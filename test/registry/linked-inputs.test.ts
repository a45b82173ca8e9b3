// Registries and templates stay inside the project (issue 17, point 1): one that is, or goes through, a link leaving
// the project folder is refused with its path before a byte of it is read, so its text never reaches a letter, a
// message or `brev diff`; links that stay inside keep working (at a git revision: test/shared/source-reader.test.ts).
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rename, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

const SECRET_KEY = "hemmelig-nokkel-utenfor";
const SECRET_TEXT = "OUTSIDE-SECRET-TEXT";

/** A folder beside the project with a registry and a template whose words must never be shown. */
async function outside(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "brev-outside-"));
  await writeFile(path.join(dir, "secret.yaml"), `${SECRET_KEY}: ${SECRET_TEXT}\ndispatch: { id: ${SECRET_TEXT.toLowerCase()} }\n`);
  await writeFile(path.join(dir, "secret.nb.md.hbs"), `${SECRET_TEXT} {{sender.name}}\n`);
  return dir;
}

function neverShown(run: { stdout: string; stderr: string }): void {
  expect(run.stdout + run.stderr).not.toContain(SECRET_TEXT);
  expect(run.stdout + run.stderr).not.toContain(SECRET_KEY);
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

describe("a registry or template linked from outside the project is refused unread", () => {
  it("a registry in data/ that links out: refused with its path, its keys never echoed (validate, generate, list)", async () => {
    const dir = await workspace();
    await symlink(path.join(await outside(), "secret.yaml"), path.join(dir, "data", "linked.yaml"));
    for (const argv of [["validate"], ["generate", "-o", "out"], ["list"]]) {
      const run = await runInProcess(argv, dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        "data/linked.yaml:1:1: error: the registry leads outside the project folder (it is, or goes through, a link); brev reads only registries inside the project",
      );
      neverShown(run);
    }
  });

  it("data/ itself a link out of the project: every registry in it refused", async () => {
    const dir = await workspace();
    const away = await outside();
    await rename(path.join(dir, "data"), path.join(away, "data"));
    await symlink(path.join(away, "data"), path.join(dir, "data"));
    const run = await runInProcess(["validate"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:1:1: error: the registry leads outside the project folder/m);
  });

  it("a template that links out: refused at its path, unread", async () => {
    const dir = await workspace();
    const template = path.join(dir, "templates", "inkluderingsdugnaden.nb.md.hbs");
    const { rm } = await import("node:fs/promises");
    await rm(template);
    await symlink(path.join(await outside(), "secret.nb.md.hbs"), template);
    const run = await runInProcess(["validate", SAMPLE_REGISTRY], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "templates/inkluderingsdugnaden.nb.md.hbs:1:1: error: templates/inkluderingsdugnaden.nb.md.hbs leads outside the project folder (it is, or goes through, a link); brev reads only templates inside the project",
    );
    neverShown(run);
  });

  it("links that stay inside the project keep working", async () => {
    const dir = await workspace();
    await mkdir(path.join(dir, "shared"));
    await rename(path.join(dir, SAMPLE_REGISTRY), path.join(dir, "shared", "registry.yaml"));
    await symlink("../shared/registry.yaml", path.join(dir, SAMPLE_REGISTRY));
    const template = path.join(dir, "templates", "inkluderingsdugnaden.nb.md.hbs");
    await rename(template, path.join(dir, "shared", "template.nb.md.hbs"));
    await symlink("../shared/template.nb.md.hbs", template);
    const run = await runInProcess(["validate", SAMPLE_REGISTRY], dir);
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });

  it("a named pipe where a registry is: refused at once, not waited on", async () => {
    const dir = await workspace();
    execFileSync("mkfifo", [path.join(dir, "data", "pipe.yaml")]);
    const run = await runInProcess(["validate"], dir);
    expect([run.code, run.stderr]).toEqual([3, "brev: cannot read data/pipe.yaml: it is a named pipe, not a file\n"]);
  });
});
