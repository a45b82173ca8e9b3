// The readers registries and templates are read through: the working tree (inside the project, bounded) and a git
// revision, where a link is a blob of mode 120000 holding its target's path: followed inside the project, refused
// outside it, never taken as the file's content.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, realpath, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileSystemReader, gitReader } from "../../src/shared/source-reader.js";

async function repo(): Promise<{ root: string; project: string; away: string }> {
  const root = await realpath(await mkdtemp(path.join(tmpdir(), "brev-reader-")));
  const project = path.join(root, "project");
  const away = path.join(root, "away");
  await mkdir(path.join(project, "data"), { recursive: true });
  await mkdir(away);
  await writeFile(path.join(away, "secret.yaml"), "OUTSIDE-SECRET: 1\n");
  await writeFile(path.join(project, "data", "real.yaml"), "dispatch: { id: real }\n");
  await symlink("real.yaml", path.join(project, "data", "inside.yaml"));
  await symlink("../../away/secret.yaml", path.join(project, "data", "outside.yaml"));
  await symlink("loop.yaml", path.join(project, "data", "loop.yaml"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=brev", "-c", "user.email=brev@example.invalid", "commit", "-qm", "base");
  return { root, project, away };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("reading a registry at a git revision", () => {
  it("follows a link inside the project to its target's content, refuses one leading out, and a loop", async () => {
    const { root, project } = await repo();
    const reader = gitReader(root, "HEAD");
    const data = (name: string) => path.join(project, "data", name);
    expect(text(await reader.readFile(data("inside.yaml"), 1000, project))).toBe("dispatch: { id: real }\n");
    await expect(reader.readFile(data("outside.yaml"), 1000, project)).rejects.toMatchObject({ code: "EOUTSIDE" });
    await expect(reader.readFile(data("loop.yaml"), 1000, project)).rejects.toMatchObject({ code: "ELOOP" });
    await expect(reader.readFile(data("real.yaml"), 5, project)).rejects.toMatchObject({ code: "EFBIG", size: 23 });
    await expect(reader.readFile(data("nope.yaml"), 1000, project)).rejects.toMatchObject({ code: "ENOENT" });
    await expect(reader.readFile(path.join(project, "data"), 1000, project)).rejects.toMatchObject({ code: "EISDIR" });
  });
});

describe("reading a registry in the working tree", () => {
  it("the same: inside links followed, outside ones refused unread", async () => {
    const { project } = await repo();
    const data = (name: string) => path.join(project, "data", name);
    expect(text(await fileSystemReader.readFile(data("inside.yaml"), 1000, project))).toBe("dispatch: { id: real }\n");
    await expect(fileSystemReader.readFile(data("outside.yaml"), 1000, project)).rejects.toMatchObject({ code: "EOUTSIDE" });
    await expect(fileSystemReader.readFile(data("real.yaml"), 5, project)).rejects.toMatchObject({ code: "EFBIG" });
  });
});
